package dev.tollgate.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The member names every token, header and key set repeats (RFC 7515 §4.1, RFC 7517 §4, RFC 7519 §4.1 and Clerk's
 * session claims), as shared strings: {@link JsonReader} hands one of these out instead of building the same
 * string again for every document. Stateless and thread-safe.
 */
final class JsonNames {

  /** Names by length, then in no particular order; no name here is longer than {@link #LONGEST}. */
  private static final byte[][][] BY_LENGTH;
  private static final String[][] STRINGS_BY_LENGTH;
  private static final int LONGEST = 15;

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
    BY_LENGTH = new byte[LONGEST + 1][][];
    STRINGS_BY_LENGTH = new String[LONGEST + 1][];
    for (int length = 1; length <= LONGEST; length++) {
      int size = length;
      String[] ofLength = names.stream().filter(name -> name.length() == size).toArray(String[]::new);
      STRINGS_BY_LENGTH[length] = ofLength;
      BY_LENGTH[length] = new byte[ofLength.length][];
      for (int i = 0; i < ofLength.length; i++) {
        BY_LENGTH[length][i] = ofLength[i].getBytes(StandardCharsets.US_ASCII);
      }
    }
  }

  private JsonNames() {}

  /**
   * @return the shared string equal to {@code bytes[offset, offset + length)} (unescaped UTF-8), or {@code null}
   *     if those bytes are not a well-known name
   */
  static @Nullable String known(byte[] bytes, int offset, int length) {
    if (length == 0 || length > LONGEST) {
      return null;
    }
    byte[][] candidates = BY_LENGTH[length];
    for (int i = 0; i < candidates.length; i++) {
      if (equal(candidates[i], bytes, offset)) {
        return STRINGS_BY_LENGTH[length][i];
      }
    }
    return null;
  }

  private static boolean equal(byte[] name, byte[] bytes, int offset) {
    for (int i = 0; i < name.length; i++) {
      if (name[i] != bytes[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
