package dev.tollgate.backend;

import static dev.tollgate.internal.BuilderChecks.requireUnset;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link GetTokenOptions}, obtained from {@link GetTokenOptions#builder()}. Each option may be set once (a
 * second set throws {@link IllegalStateException}); unset options keep the defaults of
 * {@link GetTokenOptions#defaults()}. Not thread-safe; the options it builds are immutable.
 */
public final class GetTokenOptionsBuilder {

  private @Nullable String template;
  private @Nullable Duration leeway;
  private @Nullable Boolean skipCache;

  GetTokenOptionsBuilder() {}

  /**
   * Mint from this JWT template instead of a session token ({@code POST …/tokens/{template}}). Default: none, a
   * session token.
   *
   * @param name the template's name as in Clerk's dashboard, for example {@code "supabase"}; no {@code /} or
   *     whitespace
   * @return this builder
   * @throws IllegalArgumentException if the name cannot be a path segment
   * @throws IllegalStateException if the template was already set
   */
  public GetTokenOptionsBuilder template(String name) {
    requireUnset(template, "template");
    this.template = PathSegments.check(name, "template");
    return this;
  }

  /**
   * The leeway. Default {@link GetTokenOptions#DEFAULT_LEEWAY}.
   *
   * @param leeway zero up to {@link GetTokenOptions#MAX_LEEWAY}
   * @return this builder
   * @throws IllegalArgumentException if the leeway is negative or longer than {@link GetTokenOptions#MAX_LEEWAY}
   * @throws IllegalStateException if the leeway was already set
   */
  public GetTokenOptionsBuilder leeway(Duration leeway) {
    requireUnset(this.leeway, "leeway");
    Objects.requireNonNull(leeway, "leeway");
    if (leeway.isNegative() || leeway.compareTo(GetTokenOptions.MAX_LEEWAY) > 0) {
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
   * @throws IllegalStateException if it was already set
   */
  public GetTokenOptionsBuilder skipCache(boolean skip) {
    requireUnset(skipCache, "skipCache");
    this.skipCache = skip;
    return this;
  }

  /**
   * Builds the options. No two options conflict: each is checked when it is set.
   *
   * @return immutable, thread-safe options
   */
  public GetTokenOptions build() {
    return new GetTokenOptions(template, leeway != null ? leeway : GetTokenOptions.DEFAULT_LEEWAY,
        skipCache != null && skipCache);
  }
}
