package dev.tollgate.backend;

import java.time.Duration;
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

  GetTokenOptions(@Nullable String template, Duration leeway, boolean skipCache) {
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

  /**
   * Starts options; unset options keep their defaults.
   *
   * @return a new builder; not thread-safe
   */
  public static GetTokenOptionsBuilder builder() {
    return new GetTokenOptionsBuilder();
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
}
