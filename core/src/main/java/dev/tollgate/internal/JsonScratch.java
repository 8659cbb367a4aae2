package dev.tollgate.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A thread's working space for {@link JsonReader}, kept between documents so a parse allocates only what it
 * returns: a stack the members and elements of the open objects and arrays collect on before each is copied out
 * at its exact size, and a small table of short ASCII strings recently read, so a value every token repeats (the
 * issuer, the authorized party, an organization's role, slug and permissions) is one shared string rather than a
 * new one per token. Strings are immutable, so sharing an equal one changes nothing a caller can observe.
 *
 * <p>Both are plain JDK arrays held by thread-locals, so a container's pooled threads keep no class of this
 * library (and no class loader of a redeployed application) alive. Each is confined to its thread; a document is
 * read start to end on one thread and never re-enters the reader, so one space per thread suffices. The table
 * keeps at most {@value #RECENT_SLOTS} strings of at most {@value #RECENT_MAX_LENGTH} characters per thread (claim
 * values such as identifiers and names, never a token). Stateless itself and thread-safe.
 */
final class JsonScratch {

  /** Slots of the stack kept between documents; a document that needs more grows a copy of its own. */
  static final int KEPT_STACK = 128;
  /** Longest string, in bytes, the recent-string table holds. */
  static final int RECENT_MAX_LENGTH = 48;
  static final int RECENT_SLOTS = 128;

  private static final ThreadLocal<@Nullable Object[]> STACK = ThreadLocal.withInitial(() -> new Object[KEPT_STACK]);
  private static final ThreadLocal<@Nullable String[]> RECENT =
      ThreadLocal.withInitial(() -> new String[RECENT_SLOTS]);

  private JsonScratch() {}

  /** @return the calling thread's kept stack; a reader grows a copy when it needs more */
  static @Nullable Object[] stack() {
    return STACK.get();
  }

  /** @return the calling thread's recent-string table */
  static @Nullable String[] recent() {
    return RECENT.get();
  }

  /** Clears what a document left on the kept stack, so it holds no value past its document. */
  static void release(@Nullable Object[] keptStack, int used) {
    Arrays.fill(keptStack, 0, Math.min(used, keptStack.length), null);
  }

  /**
   * The string of the ASCII bytes {@code bytes[offset, offset + length)}, shared with an earlier document's equal
   * string when the table still holds it.
   *
   * @param recent the calling thread's table ({@link #recent()})
   * @param hash any hash of those bytes, the same for the same bytes
   */
  static String ascii(@Nullable String[] recent, byte[] bytes, int offset, int length, int hash) {
    if (length > RECENT_MAX_LENGTH) {
      return latin1(bytes, offset, length);
    }
    int slot = (hash ^ hash >>> 16) & (recent.length - 1);
    String known = recent[slot];
    if (known != null && sameAscii(known, bytes, offset, length)) {
      return known;
    }
    String text = latin1(bytes, offset, length);
    recent[slot] = text;
    return text;
  }

  /** ASCII decoded as Latin-1: the same characters, and a plain copy. */
  private static String latin1(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  private static boolean sameAscii(String text, byte[] bytes, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    // Identifiers of one kind share their prefix ("user_2", "sess_2") and differ at the end, so the last
    // character tells most of them apart first; a string's own hash is not computed until asked for, which would
    // cost a pass over it.
    if (length > 0 && text.charAt(length - 1) != bytes[offset + length - 1]) {
      return false;
    }
    for (int i = 0; i < length - 1; i++) {
      if (text.charAt(i) != bytes[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
