package dev.tollgate.internal.keys;

import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A decoded, usable RSA verification key with the JWK constraints that still apply per token. Immutable. */
public final class VerificationKey {

  private final @Nullable String kid;
  private final RSAPublicKey publicKey;
  private final @Nullable String algorithm;

  public VerificationKey(@Nullable String kid, RSAPublicKey publicKey, @Nullable String algorithm) {
    this.kid = kid;
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    this.algorithm = algorithm;
  }

  /** @return the JWK {@code kid}, or {@code null} for a fixed PEM key */
  public @Nullable String kid() {
    return kid;
  }

  public RSAPublicKey publicKey() {
    return publicKey;
  }

  /** @return the JWK {@code alg} the key is restricted to, or {@code null} if unrestricted */
  public @Nullable String algorithm() {
    return algorithm;
  }

  /** @return {@code true} if the key may verify a token whose header says {@code tokenAlgorithm} */
  public boolean allows(String tokenAlgorithm) {
    return algorithm == null || algorithm.equals(tokenAlgorithm);
  }

  /** Same kid, same restriction and same RSA numbers: a refetch that returns this key changed nothing. */
  public boolean sameAs(VerificationKey other) {
    return Objects.equals(kid, other.kid) && Objects.equals(algorithm, other.algorithm)
        && publicKey.getModulus().equals(other.publicKey.getModulus())
        && publicKey.getPublicExponent().equals(other.publicKey.getPublicExponent());
  }

  @Override
  public String toString() {
    return "VerificationKey[kid=" + kid + ", bits=" + publicKey.getModulus().bitLength() + ", alg=" + algorithm + "]";
  }
}
