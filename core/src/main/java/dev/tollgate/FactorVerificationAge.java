package dev.tollgate;

import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The {@code fva} claim: minutes since the user last verified a first factor (password, code, passkey) and a
 * second factor (MFA). Clerk writes {@code -1} for a factor group the user has not enabled; this type keeps
 * that as {@link #NEVER}.
 *
 * <p>Used for reverification checks ({@link Session#isReverified(Reverification)}). Immutable and
 * thread-safe.
 */
public final class FactorVerificationAge {

  /** The age Clerk writes for a factor group that is not enabled: {@value}. */
  public static final long NEVER = -1;

  private final long firstFactorMinutes;
  private final long secondFactorMinutes;

  /**
   * Creates an age pair.
   *
   * @param firstFactorMinutes minutes since the last first-factor verification, or {@link #NEVER}
   * @param secondFactorMinutes minutes since the last second-factor verification, or {@link #NEVER}
   * @throws IllegalArgumentException if an age is negative and not {@link #NEVER}
   */
  public FactorVerificationAge(long firstFactorMinutes, long secondFactorMinutes) {
    this.firstFactorMinutes = check(firstFactorMinutes, "firstFactorMinutes");
    this.secondFactorMinutes = check(secondFactorMinutes, "secondFactorMinutes");
  }

  private static long check(long minutes, String name) {
    if (minutes < NEVER) {
      throw new IllegalArgumentException(name + " must be -1 (never) or at least 0");
    }
    return minutes;
  }

  /**
   * Minutes since the last first-factor verification.
   *
   * @return the age, or {@link #NEVER} ({@code -1})
   */
  public long firstFactorMinutes() {
    return firstFactorMinutes;
  }

  /**
   * Minutes since the last second-factor verification.
   *
   * @return the age, or {@link #NEVER} ({@code -1}) when the user has no second factor
   */
  public long secondFactorMinutes() {
    return secondFactorMinutes;
  }

  /**
   * The first-factor age, empty when it is {@link #NEVER}.
   *
   * @return the age in minutes, if any
   */
  public OptionalLong firstFactor() {
    return firstFactorMinutes == NEVER ? OptionalLong.empty() : OptionalLong.of(firstFactorMinutes);
  }

  /**
   * The second-factor age, empty when it is {@link #NEVER}.
   *
   * @return the age in minutes, if any
   */
  public OptionalLong secondFactor() {
    return secondFactorMinutes == NEVER ? OptionalLong.empty() : OptionalLong.of(secondFactorMinutes);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FactorVerificationAge
        && firstFactorMinutes == ((FactorVerificationAge) other).firstFactorMinutes
        && secondFactorMinutes == ((FactorVerificationAge) other).secondFactorMinutes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstFactorMinutes, secondFactorMinutes);
  }

  @Override
  public String toString() {
    return "[" + firstFactorMinutes + ", " + secondFactorMinutes + "]";
  }
}
