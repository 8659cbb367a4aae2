package dev.tollgate.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The member names every token, header and key set repeats (RFC 7515 §4.1, RFC 7517 §4, RFC 7519 §4.1 and Clerk's
 * session claims), as shared strings: {@link JsonReader} hands one of these out instead of building the same
 * string again for every document, and because it always does, a {@link JsonObject} finds a well-known name by
 * identity and tells its repeats by one bit per name. Each name has an index below {@link #COUNT}, and is found by
 * the string hash code the reader computes anyway while it scans the name's bytes. Stateless and thread-safe.
 */
final class JsonNames {

  /** How many names there are; at most 64, so a {@code long} holds one bit per name. */
  static final int COUNT;

  private static final String[] NAMES;
  private static final byte[][] BYTES;
  private static final int[] HASHES;
  /**
   * Open addressing by hash, linear probing: index + 1 of the name in each slot, 0 for an empty slot. With at most
   * {@link Long#SIZE} names it is at most a quarter full, so every probe reaches an empty slot.
   */
  private static final byte[] SLOTS = new byte[256];

  static {
    List<String> names = List.of(
        // JOSE header (RFC 7515 §4.1) and JWK / JWK Set members (RFC 7517 §4, §5, RFC 7518 §6.3.1)
        "alg", "kid", "typ", "cty", "crit", "jku", "jwk", "x5u", "x5c", "x5t", "keys", "kty", "use", "key_ops",
        "n", "e",
        // registered claims (RFC 7519 §4.1)
        "iss", "sub", "aud", "exp", "nbf", "iat", "jti",
        // Clerk's session claims, v1 and v2
        "azp", "sid", "sts", "act", "fva", "fea", "pla", "v", "o", "id", "rol", "slg", "per", "fpm", "type",
        "org_id", "org_slug", "org_role", "org_permissions");
    COUNT = names.size();
    if (COUNT > Long.SIZE) {
      throw new IllegalStateException("more well-known names than a long has bits: " + COUNT);
    }
    NAMES = names.toArray(String[]::new);
    BYTES = new byte[COUNT][];
    HASHES = new int[COUNT];
    for (int index = 0; index < COUNT; index++) {
      BYTES[index] = NAMES[index].getBytes(StandardCharsets.US_ASCII);
      HASHES[index] = NAMES[index].hashCode();
      int slot = slot(HASHES[index]);
      while (SLOTS[slot] != 0) {
        slot = slot + 1 & SLOTS.length - 1;
      }
      SLOTS[slot] = (byte) (index + 1);
    }
  }

  private JsonNames() {}

  /**
   * @param hash the string hash code of those bytes read as characters ({@code 31 * h + b} per byte)
   * @return the index of the well-known name the ASCII bytes {@code bytes[offset, offset + length)} spell, or -1
   */
  static int indexOf(byte[] bytes, int offset, int length, int hash) {
    for (int slot = slot(hash); SLOTS[slot] != 0; slot = slot + 1 & SLOTS.length - 1) {
      int index = SLOTS[slot] - 1;
      if (HASHES[index] == hash && sameBytes(BYTES[index], bytes, offset, length)) {
        return index;
      }
    }
    return -1;
  }

  /** @return the index of the well-known name equal to {@code text}, or -1 */
  static int indexOf(String text) {
    int hash = text.hashCode();
    for (int slot = slot(hash); SLOTS[slot] != 0; slot = slot + 1 & SLOTS.length - 1) {
      int index = SLOTS[slot] - 1;
      if (HASHES[index] == hash && NAMES[index].equals(text)) {
        return index;
      }
    }
    return -1;
  }

  /** @return whether {@code text} is the shared instance of a well-known name (not merely equal to one) */
  static boolean isShared(String text) {
    int index = indexOf(text);
    return index >= 0 && NAMES[index] == text;
  }

  /** @return the shared string of the name at {@code index}, which {@link #indexOf} returned */
  static String name(int index) {
    return NAMES[index];
  }

  private static int slot(int hash) {
    return (hash ^ hash >>> 8 ^ hash >>> 16) & SLOTS.length - 1;
  }

  private static boolean sameBytes(byte[] name, byte[] bytes, int offset, int length) {
    if (name.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name[i] != bytes[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
