package dev.tollgate.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Clerk's settings, under {@value #PREFIX}: the names are those of Clerk's environment variables, so
 * {@code CLERK_SECRET_KEY}, {@code CLERK_JWT_KEY}, {@code CLERK_JWKS_URL}, {@code CLERK_API_URL},
 * {@code CLERK_PUBLISHABLE_KEY} and {@code CLERK_AUTHORIZED_PARTIES} bind through Spring Boot's relaxed binding.
 *
 * <p>One key source is used, in the precedence of Clerk's JavaScript SDK: {@code jwt-key} &gt; {@code jwks-url}
 * &gt; {@code secret-key}; {@code publishable-key} alone is a key source too (the Frontend API JWKS), and always
 * pins the issuer and names the suffixed session cookie. At least one is required. Values are checked when the
 * verifier is created; errors name the property, never its value. Absent values are {@code null}.
 *
 * <p>A mutable bean for Spring's binder; not thread-safe while it is bound, read-only afterwards.
 */
@ConfigurationProperties(prefix = ClerkProperties.PREFIX)
public class ClerkProperties {

  /** The prefix of these properties: {@value}. */
  public static final String PREFIX = "clerk";

  /** Backend API secret key (sk_...); fetches the signing keys from the Backend API. Never logged. */
  private @Nullable String secretKey;

  /** Publishable key (pk_...): pins the token issuer and names the __session_<suffix> cookie. */
  private @Nullable String publishableKey;

  /** Networkless RSA public key (PEM, or the one-line base64 of Clerk's dashboard); no key fetches. */
  private @Nullable String jwtKey;

  /** JWKS URL to fetch the signing keys from. */
  private @Nullable String jwksUrl;

  /** Backend API base URL, used with the secret key only. */
  private @Nullable String apiUrl;

  /** Origins allowed in the token's azp claim, for example https://app.example.com; empty means not checked. */
  private List<String> authorizedParties = new ArrayList<>();

  /** @return the secret key, or {@code null} */
  public @Nullable String getSecretKey() {
    return secretKey;
  }

  /** @param secretKey the secret key */
  public void setSecretKey(@Nullable String secretKey) {
    this.secretKey = secretKey;
  }

  /** @return the publishable key, or {@code null} */
  public @Nullable String getPublishableKey() {
    return publishableKey;
  }

  /** @param publishableKey the publishable key */
  public void setPublishableKey(@Nullable String publishableKey) {
    this.publishableKey = publishableKey;
  }

  /** @return the PEM public key, or {@code null} */
  public @Nullable String getJwtKey() {
    return jwtKey;
  }

  /** @param jwtKey the PEM public key */
  public void setJwtKey(@Nullable String jwtKey) {
    this.jwtKey = jwtKey;
  }

  /** @return the JWKS URL, or {@code null} */
  public @Nullable String getJwksUrl() {
    return jwksUrl;
  }

  /** @param jwksUrl the JWKS URL */
  public void setJwksUrl(@Nullable String jwksUrl) {
    this.jwksUrl = jwksUrl;
  }

  /** @return the Backend API base URL, or {@code null} */
  public @Nullable String getApiUrl() {
    return apiUrl;
  }

  /** @param apiUrl the Backend API base URL */
  public void setApiUrl(@Nullable String apiUrl) {
    this.apiUrl = apiUrl;
  }

  /** @return the authorized parties; empty when not checked */
  public List<String> getAuthorizedParties() {
    return authorizedParties;
  }

  /** @param authorizedParties the authorized parties */
  public void setAuthorizedParties(List<String> authorizedParties) {
    this.authorizedParties = new ArrayList<>(authorizedParties);
  }
}
