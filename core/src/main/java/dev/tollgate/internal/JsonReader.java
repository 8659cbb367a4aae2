package dev.tollgate.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The syntax pass of {@link StrictJson}: one JSON text (RFC 8259) read from bytes already checked by {@link Utf8},
 * with nothing lenient (no comments, quotes other than {@code "}, unquoted names, leading zeros, {@code NaN},
 * trailing or missing commas, unescaped control characters, escapes other than RFC 8259 §7's), nesting, numbers,
 * names and strings bounded, and every decoded name and string checked for a lone surrogate.
 *
 * <p>Written for the token path rather than borrowed from Jackson's parser, which costs about 680 bytes per
 * document before it reads a byte (parser, I/O context, read contexts, name table); this reads in place and
 * allocates only what it returns: members and elements collect on the thread's {@link JsonScratch} stack and
 * are copied out at their exact size, well-known member names come from {@link JsonNames} (found by the hash
 * computed while scanning them, and told apart when repeated by one bit each), and short ASCII
 * strings a thread read before are shared through its scratch space. Errors are not exceptions: a method returns
 * {@link #INVALID} and the caller stops. One reader per document, confined to its thread.
 */
final class JsonReader {

  /** Marks a value that makes the whole document invalid. */
  static final Object INVALID = new Object();

  private static final int MAX_NUMBER_LENGTH = 64;
  private static final int MAX_NAME_LENGTH = 1024;
  private static final int MAX_STRING_LENGTH = 1 << 20;
  /** Decimal digits that always fit a {@code long}. */
  private static final int LONG_SAFE_DIGITS = 18;

  private final byte[] bytes;
  private final int end;
  private final @Nullable Object[] keptStack;
  private final @Nullable String[] recent;
  private @Nullable Object[] stack;
  private int top;
  private int highWater;
  private int position;
  private int depth;
  /** The {@link JsonNames} index of the name {@link #readString} read last, or -1 for any other name. */
  private int nameIndex;

  JsonReader(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.position = offset;
    this.end = offset + length;
    this.keptStack = JsonScratch.stack();
    this.stack = keptStack;
    this.recent = JsonScratch.recent();
  }

  /** @return the one object the bytes hold, with nothing but white space around it, or {@code null} */
  @Nullable Map<String, @Nullable Object> readDocument() {
    skipWhiteSpace();
    if (!consume('{')) {
      return null;
    }
    Object object;
    try {
      object = readContainer(true);
    } finally {
      JsonScratch.release(keptStack, highWater);
    }
    skipWhiteSpace();
    return object == INVALID || position != end ? null : asObject(object);
  }

  private void push(@Nullable Object value) {
    if (top == stack.length) {
      stack = Arrays.copyOf(stack, top * 2);
    }
    stack[top++] = value;
    highWater = Math.max(highWater, top);
  }

  @SuppressWarnings("unchecked") // readContainer(true) returns INVALID or a JsonObject
  private static Map<String, @Nullable Object> asObject(Object object) {
    return (Map<String, @Nullable Object>) object;
  }

  /**
   * Reads an object's members or an array's elements and the closing brace or bracket; the opening one is
   * consumed.
   */
  private Object readContainer(boolean object) {
    if (++depth > StrictJson.MAX_DEPTH) {
      return INVALID;
    }
    char close = object ? '}' : ']';
    int base = top;
    // A repeated well-known name is one bit seen twice; other names are compared only if two or more occur,
    // since a name equal to a well-known one is always its shared instance.
    long wellKnownNames = 0;
    int otherNames = 0;
    skipWhiteSpace();
    if (!consume(close)) {
      do {
        if (object) {
          if (!readName()) {
            return INVALID;
          }
          if (nameIndex < 0) {
            otherNames++;
          } else if ((wellKnownNames & 1L << nameIndex) != 0) {
            return INVALID;
          } else {
            wellKnownNames |= 1L << nameIndex;
          }
        }
        Object value = readValue();
        if (value == INVALID) {
          return INVALID;
        }
        push(value);
        skipWhiteSpace();
      } while (consume(','));
      if (!consume(close)) {
        return INVALID;
      }
    }
    depth--;
    @Nullable Object container =
        object ? JsonObject.copyOf(stack, base, top, otherNames > 1) : JsonArray.copyOf(stack, base, top);
    top = base;
    return container == null ? INVALID : container;
  }

  /** Reads a member name and its colon, and pushes the name. @return {@code false} if they are not there */
  private boolean readName() {
    skipWhiteSpace();
    if (!consume('"')) {
      return false;
    }
    Object name = readString(true);
    skipWhiteSpace();
    if (name == INVALID || !consume(':')) {
      return false;
    }
    push(name);
    return true;
  }

  private @Nullable Object readValue() {
    skipWhiteSpace();
    if (position == end) {
      return INVALID;
    }
    byte next = bytes[position++];
    return switch (next) {
      case '"' -> readString(false);
      case '{' -> readContainer(true);
      case '[' -> readContainer(false);
      case 't' -> literal("rue", Boolean.TRUE);
      case 'f' -> literal("alse", Boolean.FALSE);
      case 'n' -> literal("ull", null);
      default -> {
        position--;
        yield next == '-' || isDigit(next) ? readNumber() : INVALID;
      }
    };
  }

  private @Nullable Object literal(String rest, @Nullable Object value) {
    int length = rest.length();
    if (end - position < length) {
      return INVALID;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[position + i] != rest.charAt(i)) {
        return INVALID;
      }
    }
    position += length;
    return value;
  }

  /**
   * Reads a string's characters and its closing quote; the opening quote is consumed. Without escapes the text
   * is copied from the bytes at once, ASCII as Latin-1 (a plain copy).
   *
   * @param name whether this is a member name: a name may be a well-known one, and is bounded by its UTF-8
   *     length ({@value #MAX_NAME_LENGTH} bytes), a value by its length in characters ({@value #MAX_STRING_LENGTH})
   */
  private Object readString(boolean name) {
    int start = position;
    boolean ascii = true;
    int hash = 0;
    while (position < end) {
      int b = bytes[position];
      if (b == '"') {
        int length = position - start;
        position++;
        if (name) {
          nameIndex = ascii ? JsonNames.indexOf(bytes, start, length, hash) : -1;
          if (nameIndex >= 0) {
            return JsonNames.name(nameIndex);
          }
          if (length > MAX_NAME_LENGTH) {
            return INVALID;
          }
        }
        if (ascii) {
          return length > MAX_STRING_LENGTH ? INVALID : JsonScratch.ascii(recent, bytes, start, length, hash);
        }
        String text = new String(bytes, start, length, StandardCharsets.UTF_8);
        return text.length() > MAX_STRING_LENGTH ? INVALID : text;
      }
      if (b == '\\') {
        return readEscapedString(start, name);
      }
      if (b >= 0 && b < 0x20) {
        return INVALID;
      }
      ascii &= b >= 0;
      hash = 31 * hash + b;
      position++;
    }
    return INVALID;
  }

  /**
   * The slow path of {@link #readString}: {@code position} is at the first backslash. A name is bounded by the
   * UTF-8 length of its decoded text, as the earlier parser bounded it: an escaped surrogate pair counts four
   * bytes, like the raw character.
   */
  private Object readEscapedString(int start, boolean name) {
    StringBuilder text = new StringBuilder(position - start + 16);
    int run = start;
    while (position < end) {
      int b = bytes[position];
      if (b == '"' || b == '\\') {
        // A run never splits a UTF-8 sequence: quote and backslash are ASCII, never continuation bytes.
        text.append(new String(bytes, run, position - run, StandardCharsets.UTF_8));
        position++;
        if (b == '"') {
          boolean tooLong = name ? utf8Length(text) > MAX_NAME_LENGTH : text.length() > MAX_STRING_LENGTH;
          return tooLong || StrictJson.hasLoneSurrogate(text) ? INVALID : decoded(text.toString(), name);
        }
        if (position == end) {
          return INVALID;
        }
        int escaped = unescape(bytes[position++]);
        if (escaped < 0) {
          return INVALID;
        }
        text.append((char) escaped);
        run = position;
      } else if (b >= 0 && b < 0x20) {
        return INVALID;
      } else {
        position++;
      }
    }
    return INVALID;
  }

  /** @return the decoded text, as the shared instance if it is a well-known name spelled with escapes */
  private String decoded(String text, boolean name) {
    if (!name) {
      return text;
    }
    nameIndex = JsonNames.indexOf(text);
    return nameIndex < 0 ? text : JsonNames.name(nameIndex);
  }

  /** @return the bytes {@code text} takes in UTF-8, a lone surrogate counted as three */
  private static int utf8Length(CharSequence text) {
    int length = 0;
    for (int i = 0, chars = text.length(); i < chars; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }

  /** @return the character an escape stands for, {@code position} past it, or -1 if it is not one of RFC 8259's */
  private int unescape(byte letter) {
    return switch (letter) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> hexQuad();
      default -> -1;
    };
  }

  private int hexQuad() {
    if (end - position < 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(bytes[position++], 16);
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /** Reads {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}; {@code position} is at its start. */
  private Object readNumber() {
    int start = position;
    boolean negative = consume('-');
    int integerDigits = digits();
    if (integerDigits == 0 || integerDigits > 1 && bytes[position - integerDigits] == '0') {
      return INVALID;
    }
    int fractionDigits = -1;
    if (consume('.')) {
      fractionDigits = digits();
      if (fractionDigits == 0) {
        return INVALID;
      }
    }
    int exponentDigits = -1;
    if (consume('e') || consume('E')) {
      if (!consume('+')) {
        consume('-');
      }
      exponentDigits = digits();
      if (exponentDigits == 0) {
        return INVALID;
      }
    }
    if (fractionDigits < 0 && exponentDigits < 0) {
      return integer(start, negative, integerDigits);
    }
    if (integerDigits + Math.max(fractionDigits, 0) + Math.max(exponentDigits, 0) > MAX_NUMBER_LENGTH) {
      return INVALID;
    }
    try {
      return new BigDecimal(new String(bytes, start, position - start, StandardCharsets.ISO_8859_1));
    } catch (NumberFormatException exponentOutOfRange) {
      return INVALID;
    }
  }

  /** An integer as {@link Long} when it fits, else {@link BigInteger}. */
  private Object integer(int start, boolean negative, int digits) {
    if (digits > MAX_NUMBER_LENGTH) {
      return INVALID;
    }
    if (digits <= LONG_SAFE_DIGITS) {
      long value = 0;
      for (int i = position - digits; i < position; i++) {
        value = value * 10 + (bytes[i] - '0');
      }
      return negative ? -value : value;
    }
    BigInteger value = new BigInteger(new String(bytes, start, position - start, StandardCharsets.ISO_8859_1));
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }

  /** @return how many decimal digits were consumed */
  private int digits() {
    int start = position;
    while (position < end && isDigit(bytes[position])) {
      position++;
    }
    return position - start;
  }

  private static boolean isDigit(int b) {
    return b >= '0' && b <= '9';
  }

  private boolean consume(char expected) {
    if (position < end && bytes[position] == expected) {
      position++;
      return true;
    }
    return false;
  }

  /** Skips RFC 8259's four white-space characters and nothing else. */
  private void skipWhiteSpace() {
    while (position < end) {
      byte b = bytes[position];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      position++;
    }
  }
}
