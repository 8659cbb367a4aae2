package dev.tollgate.servlet;

import dev.tollgate.AuthorizationCheck;
import dev.tollgate.Reverification;
import dev.tollgate.Session;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authorization helpers for handlers behind {@link TollgateFilter}. The {@code require*} methods return
 * {@code true} when the request may proceed; otherwise they have sent the answer and the handler returns:
 * 401/400/503 as the filter would when the request is not signed in (this also covers attach-only paths), 403
 * {@code insufficient_scope} when a role or permission is missing, and 403 with Clerk's reverification body
 * when a fresh factor verification is needed.
 *
 * <pre>{@code
 * if (!TollgateResponses.requireRole(request, response, "org:admin")) {
 *   return;
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe. Every method needs an uncommitted response.
 */
public final class TollgateResponses {

  private TollgateResponses() {}

  /**
   * Requires a signed-in session, for handlers on paths where the filter only attaches the result: when the
   * request is not signed in, answers as the filter does on required paths (401 with {@code WWW-Authenticate},
   * 400 {@code invalid_request}, or 503 with {@code Retry-After}) and returns empty.
   *
   * @param request the request the filter has seen (a request it never saw is answered 401)
   * @param response the response, untouched when signed in
   * @return the session, or empty when a refusal was sent
   * @throws IOException if writing the refusal fails
   */
  public static Optional<Session> requireSession(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuthResult result = TollgateRequests.result(request).orElseGet(AuthResult.SignedOut::sessionTokenMissing);
    if (result instanceof AuthResult.SignedIn signedIn) {
      return Optional.of(signedIn.session());
    }
    send(response, ErrorResponse.refusing(result, realm(request)));
    return Optional.empty();
  }

  /**
   * Requires a signed-in session whose active organization role is {@code role} (Clerk's {@code org:}
   * normalisation applies).
   *
   * @param request the request
   * @param response the response, for the refusal
   * @param role for example {@code "org:admin"}
   * @return {@code true} to proceed; {@code false} when a 401/400/503/403 has been sent
   * @throws IOException if writing the refusal fails
   * @throws IllegalArgumentException if {@code role} is blank, checked before anything is sent, whether the
   *     request is signed in or not
   */
  public static boolean requireRole(HttpServletRequest request, HttpServletResponse response, String role)
      throws IOException {
    Objects.requireNonNull(role, "role");
    return require(request, response, AuthorizationCheck.role(role),
        "The organization role " + role + " is required.");
  }

  /**
   * Requires a signed-in session whose active organization grants {@code permission}.
   *
   * @param request the request
   * @param response the response, for the refusal
   * @param permission for example {@code "org:invoices:manage"}
   * @return {@code true} to proceed; {@code false} when a refusal has been sent
   * @throws IOException if writing the refusal fails
   * @throws IllegalArgumentException if {@code permission} is blank, checked before anything is sent, whether the
   *     request is signed in or not
   */
  public static boolean requirePermission(HttpServletRequest request, HttpServletResponse response,
      String permission) throws IOException {
    Objects.requireNonNull(permission, "permission");
    return require(request, response, AuthorizationCheck.permission(permission),
        "The organization permission " + permission + " is required.");
  }

  /**
   * Requires a signed-in session with a fresh enough factor verification; otherwise sends Clerk's
   * reverification 403 (see {@link #sendReverificationRequired(HttpServletResponse, Reverification)}).
   *
   * @param request the request
   * @param response the response, for the refusal
   * @param reverification the requirement, for example {@link Reverification#STRICT}
   * @return {@code true} to proceed; {@code false} when a refusal has been sent
   * @throws IOException if writing the refusal fails
   */
  public static boolean requireReverification(HttpServletRequest request, HttpServletResponse response,
      Reverification reverification) throws IOException {
    Objects.requireNonNull(reverification, "reverification");
    Optional<Session> session = requireSession(request, response);
    if (session.isEmpty()) {
      return false;
    }
    if (!session.get().isReverified(reverification)) {
      sendReverificationRequired(response, reverification);
      return false;
    }
    return true;
  }

  /**
   * Sends 403 with {@code WWW-Authenticate: Bearer realm="…", error="insufficient_scope",
   * error_description="…"} and a problem body.
   *
   * @param request the request (for the filter's realm)
   * @param response the response
   * @param description what is missing; sanitised to the RFC 6750 charset
   * @throws IOException if writing fails
   */
  public static void sendInsufficientScope(HttpServletRequest request, HttpServletResponse response,
      String description) throws IOException {
    send(response, ErrorResponse.insufficientScope(realm(request), description));
  }

  /**
   * Sends 403 with the body Clerk's front end turns into a reverification prompt, for example
   * {@code {"clerk_error":{"type":"forbidden","reason":"reverification-error","metadata":{"reverification":
   * {"level":"second_factor","afterMinutes":10}}}}}.
   *
   * @param response the response
   * @param reverification the requirement; its level and minutes are sent
   * @throws IOException if writing fails
   */
  public static void sendReverificationRequired(HttpServletResponse response, Reverification reverification)
      throws IOException {
    send(response, ErrorResponse.reverificationRequired(reverification));
  }

  /**
   * Writes an {@link ErrorResponse}: status, headers, content type and body.
   *
   * @param response an uncommitted response
   * @param answer what to send
   * @throws IOException if writing fails
   * @throws IllegalStateException if the response is already committed
   */
  public static void send(HttpServletResponse response, ErrorResponse answer) throws IOException {
    Objects.requireNonNull(answer, "answer");
    if (response.isCommitted()) {
      throw new IllegalStateException("the response is already committed");
    }
    response.resetBuffer();
    response.setStatus(answer.status());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    byte[] body = answer.body().getBytes(StandardCharsets.US_ASCII);
    response.setContentType(answer.contentType());
    response.setContentLength(body.length);
    ServletOutputStream out = response.getOutputStream();
    out.write(body);
    out.flush();
  }

  /** The check is built by the caller before anything is sent, so a malformed name fails on every request. */
  private static boolean require(HttpServletRequest request, HttpServletResponse response,
      AuthorizationCheck grant, String missing) throws IOException {
    Optional<Session> session = requireSession(request, response);
    if (session.isEmpty()) {
      return false;
    }
    if (!session.get().has(grant)) {
      sendInsufficientScope(request, response, missing);
      return false;
    }
    return true;
  }

  private static String realm(HttpServletRequest request) {
    Object realm = request.getAttribute(TollgateRequests.REALM_ATTRIBUTE);
    return realm instanceof String ? (String) realm : TollgateFilter.DEFAULT_REALM;
  }
}
