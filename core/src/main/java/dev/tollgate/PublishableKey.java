package dev.tollgate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * A Clerk publishable key ({@code pk_test_…} or {@code pk_live_…}): the base64 of the Frontend API host
 * followed by {@code $}. From it Tollgate derives the Frontend API's JWKS URL, the issuer every token of the
 * instance carries ({@code https://<host>}), and the suffix Clerk appends to cookie names
 * ({@code __session_<suffix>}).
 *
 * <p>A publishable key is public (it ships to browsers), so it may appear in messages. Immutable and
 * thread-safe.
 */
public final class PublishableKey {

  private final String key;
  private final String frontendApiHost;
  private final boolean live;

  private PublishableKey(String key, String frontendApiHost, boolean live) {
    this.key = key;
    this.frontendApiHost = frontendApiHost;
    this.live = live;
  }

  /**
   * Parses a publishable key.
   *
   * @param key for example {@code pk_test_Y2xlcmsuZXhhbXBsZS5jb20k}
   * @return the parsed key
   * @throws IllegalArgumentException if the prefix, the base64 or the encoded host is wrong
   */
  public static PublishableKey parse(String key) {
    Objects.requireNonNull(key, "publishableKey");
    String trimmed = key.strip();
    boolean live = trimmed.startsWith("pk_live_");
    if (!live && !trimmed.startsWith("pk_test_")) {
      throw new IllegalArgumentException("publishableKey must start with pk_test_ or pk_live_");
    }
    String encoded = trimmed.substring("pk_test_".length());
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("publishableKey is not valid base64 after its pk_ prefix");
    }
    if (!decoded.endsWith("$") || decoded.length() < 2) {
      throw new IllegalArgumentException("publishableKey does not encode a Frontend API host ending in '$'");
    }
    String host = decoded.substring(0, decoded.length() - 1);
    if (!host.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
      throw new IllegalArgumentException("publishableKey encodes an invalid Frontend API host");
    }
    return new PublishableKey(trimmed, host, live);
  }

  /** @return the Frontend API host, for example {@code clerk.example.com} */
  public String frontendApiHost() {
    return frontendApiHost;
  }

  /** @return the issuer of the instance's tokens: {@code https://<frontend api host>} */
  public String issuer() {
    return "https://" + frontendApiHost;
  }

  /** @return the Frontend API's JWKS URL: {@code https://<host>/.well-known/jwks.json} */
  public URI jwksUrl() {
    return URI.create(issuer() + "/.well-known/jwks.json");
  }

  /** @return {@code true} for a production key ({@code pk_live_}) */
  public boolean isLive() {
    return live;
  }

  /**
   * The suffix Clerk appends to its cookie names for this instance: the first 8 characters of the base64url
   * SHA-1 of the publishable key.
   *
   * @return for example {@code vWCgMp3A}
   */
  public String cookieSuffix() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().encodeToString(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", missing);
    }
  }

  /** @return the key itself (publishable keys are public) */
  @Override
  public String toString() {
    return key;
  }
}
