package dev.tollgate.spring.reactive;

import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestCredentials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * Core's framework-free HTTP decision ({@link dev.tollgate.web}) on Spring's reactive request and response: the
 * credentials a request carries, and an {@link ErrorResponse} written as the servlet filter writes it (status,
 * headers, content type, length, body). Nothing here blocks. Stateless and thread-safe.
 */
public final class ReactiveExchanges {

  private ReactiveExchanges() {}

  /**
   * The request's headers as core reads credentials from them ({@code Authorization}, {@code Cookie}), by name
   * and case-insensitively. Core reads them before {@code authenticateAsync} returns.
   *
   * @param request the request
   * @return a view of the request's headers; absent headers give an empty list
   */
  public static RequestCredentials credentials(ServerHttpRequest request) {
    HttpHeaders headers = request.getHeaders();
    return name -> {
      List<String> values = headers.get(name);
      return values != null ? values : List.of();
    };
  }

  /**
   * Writes a refusal and completes the response. Headers the answer names replace the response's own.
   *
   * @param response an uncommitted response
   * @param answer what to send
   * @return completes when the body is written; fails with {@link IllegalStateException} if the response is
   *     already committed
   */
  public static Mono<Void> send(ServerHttpResponse response, ErrorResponse answer) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(answer, "answer");
    if (response.isCommitted()) {
      return Mono.error(new IllegalStateException("the response is already committed"));
    }
    response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
    HttpHeaders headers = response.getHeaders();
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    byte[] body = answer.body().getBytes(StandardCharsets.US_ASCII);
    headers.setContentType(MediaType.parseMediaType(answer.contentType()));
    headers.setContentLength(body.length);
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }
}
