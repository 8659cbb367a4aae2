package dev.tollgate.web;

import dev.tollgate.RejectionReason;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the session token of a request, or the reason there is none. The {@code Authorization} header comes
 * first: exactly one field, {@code Bearer} (any case), one or more spaces, and a token68 credential (RFC 7235
 * §2.1). Two fields, or one that does not have this form, is an {@code invalid_request} and never falls back
 * to a cookie. Without the header, the cookie {@code __session_<suffix>} of the verifier's publishable key is
 * preferred, then {@code __session}. The query string is never read. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7235#section-2.1">RFC 7235 §2.1</a>
 */
final class TokenExtractor {

  private static final String BEARER = "bearer";

  /**
   * The outcome: a token to verify, or a refusal before any verification. The variants are members of this
   * package-private class, not of the interface, where they would be implicitly public.
   */
  sealed interface Extracted permits Found, Refused {}

  /** A token to verify; {@code toString()} leaves it out. */
  record Found(String token) implements Extracted {
    @Override
    public String toString() {
      return "Found[token=...]";
    }
  }

  /** A request that ends in {@code refusal} before any verification. */
  record Refused(AuthResult.SignedOut refusal) implements Extracted {}

  private final @Nullable String suffixedCookie;

  /**
   * @param suffixedCookie the instance's cookie ({@link RequestAuthenticator#sessionCookie}), or {@code null} to
   *     read {@code __session} only
   */
  TokenExtractor(@Nullable String suffixedCookie) {
    this.suffixedCookie = suffixedCookie;
  }

  Extracted extract(RequestCredentials request) {
    List<String> authorization = values(request, "Authorization");
    if (authorization.size() > 1) {
      return refuse(RejectionReason.AUTHORIZATION_HEADER_DUPLICATED,
          "More than one Authorization header was sent.");
    }
    if (authorization.size() == 1) {
      return fromAuthorization(authorization.get(0));
    }
    List<String> cookies = values(request, "Cookie");
    Optional<String> token = Optional.empty();
    if (suffixedCookie != null) {
      token = CookieHeader.find(cookies, suffixedCookie);
    }
    if (token.isEmpty()) {
      token = CookieHeader.find(cookies, RequestAuthenticator.SESSION_COOKIE);
    }
    return token.<Extracted>map(Found::new)
        .orElseGet(() -> new Refused(AuthResult.SignedOut.sessionTokenMissing()));
  }

  /** A field's values; {@code null} means absent (the JDK's {@code Headers.get} answers it for a missing field). */
  private static List<String> values(RequestCredentials request, String name) {
    List<String> values = request.headers(name);
    return values == null ? List.of() : values;
  }

  private static Extracted fromAuthorization(String field) {
    String value = stripOws(field);
    if (value.isEmpty()) {
      return refuse(RejectionReason.AUTHORIZATION_HEADER_MALFORMED, "The Authorization header is empty.");
    }
    int space = value.indexOf(' ');
    int schemeLength = space < 0 ? value.length() : space;
    if (schemeLength != BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, schemeLength)) {
      return refuse(RejectionReason.AUTHORIZATION_HEADER_MALFORMED,
          "The Authorization header does not use the Bearer scheme.");
    }
    int start = space < 0 ? value.length() : space;
    while (start < value.length() && value.charAt(start) == ' ') {
      start++;
    }
    String credential = value.substring(start);
    if (credential.isEmpty()) {
      return refuse(RejectionReason.AUTHORIZATION_HEADER_MALFORMED,
          "The Authorization header has no Bearer credential.");
    }
    if (!isToken68(credential)) {
      return refuse(RejectionReason.AUTHORIZATION_HEADER_MALFORMED,
          "The Bearer credential is not token68 syntax (RFC 7235).");
    }
    return new Found(credential);
  }

  /** {@code token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}, without a regex. */
  static boolean isToken68(String value) {
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '=') {
      end--;
    }
    if (end == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  private static String stripOws(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isOws(value.charAt(start))) {
      start++;
    }
    while (end > start && isOws(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  private static Extracted refuse(RejectionReason reason, String message) {
    return new Refused(new AuthResult.SignedOut(reason, message));
  }
}
