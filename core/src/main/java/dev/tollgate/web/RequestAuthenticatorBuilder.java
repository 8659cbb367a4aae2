package dev.tollgate.web;

import dev.tollgate.PublishableKey;
import dev.tollgate.SessionVerifier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link RequestAuthenticator}. Each option may be set once (a second call throws
 * {@link IllegalStateException}). Not thread-safe; the authenticator it builds is.
 */
public final class RequestAuthenticatorBuilder {

  private final SessionVerifier verifier;
  private @Nullable PublishableKey publishableKey;

  RequestAuthenticatorBuilder(SessionVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  /**
   * The instance's publishable key, so the suffixed cookie {@code __session_<suffix>} Clerk sets for it is
   * read too, and preferred over {@code __session}. Default: none, only {@code __session} is read.
   *
   * @param publishableKey {@code pk_test_…} or {@code pk_live_…}
   * @return this builder
   * @throws IllegalArgumentException if it is not a valid publishable key
   */
  public RequestAuthenticatorBuilder publishableKey(String publishableKey) {
    if (this.publishableKey != null) {
      throw new IllegalStateException("publishableKey was already set");
    }
    this.publishableKey = PublishableKey.parse(Objects.requireNonNull(publishableKey, "publishableKey"));
    return this;
  }

  /**
   * Builds the authenticator.
   *
   * @return an immutable, thread-safe authenticator
   */
  public RequestAuthenticator build() {
    return new DefaultRequestAuthenticator(verifier,
        new TokenExtractor(publishableKey == null ? null : publishableKey.cookieSuffix()));
  }
}
