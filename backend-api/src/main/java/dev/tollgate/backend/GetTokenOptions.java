package dev.tollgate.backend;

import static dev.tollgate.internal.BuilderChecks.requireUnset;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@link Sessions#getToken(String, GetTokenOptions)}, after those of Clerk's frontend
 * {@code session.getToken()}: which JWT template, the leeway before expiry within which a cached token is no
 * longer handed out, and whether to skip the cache. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @see <a href="https://clerk.com/docs/reference/javascript/session#get-token">Clerk: Session.getToken()</a>
 */
public final class GetTokenOptions {

  /** Default leeway: a cached token is reused until it is within 10 seconds of its {@code exp}. */
  public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(10);

  /** Largest leeway accepted: 1 hour. */
  public static final Duration MAX_LEEWAY = Duration.ofHours(1);

  private static final GetTokenOptions DEFAULTS = new GetTokenOptions(null, DEFAULT_LEEWAY, false);

  private final @Nullable String template;
  private final Duration leeway;
  private final boolean skipCache;

  private GetTokenOptions(@Nullable String template, Duration leeway, boolean skipCache) {
    this.template = template;
    this.leeway = leeway;
    this.skipCache = skipCache;
  }

  /**
   * The defaults: a session token (no template), {@link #DEFAULT_LEEWAY}, the cache used.
   *
   * @return the shared default options
   */
  public static GetTokenOptions defaults() {
    return DEFAULTS;
  }

  /** @return a new builder; not thread-safe */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the JWT template's name; empty for a session token */
  public Optional<String> template() {
    return Optional.ofNullable(template);
  }

  /** @return how close to its {@code exp} a cached token may be and still be reused (exclusive) */
  public Duration leeway() {
    return leeway;
  }

  /** @return {@code true} to mint a new token even when a cached one is still good */
  public boolean skipCache() {
    return skipCache;
  }

  @Override
  public String toString() {
    return "GetTokenOptions[template=" + template + ", leeway=" + leeway + ", skipCache=" + skipCache + "]";
  }

  /** Builds {@link GetTokenOptions}; each option may be set once. Not thread-safe. */
  public static final class Builder {
    private @Nullable String template;
    private @Nullable Duration leeway;
    private @Nullable Boolean skipCache;

    private Builder() {}

    /**
     * Mint from this JWT template instead of a session token ({@code POST …/tokens/{template}}).
     *
     * @param name the template's name as in Clerk's dashboard, for example {@code "supabase"}; no {@code /} or
     *     whitespace
     * @return this builder
     * @throws IllegalArgumentException if the name cannot be a path segment
     */
    public Builder template(String name) {
      requireUnset(template, "template");
      this.template = PathSegments.check(name, "template");
      return this;
    }

    /**
     * The leeway. Default {@link #DEFAULT_LEEWAY}; zero allowed, at most {@link #MAX_LEEWAY}.
     *
     * @param leeway the leeway
     * @return this builder
     */
    public Builder leeway(Duration leeway) {
      requireUnset(this.leeway, "leeway");
      Objects.requireNonNull(leeway, "leeway");
      if (leeway.isNegative() || leeway.compareTo(MAX_LEEWAY) > 0) {
        throw new IllegalArgumentException("leeway must be between 0 and 1 hour");
      }
      this.leeway = leeway;
      return this;
    }

    /**
     * Skip the cache: always ask the Backend API for a new token (which then replaces the cached one). Default
     * {@code false}.
     *
     * @param skip whether to skip the cache
     * @return this builder
     */
    public Builder skipCache(boolean skip) {
      requireUnset(skipCache, "skipCache");
      this.skipCache = skip;
      return this;
    }

    /** @return the options */
    public GetTokenOptions build() {
      return new GetTokenOptions(template, leeway != null ? leeway : DEFAULT_LEEWAY,
          skipCache != null && skipCache);
    }
  }
}
