package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.CappedBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorBodyTest {

  private static final String SECRET = TestBackend.SECRET_KEY;

  private static ErrorBody parse(String body) {
    return ErrorBody.parse(CappedBody.of(body.getBytes(StandardCharsets.UTF_8), false), SECRET);
  }

  @Test
  void parseWhenClerkErrorBodyThenEntriesAndTraceId() {
    ErrorBody body = parse(TestSessions.errorBody("resource_not_found", "not found",
        "No session was found with id sess_1", "trace_abc"));

    assertEquals(List.of(new ClerkError("resource_not_found", "not found", "No session was found with id sess_1")),
        body.errors());
    assertEquals("trace_abc", body.traceId());
  }

  @Test
  void parseWhenSeveralEntriesSomeIncompleteThenAllKeptWithEmptyTexts() {
    ErrorBody body = parse("{\"errors\":[{\"code\":\"a\"},{\"message\":\"m\",\"long_message\":null},7]}");

    assertEquals(2, body.errors().size());
    assertEquals("a", body.errors().get(0).code());
    assertEquals("", body.errors().get(0).message());
    assertEquals("", body.errors().get(1).code());
    assertEquals(Optional.empty(), body.errors().get(1).longMessage());
    assertNull(body.traceId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "<html>Bad gateway</html>", "[]", "{\"errors\":\"boom\"}", "{\"errors\":[]}",
      "{\"clerk_trace_id\":5}"})
  void parseWhenNotClerkErrorBodyThenNoEntries(String text) {
    ErrorBody body = parse(text);

    assertTrue(body.errors().isEmpty());
    assertNull(body.traceId());
  }

  @Test
  void parseWhenBodyWasTruncatedThenNoEntries() {
    byte[] bytes = TestSessions.errorBody("c", "m", "l", "t").getBytes(StandardCharsets.UTF_8);

    assertTrue(ErrorBody.parse(CappedBody.of(bytes, true), SECRET).errors().isEmpty());
  }

  @Test
  void parseWhenTextsEchoTheSecretKeyThenRedacted() {
    ErrorBody body = parse(TestSessions.errorBody("authentication_invalid", "bad key " + SECRET,
        "The key " + SECRET + " is invalid", "t-" + SECRET));

    String all = body.errors() + " " + body.traceId();
    assertFalse(all.contains(SECRET), all);
    assertTrue(all.contains("[secret key]"));
  }
}
