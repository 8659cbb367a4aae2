package dev.tollgate.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object strictly (RFC 8259 with the I-JSON rules of RFC 7493 that matter for JOSE): strict
 * UTF-8, no unpaired surrogate, no comments or other leniency, no trailing content, no duplicate member names
 * at any depth, and at most {@value #MAX_DEPTH} levels of nesting, so hostile input is rejected quickly and never
 * recurses deeply.
 *
 * <p>The bytes are checked as UTF-8 first ({@link Utf8}: no overlong form, byte-order mark, surrogate or code
 * point above U+10FFFF), then read by {@link JsonReader}, which refuses every leniency, bounds numbers (64
 * digits), names (1,024 bytes of UTF-8) and strings (2<sup>20</sup> characters), and refuses an escape such as
 * <code>"&#92;ud800"</code> that decodes into a lone surrogate, which I-JSON forbids (RFC 7493 §2.1). Duplicate
 * names are refused by {@link JsonObject#copyOf}. These are the rules this class enforced while Jackson's
 * streaming parser did the syntax; {@code JsonReaderTest} holds the two to the same answers on generated and
 * mutated documents.
 *
 * <p>Objects become unmodifiable maps in member order ({@link JsonObject}), arrays unmodifiable lists, integers
 * {@link Long} or {@link java.math.BigInteger}, fractions {@link java.math.BigDecimal}, JSON {@code null} Java
 * {@code null}. Thread-safe.
 */
public final class StrictJson {

  /** Deepest nesting accepted, counting the outer object as 1: {@value}. */
  public static final int MAX_DEPTH = 16;

  private StrictJson() {}

  /**
   * Parses {@code utf8} as one JSON object.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  public static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8) {
    return parseObject(utf8, 0, utf8.length);
  }

  /**
   * Parses {@code utf8[offset, offset + length)} as one JSON object. Nothing parsed refers to the bytes, so the
   * caller may reuse them at once.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  public static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8, int offset, int length) {
    if (!Utf8.isStrictJsonText(utf8, offset, length)) {
      return null;
    }
    return new JsonReader(utf8, offset, length).readDocument();
  }

  /**
   * A parsed array of strings as it is: parsed arrays are immutable, so a caller keeping one needs no copy.
   *
   * @param value a value as {@link #parseObject} produces it
   * @return the array, if {@code value} is an array this class parsed and every element is a string, else
   *     {@code null} (not an {@code Optional}: this runs once per verification and allocates nothing)
   */
  @SuppressWarnings("unchecked") // every element was checked to be a String
  public static @Nullable List<String> parsedStrings(@Nullable Object value) {
    return value instanceof JsonArray array && array.allStrings() ? (List<String>) (List<?>) array : null;
  }

  /**
   * Whether {@code text} holds a surrogate that is not part of a high-low pair. Raw UTF-8 cannot carry one past
   * {@link Utf8}, so only a <code>&#92;u</code> escape can.
   */
  static boolean hasLoneSurrogate(CharSequence text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isLowSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++; // the low half of a valid pair
      }
    }
    return false;
  }
}
