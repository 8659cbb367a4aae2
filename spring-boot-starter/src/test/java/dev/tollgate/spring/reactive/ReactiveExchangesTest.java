package dev.tollgate.spring.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.RejectionReason;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestCredentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

class ReactiveExchangesTest {

  private static void assertWritten(ErrorResponse answer, MockServerHttpResponse response) {
    assertEquals(answer.status(), response.getStatusCode().value(), "status");
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      assertEquals(List.of(header.getValue()), response.getHeaders().get(header.getKey()), header.getKey());
    }
    assertEquals(answer.contentType(), String.valueOf(response.getHeaders().getContentType()), "content type");
    assertEquals(answer.body().length(), response.getHeaders().getContentLength(), "content length");
    assertEquals(answer.body(), response.getBodyAsString().block(Duration.ofSeconds(5)), "body");
  }

  @Test
  void sendWhenKeysUnavailableThen503WithRetryAfterAndProblemBody() {
    ErrorResponse answer = ErrorResponse.refusing(new AuthResult.Unavailable(Duration.ofSeconds(7), "keys down"),
        "api");
    MockServerHttpResponse response = new MockServerHttpResponse();

    ReactiveExchanges.send(response, answer).block(Duration.ofSeconds(5));

    assertEquals("7", response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), "Retry-After");
    assertWritten(answer, response);
  }

  @Test
  void sendWhenTokenRejectedThen401ChallengeReplacingTheResponsesOwnHeader() {
    ErrorResponse answer = ErrorResponse.refusing(
        new AuthResult.SignedOut(RejectionReason.TOKEN_EXPIRED, "the token expired"), "api");
    MockServerHttpResponse response = new MockServerHttpResponse();
    response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Realm\"");

    ReactiveExchanges.send(response, answer).block(Duration.ofSeconds(5));

    assertWritten(answer, response);
  }

  @Test
  void sendWhenResponseCommittedThenFailsWithoutWriting() {
    MockServerHttpResponse response = new MockServerHttpResponse();
    response.setComplete().block(Duration.ofSeconds(5));
    ErrorResponse answer = ErrorResponse.refusing(AuthResult.SignedOut.sessionTokenMissing(), "api");

    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> ReactiveExchanges.send(response, answer).block(Duration.ofSeconds(5)));

    assertEquals("the response is already committed", refused.getMessage());
  }

  @Test
  void credentialsWhenHeaderAskedInAnotherCaseThenFoundAndAbsentOnesEmpty() {
    MockServerHttpRequest request = MockServerHttpRequest.get("/").header("Authorization", "Bearer abc")
        .header("Cookie", "a=1", "__session=xyz").build();

    RequestCredentials credentials = ReactiveExchanges.credentials(request);

    assertEquals(List.of("Bearer abc"), credentials.headers("authorization"), "Authorization");
    assertEquals(List.of("a=1", "__session=xyz"), credentials.headers("COOKIE"), "Cookie");
    assertEquals(List.of(), credentials.headers("X-Missing"), "an absent header");
  }
}
