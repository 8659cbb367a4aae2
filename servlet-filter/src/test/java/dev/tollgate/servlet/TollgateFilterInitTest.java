package dev.tollgate.servlet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TollgateFilter#init(FilterConfig)} outside a container, with a plain FilterConfig. */
class TollgateFilterInitTest {

  /** A FilterConfig of fixed init-params and no servlet context. */
  private static FilterConfig config(Map<String, String> params) {
    return new FilterConfig() {
      @Override
      public String getFilterName() {
        return "tollgate";
      }

      @Override
      public ServletContext getServletContext() {
        return null;
      }

      @Override
      public String getInitParameter(String name) {
        return params.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(params.keySet());
      }
    };
  }

  @Test
  void initWhenNoKeySourceThenServletExceptionNamingTheSettings() {
    TollgateFilter filter = new TollgateFilter(name -> null);

    ServletException error = assertThrows(ServletException.class, () -> filter.init(config(Map.of())));

    assertEquals("Tollgate filter 'tollgate' is misconfigured: no key source: set jwt-key (or CLERK_JWT_KEY),"
        + " jwks-url (or CLERK_JWKS_URL), secret-key (or CLERK_SECRET_KEY) or publishable-key (or"
        + " CLERK_PUBLISHABLE_KEY)", error.getMessage());
  }

  @Test
  void initWhenSecretKeyMalformedThenMessageNeverEchoesIt() {
    TollgateFilter filter = new TollgateFilter(Map.of("CLERK_SECRET_KEY", "sk_live_abc\u0001def")::get);

    ServletException error = assertThrows(ServletException.class, () -> filter.init(config(Map.of())));

    assertFalse(error.getMessage().contains("abc"), error.getMessage());
    assertEquals("Tollgate filter 'tollgate' is misconfigured: environment variable CLERK_SECRET_KEY is invalid:"
        + " secretKey must be a non-empty printable ASCII string", error.getMessage());
  }

  @Test
  void initWhenInitParamNameUnknownThenServletExceptionNamingItNotItsValue() {
    TollgateFilter filter = new TollgateFilter(name -> null);

    ServletException error = assertThrows(ServletException.class, () -> filter.init(config(Map.of(
        "jwt-key", TestKeys.primaryPem(), "require-path", "/api/secret-area/*"))));

    assertEquals("Tollgate filter 'tollgate' is misconfigured: init-param require-path is unknown (the filter reads"
        + " jwt-key, jwks-url, secret-key, api-url, publishable-key, authorized-parties, require-paths,"
        + " pass-preflight-paths, realm, accept-pending, debug-headers)", error.getMessage());
    assertFalse(error.getMessage().contains("secret-area"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"require-paths", "pass-preflight-paths", "authorized-parties"})
  void initWhenListSettingYieldsNothingThenServletExceptionNamingIt(String setting) {
    TollgateFilter filter = new TollgateFilter(name -> null);
    Map<String, String> params = new HashMap<>(Map.of("jwt-key", TestKeys.primaryPem(), "require-paths", "/api/*"));
    params.put(setting, " , ,");

    ServletException error = assertThrows(ServletException.class, () -> filter.init(config(params)));

    assertTrue(error.getMessage().startsWith("Tollgate filter 'tollgate' is misconfigured: init-param " + setting
        + " is invalid: lists no "), error.getMessage());
  }

  @Test
  void initWhenBuiltProgrammaticallyThenInitParamsIgnored() throws Exception {
    try (SessionVerifier verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).build()) {
      TollgateFilter filter = TollgateFilter.builder(verifier).build();

      assertDoesNotThrow(() -> filter.init(config(Map.of("realm", "bad\"realm", "debug-headers", "maybe"))));
      filter.destroy();
      assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().issuedAt(java.time.Instant.now()).build())
          .userId(), "destroy() must not close a verifier it was given");
    }
  }

  @Test
  void doFilterWhenNotInitialisedThenIllegalState() {
    TollgateFilter filter = new TollgateFilter(name -> null);

    assertThrows(IllegalStateException.class, () -> filter.doFilter(null, null, null));
  }
}
