package dev.tollgate.backend;

/**
 * A response (or a JSON text given to {@link BackendSession#fromJson(String)}) that is not strict JSON or does not have
 * the expected shape. The message names the member, never echoes its value.
 */
final class JsonShapeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  JsonShapeException(String field, String problem) {
    super(field.isEmpty() ? problem : "\"" + field + "\" " + problem);
    this.field = field;
  }

  /** @return the member's path, for example {@code data[2].latest_activity.is_mobile}; empty for the whole text */
  String field() {
    return field;
  }
}
