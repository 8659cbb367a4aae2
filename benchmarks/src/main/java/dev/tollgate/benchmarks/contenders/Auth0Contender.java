package dev.tollgate.benchmarks.contenders;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.tollgate.benchmarks.BenchmarkFixture;

/**
 * auth0 {@code java-jwt}: {@code JWT.require(Algorithm.RSA256(key, null)).build()}, which pins RS256 and checks
 * {@code exp}, {@code nbf} and {@code iat} by default. Thread-safe.
 */
public final class Auth0Contender implements TokenCheck {

  private final JWTVerifier verifier;

  private Auth0Contender(JWTVerifier verifier) {
    this.verifier = verifier;
  }

  /** Builds the verifier and proves it with {@link EquivalenceCheck}. */
  public static Auth0Contender create(BenchmarkFixture fixture) {
    Auth0Contender contender = new Auth0Contender(JWT.require(Algorithm.RSA256(fixture.publicKey(), null)).build());
    EquivalenceCheck.requireVerifies("auth0 java-jwt", contender, fixture);
    return contender;
  }

  @Override
  public DecodedJWT verify(String token) {
    return verifier.verify(token);
  }
}
