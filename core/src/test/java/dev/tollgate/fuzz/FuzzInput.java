package dev.tollgate.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Reads choices from the fuzzer's bytes, so that every generator is a pure function of its input: the fuzzer's
 * mutations steer the choices, and a saved input replays exactly. Past the end every choice is 0, which the
 * generators map to their most ordinary option (a valid claim, the first alternative), so a short input is a
 * mostly valid token.
 */
final class FuzzInput {

  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  /** Characters that stress JSON escaping, normalisation and UTF-16: controls, surrogates, separators. */
  private static final String AWKWARD = "\u0000\u0001\u001f\"\\/\b\f\n\r\t\u007f\u0085\u00a0\u00ff\u2028\u2029"
      + "\ufeff\ufffd\uffff\ud800\udc00\ud83d\ude00\u0130\u0131\u017f\u212a:,.=; ";

  private final byte[] data;
  private int position;

  private FuzzInput(byte[] data) {
    this.data = data;
  }

  /** @param data the fuzzer's input; {@code null} (Jazzer's empty input) reads as no bytes */
  static FuzzInput of(byte @Nullable [] data) {
    return new FuzzInput(data == null ? new byte[0] : data);
  }

  /** @return {@code length} bytes from a generator seeded with {@code seed}, for the fixed-seed budget */
  static byte[] seeded(long seed, int length) {
    byte[] bytes = new byte[length];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  int nextByte() {
    return position < data.length ? data[position++] & 0xff : 0;
  }

  boolean exhausted() {
    return position >= data.length;
  }

  /** @return a number in [0, bound); one byte when the bound allows, else four */
  int pick(int bound) {
    if (bound <= 1) {
      return 0;
    }
    if (bound <= 256) {
      return nextByte() % bound;
    }
    return (int) (Integer.toUnsignedLong(nextInt()) % bound);
  }

  <T> T pick(List<T> options) {
    return options.get(pick(options.size()));
  }

  /** @return {@code true} with probability {@code inSixteen}/16; false past the end */
  boolean chance(int inSixteen) {
    return !exhausted() && nextByte() % 16 < inSixteen;
  }

  int nextInt() {
    return nextByte() << 24 | nextByte() << 16 | nextByte() << 8 | nextByte();
  }

  long nextLong() {
    return (long) nextInt() << 32 | Integer.toUnsignedLong(nextInt());
  }

  /** @return text of up to {@code maxLength} chars from one alphabet: letters, base64url, any BMP char, awkward */
  String text(int maxLength) {
    int length = pick(maxLength + 1);
    int alphabet = pick(4);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (alphabet) {
        case 0 -> text.append((char) ('a' + pick(26)));
        case 1 -> text.append(BASE64URL.charAt(pick(BASE64URL.length())));
        case 2 -> text.append((char) (nextByte() << 8 | nextByte()));
        default -> text.append(AWKWARD.charAt(pick(AWKWARD.length())));
      }
    }
    return text.toString();
  }

  /** @return up to {@code maxLength} base64url characters */
  String base64Url(int maxLength) {
    int length = pick(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(BASE64URL.charAt(pick(BASE64URL.length())));
    }
    return text.toString();
  }

  byte[] bytes(int maxLength) {
    byte[] bytes = new byte[pick(maxLength + 1)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) nextByte();
    }
    return bytes;
  }
}
