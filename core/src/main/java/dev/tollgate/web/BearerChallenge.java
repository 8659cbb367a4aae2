package dev.tollgate.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Formats the {@code WWW-Authenticate: Bearer} challenge of RFC 6750 §3. Attribute values are
 * {@code quoted-string}s restricted to the RFC's charset {@code %x20-21 / %x23-5B / %x5D-7E} (printable
 * ASCII without {@code "} and {@code \}), so they need no escaping. Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">RFC 6750 §3</a>
 */
public final class BearerChallenge {

  /** The longest {@code error_description} written: {@value} characters; longer ones are cut. */
  public static final int MAX_DESCRIPTION_LENGTH = 200;

  private BearerChallenge() {}

  /**
   * The challenge {@code Bearer realm="…"[, error="…", error_description="…"]}.
   *
   * @param realm the protection space; must pass {@link #requireValidRealm(String)}
   * @param error the RFC 6750 error, or {@code null} when the request carried no credentials (§3.1: then no
   *     error attribute is sent)
   * @param description a human-readable text, or {@code null}; {@linkplain #sanitize(String) sanitised}, and
   *     ignored when {@code error} is {@code null}
   * @return the header value
   * @throws IllegalArgumentException if the realm is not valid
   */
  public static String header(String realm, @Nullable BearerError error, @Nullable String description) {
    StringBuilder header = new StringBuilder("Bearer realm=\"").append(requireValidRealm(realm)).append('"');
    if (error != null) {
      header.append(", error=\"").append(error.code()).append('"');
      if (description != null) {
        String clean = sanitize(description);
        if (!clean.isEmpty()) {
          header.append(", error_description=\"").append(clean).append('"');
        }
      }
    }
    return header.toString();
  }

  /**
   * Checks a realm: 1 to 100 characters of the RFC 6750 charset.
   *
   * @param realm the realm
   * @return the realm, unchanged
   * @throws IllegalArgumentException if it is empty, too long or has a character outside the charset
   */
  public static String requireValidRealm(String realm) {
    Objects.requireNonNull(realm, "realm");
    if (realm.isEmpty() || realm.length() > 100 || !realm.chars().allMatch(BearerChallenge::allowed)) {
      throw new IllegalArgumentException("realm must be 1 to 100 printable ASCII characters without '\"' and '\\'");
    }
    return realm;
  }

  /**
   * Makes a text safe for {@code error_description}: a control character becomes a space, {@code "} becomes
   * {@code '}, {@code \} becomes {@code /}, any other character outside printable ASCII becomes {@code ?},
   * and the result is cut to {@link #MAX_DESCRIPTION_LENGTH} characters.
   *
   * @param text any text
   * @return text of the RFC 6750 charset only
   */
  public static String sanitize(String text) {
    Objects.requireNonNull(text, "text");
    int length = Math.min(text.length(), MAX_DESCRIPTION_LENGTH);
    StringBuilder clean = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (allowed(c)) {
        clean.append(c);
      } else if (c == '"') {
        clean.append('\'');
      } else if (c == '\\') {
        clean.append('/');
      } else if (c < 0x20 || c == 0x7F) {
        clean.append(' ');
      } else {
        clean.append('?');
      }
    }
    return clean.toString().strip();
  }

  private static boolean allowed(int c) {
    return (c >= 0x20 && c <= 0x21) || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
  }
}
