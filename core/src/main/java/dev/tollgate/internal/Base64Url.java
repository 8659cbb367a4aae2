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
 * several accepted spellings; and because decoding a segment of the token text in place, in one pass over its
 * characters, allocates nothing but the result ({@link #decode}), or nothing at all into the caller's buffer
 * ({@link #decodeInto}), on the verification path.
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

  private Base64Url() {}

  /**
   * Decodes {@code text[from, to)}; characters outside ASCII are invalid.
   *
   * @return the bytes, or {@code null} if the input is not strict, canonical base64url
   */
  public static byte @Nullable [] decode(String text, int from, int to) {
    int length = decodedLength(to - from);
    if (length < 0) {
      return null;
    }
    byte[] out = new byte[length];
    return decodeInto(text, from, to, out) < 0 ? null : out;
  }

  /**
   * @param encodedLength the number of base64url characters
   * @return the number of bytes they decode to, or -1 if no strict encoding has that length
   */
  public static int decodedLength(int encodedLength) {
    int tail = encodedLength & 3;
    return tail == 1 ? -1 : (encodedLength >>> 2) * 3 + (tail == 0 ? 0 : tail - 1);
  }

  /**
   * Decodes {@code text[from, to)} into the start of {@code out}, which must hold at least
   * {@link #decodedLength(int)} bytes; characters outside ASCII are invalid. On invalid input the content of
   * {@code out} is unspecified.
   *
   * @return the number of bytes written, or -1 if the input is not strict, canonical base64url
   */
  public static int decodeInto(String text, int from, int to, byte[] out) {
    int length = to - from;
    int tail = length & 3;
    if (tail == 1) {
      return -1;
    }
    int i = from;
    int o = 0;
    int fullEnd = to - tail;
    while (i < fullEnd) {
      int a = value(text.charAt(i));
      int b = value(text.charAt(i + 1));
      int c = value(text.charAt(i + 2));
      int d = value(text.charAt(i + 3));
      if ((a | b | c | d) < 0) {
        return -1;
      }
      int bits = a << 18 | b << 12 | c << 6 | d;
      out[o++] = (byte) (bits >> 16);
      out[o++] = (byte) (bits >> 8);
      out[o++] = (byte) bits;
      i += 4;
    }
    if (tail == 2) {
      int a = value(text.charAt(i));
      int b = value(text.charAt(i + 1));
      if ((a | b) < 0 || (b & 0x0f) != 0) {
        return -1;
      }
      out[o++] = (byte) (a << 2 | b >> 4);
    } else if (tail == 3) {
      int a = value(text.charAt(i));
      int b = value(text.charAt(i + 1));
      int c = value(text.charAt(i + 2));
      if ((a | b | c) < 0 || (c & 0x03) != 0) {
        return -1;
      }
      int bits = a << 12 | b << 6 | c;
      out[o++] = (byte) (bits >> 10);
      out[o++] = (byte) (bits >> 2);
    }
    return o;
  }

  /** The 6-bit value of an alphabet character, or -1 for anything else (a non-ASCII char included). */
  private static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }
}
