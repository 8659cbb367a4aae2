package dev.tollgate.internal.keys;

import dev.tollgate.internal.JwsAlgorithm;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decoded, usable RSA verification key with the JWK constraints that still apply per token. Sources hand out
 * one instance per key and compare keys by identity (a verified-token cache hit is valid only while the same
 * instance is served); {@link #sameAs} says whether a refetched key changed. Immutable.
 *
 * @param kid the JWK {@code kid}, or {@code null} for a fixed PEM key
 * @param publicKey the RSA public key
 * @param algorithm the JWK {@code alg} the key is restricted to, or {@code null} if unrestricted
 */
public record VerificationKey(@Nullable String kid, RSAPublicKey publicKey, @Nullable JwsAlgorithm algorithm) {

  public VerificationKey {
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /** @return {@code true} if the key may verify a token whose header names {@code tokenAlgorithm} */
  public boolean allows(JwsAlgorithm tokenAlgorithm) {
    return algorithm == null || algorithm == tokenAlgorithm;
  }

  /** Same kid, same restriction and same RSA numbers: a refetch that returns this key changed nothing. */
  public boolean sameAs(VerificationKey other) {
    return Objects.equals(kid, other.kid) && algorithm == other.algorithm
        && publicKey.getModulus().equals(other.publicKey.getModulus())
        && publicKey.getPublicExponent().equals(other.publicKey.getPublicExponent());
  }

  @Override
  public String toString() {
    return "VerificationKey[kid=" + kid + ", bits=" + publicKey.getModulus().bitLength() + ", alg=" + algorithm + "]";
  }
}
