package dev.tollgate.internal;

import org.jspecify.annotations.Nullable;

/**
 * The JWS algorithms a verifier implements: RSASSA-PKCS1-v1_5 with SHA-2 (RFC 7518 §3.3), each with the name a
 * token header carries and the JCA signature name that verifies it.
 */
public enum JwsAlgorithm {
  /** RSASSA-PKCS1-v1_5 with SHA-256: what Clerk signs with. */
  RS256("RS256", "SHA256withRSA"),
  /** RSASSA-PKCS1-v1_5 with SHA-384. */
  RS384("RS384", "SHA384withRSA"),
  /** RSASSA-PKCS1-v1_5 with SHA-512. */
  RS512("RS512", "SHA512withRSA");

  private static final JwsAlgorithm[] ALL = values();

  private final String headerName;
  private final String jcaName;

  JwsAlgorithm(String headerName, String jcaName) {
    this.headerName = headerName;
    this.jcaName = jcaName;
  }

  /** @return the {@code alg} header value, for example {@code RS256} */
  public String headerName() {
    return headerName;
  }

  /** @return the JCA {@link java.security.Signature} algorithm name, for example {@code SHA256withRSA} */
  public String jcaName() {
    return jcaName;
  }

  /** @return the algorithm a header's {@code alg} names exactly (case-sensitive), or {@code null} for any other */
  public static @Nullable JwsAlgorithm fromHeader(@Nullable Object alg) {
    for (JwsAlgorithm algorithm : ALL) {
      if (algorithm.headerName.equals(alg)) {
        return algorithm;
      }
    }
    return null;
  }
}
