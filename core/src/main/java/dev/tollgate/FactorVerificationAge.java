package dev.tollgate;

import java.util.OptionalLong;

/**
 * The {@code fva} claim: minutes since the user last verified a first factor (password, code, passkey) and a
 * second factor (MFA). Clerk writes {@code -1} for a factor group the user has not enabled; this type keeps
 * that as {@link #NEVER}.
 *
 * <p>Used for reverification checks ({@link Session#isReverified(Reverification)}). Immutable and
 * thread-safe.
 *
 * @param firstFactorMinutes minutes since the last first-factor verification, or {@link #NEVER}
 * @param secondFactorMinutes minutes since the last second-factor verification, or {@link #NEVER} when the user
 *     has no second factor
 */
public record FactorVerificationAge(long firstFactorMinutes, long secondFactorMinutes) {

  /** The age Clerk writes for a factor group that is not enabled: {@value}. */
  public static final long NEVER = -1;

  /**
   * Creates an age pair.
   *
   * @throws IllegalArgumentException if an age is negative and not {@link #NEVER}
   */
  public FactorVerificationAge {
    check(firstFactorMinutes, "firstFactorMinutes");
    check(secondFactorMinutes, "secondFactorMinutes");
  }

  private static void check(long minutes, String name) {
    if (minutes < NEVER) {
      throw new IllegalArgumentException(name + " must be -1 (never) or at least 0");
    }
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

  /** @return the ages as the claim writes them, for example {@code [7, -1]} */
  @Override
  public String toString() {
    return "[" + firstFactorMinutes + ", " + secondFactorMinutes + "]";
  }
}
