package dev.tollgate.web;

import dev.tollgate.PublishableKey;
import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Verifiers, requests and the publishable-key vector the request-authentication tests share. */
final class WebTestSupport {

  /** Clerk's test publishable key (clerk-fixtures js-backend/pkTest.txt). */
  static final String PUBLISHABLE_KEY = Fixtures.text("js-backend/pkTest.txt").strip();
  /** Its cookie suffix as Clerk's tests state it (PROVENANCE.md: pkTest -> vWCgMp3A). */
  static final String SUFFIXED_COOKIE = "__session_vWCgMp3A";
  /** The issuer the publishable key pins: {@code https://} and its Frontend API host. */
  static final String PUBLISHABLE_KEY_ISSUER = PublishableKey.parse(PUBLISHABLE_KEY).issuer();

  private WebTestSupport() {}

  /** A networkless verifier for {@link TestKeys#PRIMARY} at {@link TestTokens#NOW}. */
  static SessionVerifier verifier() {
    return SessionVerifier.builder()
        .jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC))
        .build();
  }

  /** {@link #verifier()} built with {@link #PUBLISHABLE_KEY}, so it also pins {@link #PUBLISHABLE_KEY_ISSUER}. */
  static SessionVerifier verifierWithPublishableKey() {
    return SessionVerifier.builder()
        .jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC))
        .publishableKey(PUBLISHABLE_KEY)
        .build();
  }

  /** A valid token for {@code userId} from the instance of {@link #PUBLISHABLE_KEY}. */
  static String instanceTokenFor(String userId) {
    return TestTokens.token().claim("sub", userId).claim("iss", PUBLISHABLE_KEY_ISSUER).build();
  }

  static String validToken() {
    return TestTokens.token().build();
  }

  static String tokenFor(String userId) {
    return TestTokens.token().claim("sub", userId).build();
  }

  static String expiredToken() {
    return TestTokens.token().issuedAt(TestTokens.NOW.minusSeconds(600)).build();
  }

  /** A request with the given header lines: name, value, name, value... */
  static RequestCredentials request(String... nameValues) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      headers.computeIfAbsent(nameValues[i], name -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
    }
    return RequestCredentials.of(headers);
  }
}
