package dev.tollgate.examples;

import dev.tollgate.examples.support.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP answer as the self-check sees it: status, headers and body, with the body's JSON members reachable by
 * dotted paths such as {@code organization.role}. Immutable and thread-safe.
 */
public final class Answer {

  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  private Answer(int status, Map<String, List<String>> headers, String body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * @param response a response read as a string
   * @return the answer
   */
  public static Answer of(HttpResponse<String> response) {
    return new Answer(response.statusCode(), response.headers().map(), response.body());
  }

  /**
   * @param status the status
   * @param headers header names (any case) to values
   * @param body the body
   * @return the answer
   */
  public static Answer of(int status, Map<String, List<String>> headers, String body) {
    return new Answer(status, Map.copyOf(headers), Objects.requireNonNull(body, "body"));
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the body text */
  public String body() {
    return body;
  }

  /**
   * @param name a header name, any case
   * @return its first value
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * A member of the JSON body.
   *
   * @param path member names separated by dots, for example {@code clerk_error.reason}
   * @return the value; empty when the body is not JSON, a member is missing, or the value is JSON null
   */
  public Optional<Object> json(String path) {
    Object current;
    try {
      current = Json.parse(body);
    } catch (IllegalArgumentException notJson) {
      return Optional.empty();
    }
    for (String name : path.split("\\.")) {
      if (!(current instanceof Map)) {
        return Optional.empty();
      }
      current = ((Map<?, ?>) current).get(name);
    }
    return Optional.ofNullable(current);
  }

  /**
   * @param path as {@link #json(String)}
   * @return the member as text, or {@code null} when absent
   */
  public @Nullable String jsonText(String path) {
    return json(path).map(String::valueOf).orElse(null);
  }
}
