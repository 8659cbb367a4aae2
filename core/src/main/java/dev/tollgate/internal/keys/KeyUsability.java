package dev.tollgate.internal.keys;

import dev.tollgate.internal.JwsAlgorithm;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which RSA keys a verifier may use: at least {@value #MIN_MODULUS_BITS} bits, an odd public exponent of at
 * least 65537, and JWK metadata ({@code use}, {@code key_ops}, {@code alg}) that allows RS256/RS384/RS512
 * signature verification.
 */
public final class KeyUsability {

  /** Shortest RSA modulus accepted: {@value} bits (NIST SP 800-131A). */
  public static final int MIN_MODULUS_BITS = 2048;

  private static final BigInteger MIN_EXPONENT = BigInteger.valueOf(65537);

  private KeyUsability() {}

  /** @return why the RSA numbers are unusable, or {@code null} if they are fine */
  public static @Nullable String rsaProblem(RSAPublicKey key) {
    if (key.getModulus().bitLength() < MIN_MODULUS_BITS) {
      return "RSA modulus shorter than " + MIN_MODULUS_BITS + " bits";
    }
    BigInteger exponent = key.getPublicExponent();
    if (!exponent.testBit(0) || exponent.compareTo(MIN_EXPONENT) < 0) {
      return "RSA public exponent is even or below 65537";
    }
    return null;
  }

  /** @return why the JWK metadata forbids verification, or {@code null} if it allows it */
  public static @Nullable String metadataProblem(@Nullable String use, @Nullable List<String> keyOps,
      @Nullable String algorithm) {
    if (use != null && !use.equals("sig")) {
      return "key use is not sig";
    }
    if (keyOps != null && !keyOps.contains("verify")) {
      return "key_ops does not allow verify";
    }
    if (algorithm != null && JwsAlgorithm.fromHeader(algorithm) == null) {
      return "key alg is not RS256, RS384 or RS512";
    }
    return null;
  }
}
