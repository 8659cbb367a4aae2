package dev.tollgate.benchmarks.contenders;

import com.clerk.backend_api.helpers.security.VerifyToken;
import com.clerk.backend_api.helpers.security.models.TokenVerificationException;
import com.clerk.backend_api.helpers.security.models.VerifyTokenOptions;
import dev.tollgate.benchmarks.BenchmarkFixture;
import java.io.IOException;

/**
 * Clerk's own Java SDK ({@code com.clerk:backend-api}): {@code VerifyToken.verifyToken(token, options)} with
 * {@code VerifyTokenOptions.jwtKey(pem)}, the networkless mode, exactly as its documentation shows it. The SDK
 * checks the signature, {@code exp}, {@code nbf} and {@code iat}. Thread-safe.
 */
public final class ClerkSdkContender implements TokenCheck {

  private final VerifyTokenOptions options;

  private ClerkSdkContender(VerifyTokenOptions options) {
    this.options = options;
  }

  /** Builds the options and proves them with {@link EquivalenceCheck}. */
  public static ClerkSdkContender create(BenchmarkFixture fixture) {
    ClerkSdkContender contender = new ClerkSdkContender(VerifyTokenOptions.jwtKey(fixture.pem()).build());
    EquivalenceCheck.requireVerifies("Clerk SDK", contender, fixture);
    return contender;
  }

  @Override
  public Object verify(String token) throws TokenVerificationException, IOException, InterruptedException {
    return VerifyToken.verifyToken(token, options).payload();
  }
}
