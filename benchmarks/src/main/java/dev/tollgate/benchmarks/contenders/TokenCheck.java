package dev.tollgate.benchmarks.contenders;

/** One verifier under test, reduced to "verify this token or throw". Implementations are thread-safe. */
@FunctionalInterface
public interface TokenCheck {

  /**
   * @param token a compact JWS
   * @return the verifier's own result (its claims object or session)
   * @throws Exception whatever the verifier throws for a token it rejects
   */
  Object verify(String token) throws Exception;
}
