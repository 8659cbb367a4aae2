package dev.tollgate.test.spring;

import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.web.RequestAuthenticator;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MockMvc request post-processors that put a real session token on a request, so that it goes through the
 * application's real Spring Security chain and Tollgate's real verification: unlike a post-processor that sets a
 * ready-made {@code Authentication}, nothing is bypassed, and a token the application would refuse is refused.
 *
 * <p>{@code mockMvc.perform(get("/api/reports").with(TollgateMockMvc.bearer(issuer.token().orgRole("admin"))))}.
 * A {@link TokenSpec} is signed when the request is built, so its clock reading is the request's. Stateless and
 * thread-safe. Needs {@code spring-test} (and the Servlet API) on the test class path.
 */
public final class TollgateMockMvc {

  private TollgateMockMvc() {}

  /**
   * @param token what the token says; signed when the request is built
   * @return a post-processor adding {@code Authorization: Bearer <token>}
   */
  public static RequestPostProcessor bearer(TokenSpec token) {
    Objects.requireNonNull(token, "token");
    return request -> {
      request.addHeader("Authorization", "Bearer " + token.sign());
      return request;
    };
  }

  /**
   * @param token a signed session token
   * @return a post-processor adding {@code Authorization: Bearer <token>}
   */
  public static RequestPostProcessor bearer(String token) {
    Objects.requireNonNull(token, "token");
    return request -> {
      request.addHeader("Authorization", "Bearer " + token);
      return request;
    };
  }

  /**
   * @param token what the token says; signed when the request is built
   * @return a post-processor adding the {@value RequestAuthenticator#SESSION_COOKIE} cookie, as a browser sends it
   */
  public static RequestPostProcessor sessionCookie(TokenSpec token) {
    Objects.requireNonNull(token, "token");
    return request -> {
      addCookie(request, token.sign());
      return request;
    };
  }

  /**
   * @param token a signed session token
   * @return a post-processor adding the {@value RequestAuthenticator#SESSION_COOKIE} cookie, as a browser sends it
   */
  public static RequestPostProcessor sessionCookie(String token) {
    Objects.requireNonNull(token, "token");
    return request -> {
      addCookie(request, token);
      return request;
    };
  }

  private static void addCookie(org.springframework.mock.web.MockHttpServletRequest request, String token) {
    List<Cookie> cookies = new ArrayList<>();
    if (request.getCookies() != null) {
      cookies.addAll(Arrays.asList(request.getCookies()));
    }
    cookies.add(new Cookie(RequestAuthenticator.SESSION_COOKIE, token));
    request.setCookies(cookies.toArray(Cookie[]::new));
  }
}
