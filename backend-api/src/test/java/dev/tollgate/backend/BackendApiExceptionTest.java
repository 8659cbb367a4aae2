package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tollgate.backend.BackendApiException.ErrorKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BackendApiExceptionTest {

  @Test
  void isTransientWhenKindThenOnlyBusyDownOrNetwork() {
    EnumSet<ErrorKind> transientKinds = EnumSet.noneOf(ErrorKind.class);
    for (ErrorKind kind : ErrorKind.values()) {
      if (kind.isTransient()) {
        transientKinds.add(kind);
      }
    }

    assertEquals(
        EnumSet.of(ErrorKind.RATE_LIMITED, ErrorKind.SERVER_ERROR, ErrorKind.TIMEOUT, ErrorKind.CONNECTION_FAILED),
        transientKinds);
  }

  @Test
  void publicConstructorWhenUsedThenNoHttpDetails() {
    BackendApiException exception = new BackendApiException(ErrorKind.NOT_FOUND, "no such session");

    assertSame(ErrorKind.NOT_FOUND, exception.kind());
    assertEquals("no such session", exception.getMessage());
    assertEquals(OptionalInt.empty(), exception.status());
    assertEquals(List.of(), exception.errors());
    assertEquals(Optional.empty(), exception.traceId());
    assertEquals(Optional.empty(), exception.retryAfter());
  }

  @Test
  void codesWhenSeveralErrorsThenTheirCodesInOrder() {
    BackendApiException exception = new BackendApiException(ErrorKind.UNPROCESSABLE, "m", 422,
        List.of(new ClerkError("form_param_missing", "", null), new ClerkError("form_param_invalid", "", null)),
        "trace", Duration.ofSeconds(3), null);

    assertEquals(List.of("form_param_missing", "form_param_invalid"), exception.codes());
    assertEquals(OptionalInt.of(422), exception.status());
    assertEquals(Optional.of("trace"), exception.traceId());
    assertEquals(Optional.of(Duration.ofSeconds(3)), exception.retryAfter());
  }

  @Test
  void serializationWhenClerkErrorsPresentThenRoundTrips() throws Exception {
    BackendApiException original = new BackendApiException(ErrorKind.NOT_FOUND, "m", 404,
        List.of(new ClerkError("resource_not_found", "not found", "long")), "trace", Duration.ofSeconds(2), null);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }

    BackendApiException copy;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (BackendApiException) in.readObject();
    }

    assertEquals(original.errors(), copy.errors());
    assertEquals(original.traceId(), copy.traceId());
    assertEquals(original.retryAfter(), copy.retryAfter());
    assertSame(ErrorKind.NOT_FOUND, copy.kind());
  }

  @Test
  void copyWhenMadeThenSameDetailsNewMessageAndCause() {
    BackendApiException original = new BackendApiException(ErrorKind.RATE_LIMITED, "m", 429, List.of(), "t",
        Duration.ofSeconds(1), null);

    BackendApiException copy = original.copy("m2", original);

    assertEquals("m2", copy.getMessage());
    assertSame(original, copy.getCause());
    assertSame(ErrorKind.RATE_LIMITED, copy.kind());
    assertEquals(original.status(), copy.status());
    assertEquals(original.retryAfter(), copy.retryAfter());
  }
}
