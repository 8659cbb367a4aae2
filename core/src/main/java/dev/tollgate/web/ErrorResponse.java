package dev.tollgate.web;

import dev.tollgate.Reverification;
import dev.tollgate.internal.JsonText;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP answer to a refused request: status, headers and a JSON body, framework-free so a filter and a
 * gateway send the same bytes.
 *
 * <ul>
 *   <li>{@link AuthResult.SignedOut}: 401 (400 for {@code invalid_request}) with
 *       {@code WWW-Authenticate: Bearer realm="…", error="…", error_description="…"} (no error attribute when no
 *       token was sent, RFC 6750 §3.1).</li>
 *   <li>{@link AuthResult.Unavailable}: 503 with {@code Retry-After} in whole seconds, rounded up, at least 1.</li>
 *   <li>{@link #insufficientScope(String, String)}: 403 with {@code error="insufficient_scope"}.</li>
 *   <li>{@link #reverificationRequired(Reverification)}: 403 with the body Clerk's front end understands.</li>
 * </ul>
 *
 * <p>Bodies other than the reverification one are RFC 9457 problem details ({@code application/problem+json}):
 * {@code {"type":"about:blank","title":…,"status":…,"detail":…,"error":…,"reason":…}}, where {@code error} is
 * the RFC 6750 code (absent when there is none) and {@code reason} the {@link AuthResult.SignedOut#reason()}
 * code. Bodies are ASCII. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">RFC 6750 §3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457 (problem details)</a>
 */
public final class ErrorResponse {

  /** Media type of the problem bodies: {@value}. */
  public static final String PROBLEM_JSON = "application/problem+json";

  /** Media type of the reverification body: {@value}. */
  public static final String JSON = "application/json";

  private static final String UNAVAILABLE_DETAIL =
      "The session token could not be checked because the signing keys are unavailable. Retry later.";

  private final int status;
  private final Map<String, String> headers;
  private final String contentType;
  private final String body;

  private ErrorResponse(int status, Map<String, String> headers, String contentType, String body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.contentType = contentType;
    this.body = body;
  }

  /**
   * The answer to a request that must be signed in but is not.
   *
   * @param result a {@link AuthResult.SignedOut} or {@link AuthResult.Unavailable}
   * @param realm the realm of the challenge; see {@link BearerChallenge#requireValidRealm(String)}
   * @return the response
   * @throws IllegalArgumentException if the result is {@link AuthResult.SignedIn} or the realm is not valid
   */
  public static ErrorResponse refusing(AuthResult result, String realm) {
    Objects.requireNonNull(result, "result");
    BearerChallenge.requireValidRealm(realm);
    if (result instanceof AuthResult.Unavailable unavailable) {
      Duration retryAfter = unavailable.retryAfter();
      return new ErrorResponse(503, Map.of("Retry-After", Long.toString(retryAfterSeconds(retryAfter))),
          PROBLEM_JSON, problem(503, UNAVAILABLE_DETAIL, null, AuthResult.Unavailable.REASON_KEYS_UNAVAILABLE));
    }
    if (!(result instanceof AuthResult.SignedOut out)) {
      throw new IllegalArgumentException("a signed-in request is not refused");
    }
    BearerError error = out.error().orElse(null);
    String detail = BearerChallenge.sanitize(out.message());
    return new ErrorResponse(out.httpStatus(),
        Map.of("WWW-Authenticate", BearerChallenge.header(realm, error, detail)),
        PROBLEM_JSON, problem(out.httpStatus(), detail, error, out.reason().code()));
  }

  /**
   * 403 for a signed-in session that lacks a role, permission or other grant.
   *
   * @param realm the realm of the challenge
   * @param description what is missing, for example {@code "The organization role org:admin is required."};
   *     sanitised
   * @return the response
   */
  public static ErrorResponse insufficientScope(String realm, String description) {
    String detail = BearerChallenge.sanitize(Objects.requireNonNull(description, "description"));
    return new ErrorResponse(403,
        Map.of("WWW-Authenticate", BearerChallenge.header(realm, BearerError.INSUFFICIENT_SCOPE, detail)),
        PROBLEM_JSON, problem(403, detail, BearerError.INSUFFICIENT_SCOPE, "insufficient-scope"));
  }

  /**
   * 403 asking the user to verify a factor again, with exactly the body of Clerk's
   * {@code reverificationErrorResponse}, which Clerk's front end turns into a reverification prompt:
   * {@code {"clerk_error":{"type":"forbidden","reason":"reverification-error","metadata":{"reverification":
   * {"level":"second_factor","afterMinutes":10}}}}}.
   *
   * @param required the requirement the session failed
   * @return the response, {@code application/json}, without {@code WWW-Authenticate}
   */
  public static ErrorResponse reverificationRequired(Reverification required) {
    Objects.requireNonNull(required, "required");
    String body = "{\"clerk_error\":{\"type\":\"forbidden\",\"reason\":\"reverification-error\",\"metadata\":"
        + "{\"reverification\":{\"level\":\"" + required.level().clerkName() + "\",\"afterMinutes\":"
        + required.afterMinutes() + "}}}}";
    return new ErrorResponse(403, Map.of(), JSON, body);
  }

  /**
   * {@code Retry-After} seconds for a retry hint: rounded up, at least 1.
   *
   * @param retryAfter the hint
   * @return whole seconds, at least 1
   */
  public static long retryAfterSeconds(Duration retryAfter) {
    long millis = Objects.requireNonNull(retryAfter, "retryAfter").toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  /** @return the HTTP status: 400, 401, 403 or 503 */
  public int status() {
    return status;
  }

  /** @return the headers to set besides {@code Content-Type}; unmodifiable; at most one value each */
  public Map<String, String> headers() {
    return headers;
  }

  /** @return the body's media type: {@link #PROBLEM_JSON} or {@link #JSON} */
  public String contentType() {
    return contentType;
  }

  /** @return the body, ASCII JSON */
  public String body() {
    return body;
  }

  private static String problem(int status, String detail, @Nullable BearerError error, String reason) {
    return JsonText.writeAscii(json -> {
      json.writeStartObject();
      json.writeStringField("type", "about:blank");
      json.writeStringField("title", title(status));
      json.writeNumberField("status", status);
      json.writeStringField("detail", detail);
      if (error != null) {
        json.writeStringField("error", error.code());
      }
      json.writeStringField("reason", reason);
      json.writeEndObject();
    });
  }

  private static String title(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      default:
        return "Service Unavailable";
    }
  }

  @Override
  public String toString() {
    return "ErrorResponse[" + status + " " + headers + "]";
  }
}
