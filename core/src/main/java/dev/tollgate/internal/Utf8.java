package dev.tollgate.internal;

/**
 * Strict UTF-8 validation for JSON text (RFC 8259 §8.1, RFC 3629): no byte-order mark, no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequences, and no NUL byte (JSON can only carry U+0000
 * escaped, and a raw zero byte would let a parser guess UTF-16 or UTF-32).
 *
 * <p>Written here because Jackson's UTF-8 decoding, which {@link StrictJson} uses, is lenient where this is
 * not: it accepts the overlong {@code C0 80} (decoding it as U+0000), a leading byte-order mark, and
 * {@code F4 90 80 80}, a code point above U+10FFFF (decoding it as two surrogates). Two encodings of one claim
 * would let a token mean different things to different parsers.
 */
public final class Utf8 {

  private Utf8() {}

  /** @return {@code true} if {@code bytes} is strict UTF-8 suitable as JSON text */
  public static boolean isStrictJsonText(byte[] bytes) {
    return isStrictJsonText(bytes, 0, bytes.length);
  }

  /** @return {@code true} if {@code bytes[offset, offset + length)} is strict UTF-8 suitable as JSON text */
  public static boolean isStrictJsonText(byte[] bytes, int offset, int length) {
    int end = offset + length;
    if (length >= 3 && (bytes[offset] & 0xff) == 0xef && (bytes[offset + 1] & 0xff) == 0xbb
        && (bytes[offset + 2] & 0xff) == 0xbf) {
      return false;
    }
    int i = offset;
    while (i < end) {
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      if (b == 0) {
        return false;
      }
      int lead = b & 0xff;
      int continuation;
      int secondMin = 0x80;
      int secondMax = 0xbf;
      if (lead >= 0xc2 && lead <= 0xdf) {
        continuation = 1;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        continuation = 2;
        if (lead == 0xe0) {
          secondMin = 0xa0;
        } else if (lead == 0xed) {
          secondMax = 0x9f;
        }
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        continuation = 3;
        if (lead == 0xf0) {
          secondMin = 0x90;
        } else if (lead == 0xf4) {
          secondMax = 0x8f;
        }
      } else {
        return false;
      }
      if (i + continuation >= end) {
        return false;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < secondMin || second > secondMax) {
        return false;
      }
      for (int k = 2; k <= continuation; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += continuation + 1;
    }
    return true;
  }
}
