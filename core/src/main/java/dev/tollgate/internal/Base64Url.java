package dev.tollgate.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Strict base64url decoding (RFC 4648 §5 as used by RFC 7515 §2): the URL-safe alphabet only, no padding,
 * no whitespace, and canonical input (the unused low bits of the last character must be zero), so every byte
 * string has exactly one accepted encoding.
 *
 * <p>Written here because the JDK's {@code Base64.getUrlDecoder()} accepts padding ({@code QQ==}) and
 * non-canonical input whose unused bits are set ({@code QR} decodes like {@code QQ}), so one token would have
 * several accepted spellings; and because decoding a segment of the token text in place, through a per-thread
 * buffer, allocates only the result on the verification path.
 */
public final class Base64Url {

  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  /** Per-thread copy of the segment being decoded; grows to the longest segment seen. */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[2048]);

  private Base64Url() {}

  /**
   * Decodes {@code text[from, to)}; characters outside ASCII are invalid.
   *
   * @return the bytes, or {@code null} if the input is not strict, canonical base64url
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies the low byte of each char
  public static byte @Nullable [] decode(String text, int from, int to) {
    int length = to - from;
    int tail = length & 3;
    if (tail == 1) {
      return null;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) > 127) {
        return null; // the byte copy below would keep only the low byte
      }
    }
    byte[] in = SCRATCH.get();
    if (in.length < length) {
      in = new byte[Math.max(length, in.length * 2)];
      SCRATCH.set(in);
    }
    text.getBytes(from, to, in, 0);
    byte[] out = new byte[(length >>> 2) * 3 + (tail == 0 ? 0 : tail - 1)];
    int i = 0;
    int o = 0;
    int fullEnd = length - tail;
    while (i < fullEnd) {
      int a = value(in[i]);
      int b = value(in[i + 1]);
      int c = value(in[i + 2]);
      int d = value(in[i + 3]);
      if ((a | b | c | d) < 0) {
        return null;
      }
      int bits = a << 18 | b << 12 | c << 6 | d;
      out[o++] = (byte) (bits >> 16);
      out[o++] = (byte) (bits >> 8);
      out[o++] = (byte) bits;
      i += 4;
    }
    if (tail == 2) {
      int a = value(in[i]);
      int b = value(in[i + 1]);
      if ((a | b) < 0 || (b & 0x0f) != 0) {
        return null;
      }
      out[o] = (byte) (a << 2 | b >> 4);
    } else if (tail == 3) {
      int a = value(in[i]);
      int b = value(in[i + 1]);
      int c = value(in[i + 2]);
      if ((a | b | c) < 0 || (c & 0x03) != 0) {
        return null;
      }
      int bits = a << 12 | b << 6 | c;
      out[o++] = (byte) (bits >> 10);
      out[o] = (byte) (bits >> 2);
    }
    return out;
  }

  private static int value(byte b) {
    return b < 0 ? -1 : VALUES[b];
  }

}
