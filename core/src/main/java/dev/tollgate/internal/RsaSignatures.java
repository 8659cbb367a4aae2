package dev.tollgate.internal;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/**
 * RSASSA-PKCS1-v1_5 verification (RFC 7518 §3.3) through the JCA, with one {@link Signature} per thread and
 * algorithm so the hot path does no provider lookup.
 */
public final class RsaSignatures {

  private static final ThreadLocal<Signature[]> ENGINES =
      ThreadLocal.withInitial(() -> new Signature[JwsAlgorithm.values().length]);

  /** Bytes fed to the engine per update when the signed data is ASCII text. */
  private static final int CHUNK = 512;

  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[CHUNK]);

  private RsaSignatures() {}

  /**
   * Verifies {@code signature} over the first {@code length} characters of ASCII {@code text}, fed to the engine
   * through a per-thread buffer so the text is never copied whole.
   *
   * @return {@code true} only if the signature is valid; any JCA failure is {@code false}
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies the low byte of each char: exact for ASCII
  public static boolean verify(JwsAlgorithm algorithm, RSAPublicKey key, String text, int length, byte[] signature) {
    try {
      Signature engine = engine(algorithm);
      engine.initVerify(key);
      byte[] chunk = SCRATCH.get();
      for (int from = 0; from < length; from += CHUNK) {
        int to = Math.min(length, from + CHUNK);
        text.getBytes(from, to, chunk, 0);
        engine.update(chunk, 0, to - from);
      }
      return engine.verify(signature);
    } catch (GeneralSecurityException | RuntimeException invalid) {
      return false;
    }
  }

  private static Signature engine(JwsAlgorithm algorithm) throws NoSuchAlgorithmException {
    Signature[] engines = ENGINES.get();
    Signature engine = engines[algorithm.ordinal()];
    if (engine == null) {
      engine = Signature.getInstance(algorithm.jcaName());
      engines[algorithm.ordinal()] = engine;
    }
    return engine;
  }
}
