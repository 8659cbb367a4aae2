package dev.tollgate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reverification requirement: the user must have verified a factor of the given {@linkplain Level level}
 * less than {@code afterMinutes} minutes ago, judged from the token's {@code fva} claim.
 *
 * <p>The presets are Clerk's: {@link #STRICT_MFA} (10 minutes, multi-factor), {@link #STRICT} (10 minutes,
 * second factor), {@link #MODERATE} (60 minutes, second factor) and {@link #LAX} (1440 minutes, second
 * factor). Freshness is strict, as in Clerk's JavaScript SDK: an age equal to {@code afterMinutes} is stale.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reverification {

  /** The factor a reverification asks for. */
  public enum Level {
    /** A first factor (password, email or phone code, passkey). Clerk name {@code first_factor}. */
    FIRST_FACTOR("first_factor"),
    /** The second factor when the user has one, else the first. Clerk name {@code second_factor}. */
    SECOND_FACTOR("second_factor"),
    /** Both factors when the user has a second one, else the first. Clerk name {@code multi_factor}. */
    MULTI_FACTOR("multi_factor");

    private final String clerkName;

    Level(String clerkName) {
      this.clerkName = clerkName;
    }

    /**
     * Clerk's name for this level, as used in the reverification error body.
     *
     * @return for example {@code "second_factor"}
     */
    public String clerkName() {
      return clerkName;
    }

    /**
     * Looks up a level by Clerk's name.
     *
     * @param clerkName for example {@code "multi_factor"}
     * @return the level, or empty if the name is unknown
     */
    public static Optional<Level> fromClerkName(String clerkName) {
      Objects.requireNonNull(clerkName, "clerkName");
      for (Level level : values()) {
        if (level.clerkName.equals(clerkName)) {
          return Optional.of(level);
        }
      }
      return Optional.empty();
    }
  }

  /** Clerk preset {@code strict_mfa}: both factors within 10 minutes. */
  public static final Reverification STRICT_MFA = new Reverification("strict_mfa", Level.MULTI_FACTOR, 10);

  /** Clerk preset {@code strict}: the second factor within 10 minutes. */
  public static final Reverification STRICT = new Reverification("strict", Level.SECOND_FACTOR, 10);

  /** Clerk preset {@code moderate}: the second factor within 60 minutes. */
  public static final Reverification MODERATE = new Reverification("moderate", Level.SECOND_FACTOR, 60);

  /** Clerk preset {@code lax}: the second factor within 1440 minutes (a day). */
  public static final Reverification LAX = new Reverification("lax", Level.SECOND_FACTOR, 1440);

  private final @Nullable String presetName;
  private final Level level;
  private final int afterMinutes;

  private Reverification(@Nullable String presetName, Level level, int afterMinutes) {
    this.presetName = presetName;
    this.level = level;
    this.afterMinutes = afterMinutes;
  }

  /**
   * A custom requirement.
   *
   * @param level which factor must be fresh
   * @param afterMinutes how many minutes a verification stays fresh; at least 1
   * @return the requirement
   * @throws IllegalArgumentException if {@code afterMinutes} is not positive
   */
  public static Reverification of(Level level, int afterMinutes) {
    Objects.requireNonNull(level, "level");
    if (afterMinutes <= 0) {
      throw new IllegalArgumentException("afterMinutes must be positive");
    }
    return new Reverification(null, level, afterMinutes);
  }

  /**
   * Looks up one of Clerk's presets by name: {@code strict_mfa}, {@code strict}, {@code moderate},
   * {@code lax} (case-insensitive).
   *
   * @param name the preset name
   * @return the preset, or empty if the name is unknown
   */
  public static Optional<Reverification> preset(String name) {
    Objects.requireNonNull(name, "name");
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "strict_mfa" -> Optional.of(STRICT_MFA);
      case "strict" -> Optional.of(STRICT);
      case "moderate" -> Optional.of(MODERATE);
      case "lax" -> Optional.of(LAX);
      default -> Optional.empty();
    };
  }

  /**
   * The factor level required.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * Minutes a verification stays fresh.
   *
   * @return a positive number of minutes
   */
  public int afterMinutes() {
    return afterMinutes;
  }

  /**
   * Whether the given factor ages meet this requirement, with Clerk's rules: an age of
   * {@link FactorVerificationAge#NEVER} means the factor group is not enabled; a user without a second factor
   * is judged on the first; a user with neither fails.
   *
   * @param age the token's factor ages
   * @return {@code true} if fresh enough
   */
  public boolean isSatisfiedBy(FactorVerificationAge age) {
    Objects.requireNonNull(age, "age");
    long first = age.firstFactorMinutes();
    long second = age.secondFactorMinutes();
    boolean firstFresh = first != FactorVerificationAge.NEVER && afterMinutes > first;
    boolean secondFresh = second != FactorVerificationAge.NEVER && afterMinutes > second;
    return switch (level) {
      case FIRST_FACTOR -> firstFresh;
      case SECOND_FACTOR -> second != FactorVerificationAge.NEVER ? secondFresh : firstFresh;
      case MULTI_FACTOR -> second == FactorVerificationAge.NEVER ? firstFresh : firstFresh && secondFresh;
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reverification that && level == that.level && afterMinutes == that.afterMinutes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, afterMinutes);
  }

  @Override
  public String toString() {
    String spec = level.clerkName() + " within " + afterMinutes + " min";
    return presetName == null ? "Reverification[" + spec + "]" : "Reverification[" + presetName + ": " + spec + "]";
  }
}
