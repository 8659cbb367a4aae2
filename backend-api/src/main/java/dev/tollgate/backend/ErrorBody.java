package dev.tollgate.backend;

import dev.tollgate.internal.CappedBody;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Clerk's error body, read leniently: {@code {"errors": [{"message", "long_message", "code"}],
 * "clerk_trace_id"}}. Anything else (HTML from a proxy, an empty body) gives no entries and no trace id. Every
 * text is cleaned ({@link ClerkError}) and any occurrence of the secret key is replaced, so nothing read here can
 * leak it into a message or a log.
 */
final class ErrorBody {

  private static final String REDACTED = "[secret key]";

  private final List<ClerkError> errors;
  private final @Nullable String traceId;

  private ErrorBody(List<ClerkError> errors, @Nullable String traceId) {
    this.errors = errors;
    this.traceId = traceId;
  }

  List<ClerkError> errors() {
    return errors;
  }

  @Nullable String traceId() {
    return traceId;
  }

  static ErrorBody parse(CappedBody body, String secretKey) {
    if (body.truncated() || body.bytes().length == 0) {
      return new ErrorBody(List.of(), null);
    }
    JsonFields json;
    try {
      json = JsonFields.parse(body.bytes());
    } catch (JsonShapeException notJson) {
      return new ErrorBody(List.of(), null);
    }
    List<ClerkError> errors = new ArrayList<>();
    List<@Nullable Object> entries = lenient(() -> json.optionalArray("errors"));
    if (entries != null) {
      for (Object entry : entries) {
        JsonFields error = lenient(() -> JsonFields.of(entry, "errors[]"));
        if (error != null) {
          errors.add(new ClerkError(text(error, "code", secretKey), text(error, "message", secretKey),
              lenient(() -> redact(error.optionalString("long_message"), secretKey))));
        }
      }
    }
    String traceId = lenient(() -> redact(json.optionalString("clerk_trace_id"), secretKey));
    return new ErrorBody(List.copyOf(errors), traceId == null ? null : ClerkError.clean(traceId));
  }

  private static String text(JsonFields error, String name, String secretKey) {
    String value = lenient(() -> redact(error.optionalString(name), secretKey));
    return value == null ? "" : value;
  }

  private static @Nullable String redact(@Nullable String text, String secretKey) {
    return text == null ? null : text.replace(secretKey, REDACTED);
  }

  private interface Read<T> {
    @Nullable T get();
  }

  private static <T> @Nullable T lenient(Read<T> read) {
    try {
      return read.get();
    } catch (JsonShapeException wrongShape) {
      return null;
    }
  }
}
