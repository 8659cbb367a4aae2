package dev.tollgate.benchmarks.contenders;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.benchmarks.BenchmarkFixture;
import java.util.Objects;

/**
 * Tollgate's {@link SessionVerifier}, proven with {@link EquivalenceCheck} like every contender. Thread-safe;
 * {@link #close()} closes the verifier.
 */
public final class TollgateContender implements TokenCheck, AutoCloseable {

  private final SessionVerifier verifier;

  private TollgateContender(SessionVerifier verifier) {
    this.verifier = verifier;
  }

  /**
   * The fresh-token configuration: the networkless key ({@code jwtKey}) and the verified-token cache off, so
   * every call does the whole verification.
   */
  public static TollgateContender uncached(BenchmarkFixture fixture) {
    return of("Tollgate (cache off)",
        SessionVerifier.builder().jwtKey(fixture.pem()).verifiedTokenCacheSize(0).build(), fixture);
  }

  /** The default configuration with the networkless key: the verified-token cache on, at its default size. */
  public static TollgateContender cached(BenchmarkFixture fixture) {
    return of("Tollgate (default cache)", SessionVerifier.builder().jwtKey(fixture.pem()).build(), fixture);
  }

  /**
   * Wraps a verifier built elsewhere (for example from a JWKS URL) and proves it.
   *
   * @throws IllegalStateException if it accepts a bad token or rejects a good one; the verifier is closed then
   */
  public static TollgateContender of(String name, SessionVerifier verifier, BenchmarkFixture fixture) {
    TollgateContender contender = new TollgateContender(Objects.requireNonNull(verifier, "verifier"));
    try {
      EquivalenceCheck.requireVerifies(name, contender, fixture);
    } catch (RuntimeException failed) {
      verifier.close();
      throw failed;
    }
    return contender;
  }

  @Override
  public Session verify(String token) throws TokenVerificationException, KeysUnavailableException {
    return verifier.verify(token);
  }

  @Override
  public void close() {
    verifier.close();
  }
}
