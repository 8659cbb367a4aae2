package dev.tollgate.backend;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@code errors} array of a Clerk error response: {@code {"message", "long_message", "code"}}.
 * The texts come from Clerk and are safe to log; they are cut to {@value #MAX_TEXT_LENGTH} characters, with
 * control characters replaced. Immutable and thread-safe.
 *
 * @see <a href="https://clerk.com/docs/errors/backend-api">Clerk: Backend API errors</a>
 */
public final class ClerkError implements Serializable {

  /** Longest message or code kept: {@value} characters. */
  public static final int MAX_TEXT_LENGTH = 500;

  private static final long serialVersionUID = 1L;

  /** Clerk's error code. */
  private final String code;
  /** The short message. */
  private final String message;
  /** The long message, or {@code null}. */
  private final @Nullable String longMessage;

  /**
   * Creates an error entry, for example in tests of code that handles {@link BackendApiException}.
   *
   * @param code Clerk's error code, for example {@code "resource_not_found"}; may be empty
   * @param message the short message; may be empty
   * @param longMessage the long message, or {@code null}
   */
  public ClerkError(String code, String message, @Nullable String longMessage) {
    this.code = clean(Objects.requireNonNull(code, "code"));
    this.message = clean(Objects.requireNonNull(message, "message"));
    this.longMessage = longMessage == null ? null : clean(longMessage);
  }

  /** @return Clerk's error code ({@code code}), for example {@code "form_param_missing"}; empty if none was sent */
  public String code() {
    return code;
  }

  /** @return the short message ({@code message}); empty if none was sent */
  public String message() {
    return message;
  }

  /** @return the long message ({@code long_message}) */
  public Optional<String> longMessage() {
    return Optional.ofNullable(longMessage);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ClerkError)) {
      return false;
    }
    ClerkError that = (ClerkError) other;
    return code.equals(that.code) && message.equals(that.message) && Objects.equals(longMessage, that.longMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, longMessage);
  }

  @Override
  public String toString() {
    return code + ": " + (longMessage != null ? longMessage : message);
  }

  static String clean(String text) {
    String cut = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) + "…" : text;
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
