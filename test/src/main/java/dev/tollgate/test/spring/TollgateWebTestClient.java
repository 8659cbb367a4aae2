package dev.tollgate.test.spring;

import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.web.RequestAuthenticator;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * {@code WebTestClient} configurers that put a real session token on every request of a client, so that it goes
 * through the application's real Spring Security chain and Tollgate's real verification, as {@link TollgateMockMvc}
 * does for MockMvc: a token the application would refuse is refused.
 *
 * <p>{@code webTestClient.mutateWith(TollgateWebTestClient.bearer(issuer.token().orgRole("admin"))).get()...}. A
 * {@link TokenSpec} is signed for each request as it is sent, so its clock reading is the request's. Stateless and
 * thread-safe. Needs {@code spring-test} and {@code spring-webflux} on the test class path.
 */
public final class TollgateWebTestClient {

  private TollgateWebTestClient() {}

  /**
   * @param token what the token says; signed for each request
   * @return a configurer adding {@code Authorization: Bearer <token>} to each request of the client
   */
  public static WebTestClientConfigurer bearer(TokenSpec token) {
    Objects.requireNonNull(token, "token");
    return bearerOf(token::sign);
  }

  /**
   * @param token a signed session token
   * @return a configurer adding {@code Authorization: Bearer <token>} to each request of the client
   */
  public static WebTestClientConfigurer bearer(String token) {
    Objects.requireNonNull(token, "token");
    return bearerOf(() -> token);
  }

  /**
   * @param token what the token says; signed for each request
   * @return a configurer adding the {@value RequestAuthenticator#SESSION_COOKIE} cookie to each request of the
   *     client, as a browser sends it; the request's other cookies are kept
   */
  public static WebTestClientConfigurer sessionCookie(TokenSpec token) {
    Objects.requireNonNull(token, "token");
    return sessionCookieOf(token::sign);
  }

  /**
   * @param token a signed session token
   * @return a configurer adding the {@value RequestAuthenticator#SESSION_COOKIE} cookie to each request of the
   *     client, as a browser sends it; the request's other cookies are kept
   */
  public static WebTestClientConfigurer sessionCookie(String token) {
    Objects.requireNonNull(token, "token");
    return sessionCookieOf(() -> token);
  }

  private static WebTestClientConfigurer bearerOf(Supplier<String> token) {
    return (builder, httpHandlerBuilder, connector) -> builder.filter((request, next) -> next.exchange(
        ClientRequest.from(request).header(HttpHeaders.AUTHORIZATION, "Bearer " + token.get()).build()));
  }

  private static WebTestClientConfigurer sessionCookieOf(Supplier<String> token) {
    return (builder, httpHandlerBuilder, connector) -> builder.filter((request, next) -> next.exchange(
        ClientRequest.from(request).cookie(RequestAuthenticator.SESSION_COOKIE, token.get()).build()));
  }
}
