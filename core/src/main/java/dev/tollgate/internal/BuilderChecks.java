package dev.tollgate.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Option checks shared by Tollgate's builders: set-once options, the URLs keys and APIs may come from, and the
 * HTTP clients that call them.
 */
public final class BuilderChecks {

  private BuilderChecks() {}

  /** @throws IllegalStateException if the option already has a value: every option is set once */
  public static void requireUnset(@Nullable Object current, String option) {
    if (current != null) {
      throw new IllegalStateException(option + " was already set");
    }
  }

  /**
   * Accepts an absolute URL without user info, query or fragment that uses https, or plain http to a
   * loopback host (local development). Host names other than {@code localhost} are never resolved.
   *
   * @throws IllegalArgumentException naming the option otherwise
   */
  public static URI requireHttpsOrLoopback(URI url, String option) {
    Objects.requireNonNull(url, option);
    if (!url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw new IllegalArgumentException(option
          + " must be an absolute http(s) URL without user info, query or fragment");
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopback(url.getHost()))) {
      return url;
    }
    throw new IllegalArgumentException(option + " must use https (plain http is allowed only to a loopback host)");
  }

  /**
   * Refuses an HTTP client that follows redirects: the JDK's client resends every request header, the secret
   * key's {@code Authorization: Bearer} included, to wherever a redirect points, another origin too.
   *
   * @param client the client given to a builder, or {@code null} when the builder makes its own
   * @throws IllegalStateException naming {@code httpClient} when its redirect policy is not
   *     {@link HttpClient.Redirect#NEVER}
   */
  public static void requireNoRedirects(@Nullable HttpClient client) {
    if (client != null && client.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalStateException("httpClient must not follow redirects (build it with"
          + " followRedirects(HttpClient.Redirect.NEVER)): the JDK resends the Authorization header, with the secret"
          + " key, to the redirect's target");
    }
  }

  /**
   * Checks a Clerk secret key ({@code sk_live_…}/{@code sk_test_…}) without ever echoing it.
   *
   * @return the key without surrounding whitespace
   * @throws IllegalArgumentException if it is empty, not printable ASCII, or a publishable key
   */
  public static String requireSecretKey(String secretKey) {
    Objects.requireNonNull(secretKey, "secretKey");
    String key = secretKey.strip();
    if (key.isEmpty() || key.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new IllegalArgumentException("secretKey must be a non-empty printable ASCII string");
    }
    if (key.startsWith("pk_")) {
      throw new IllegalArgumentException("secretKey looks like a publishable key (pk_…), not a secret key");
    }
    return key;
  }

  static boolean isLoopback(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }
}
