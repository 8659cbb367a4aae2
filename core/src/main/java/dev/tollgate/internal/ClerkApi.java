package dev.tollgate.internal;

import java.net.URI;
import java.time.Duration;

/**
 * Where Clerk's Backend API is and how Tollgate connects to it by default: the one place these values are
 * written, for the verifier (keys from {@code /v1/jwks} with a secret key) and the Backend API client.
 */
public final class ClerkApi {

  /** The Backend API base URL: {@code https://api.clerk.com}. */
  public static final URI DEFAULT_API_URL = URI.create("https://api.clerk.com");

  /** Connect timeout of the HTTP clients Tollgate creates itself: 2 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private ClerkApi() {}

  /**
   * The versioned root of an API URL.
   *
   * @param apiUrl a base URL such as {@link #DEFAULT_API_URL}, with or without trailing slashes
   * @return the URL followed by {@code /v1}, without a trailing slash
   */
  public static String v1(URI apiUrl) {
    return apiUrl.toString().replaceAll("/+$", "") + "/v1";
  }
}
