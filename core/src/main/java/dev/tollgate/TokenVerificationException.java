package dev.tollgate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The token was checked and is not acceptable: a 401 for a resource server.
 *
 * <p>The {@linkplain #reason() reason} says why; for the time rejections ({@link RejectionReason#TOKEN_EXPIRED},
 * {@link RejectionReason#TOKEN_NOT_ACTIVE_YET}, {@link RejectionReason#TOKEN_IAT_IN_THE_FUTURE}) the
 * {@linkplain #claimTime() offending time} is given too. The message is safe to show to a client: it never
 * contains the token, a signature, a key or a secret, and never echoes attacker-chosen claim values.
 *
 * <p>Rejections are expected input, not bugs, so this exception records no stack trace; that keeps a flood
 * of bad tokens cheap.
 *
 * <p>This is a different type from {@link KeysUnavailableException}, which means the token could not be
 * checked at all.
 */
public final class TokenVerificationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectionReason reason;
  private final @Nullable Instant claimTime;

  /**
   * Creates a rejection.
   *
   * @param reason why the token is rejected
   * @param message a message safe to show to a client; must not contain the token or any secret
   */
  public TokenVerificationException(RejectionReason reason, String message) {
    this(reason, message, null);
  }

  /**
   * Creates a rejection that names the time claim it failed on.
   *
   * @param reason why the token is rejected
   * @param message a message safe to show to a client; must not contain the token or any secret
   * @param claimTime the {@code exp}, {@code nbf} or {@code iat} value the rejection is about, or {@code null}
   */
  public TokenVerificationException(RejectionReason reason, String message, @Nullable Instant claimTime) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.claimTime = claimTime;
  }

  /**
   * Why the token was rejected.
   *
   * @return the reason, never {@code null}
   */
  public RejectionReason reason() {
    return reason;
  }

  /**
   * The time claim the rejection is about: {@code exp} for an expired token, {@code nbf} for one not active
   * yet, {@code iat} for one issued in the future.
   *
   * @return the claim's value, or empty for other reasons
   */
  public Optional<Instant> claimTime() {
    return Optional.ofNullable(claimTime);
  }
}
