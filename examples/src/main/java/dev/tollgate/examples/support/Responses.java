package dev.tollgate.examples.support;

import dev.tollgate.web.ErrorResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes complete responses from Jetty 12 core handlers. Every method writes asynchronously and completes the
 * handler's {@link Callback} when the bytes are written (or failed), so it may be called from any thread and
 * never blocks the caller. Stateless and thread-safe.
 */
public final class Responses {

  /** Media type of JSON answers: {@value}. */
  public static final String JSON = "application/json";

  private Responses() {}

  /**
   * Sends a whole response.
   *
   * @param response an uncommitted response
   * @param callback the handler's callback, completed when the write ends
   * @param status the HTTP status
   * @param contentType the media type; {@code charset=utf-8} is added to {@code text/*} types
   * @param body the body
   */
  public static void send(Response response, Callback callback, int status, String contentType, String body) {
    Objects.requireNonNull(body, "body");
    send(response, callback, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends a whole response with a binary body.
   *
   * @param response an uncommitted response
   * @param callback the handler's callback, completed when the write ends
   * @param status the HTTP status
   * @param contentType the media type, sent as is
   * @param body the body
   */
  public static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(callback, "callback");
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, withCharset(contentType));
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * Sends one of Tollgate's refusals (401, 400, 403 or 503) with its headers.
   *
   * @param response an uncommitted response
   * @param callback the handler's callback
   * @param answer the refusal
   */
  public static void send(Response response, Callback callback, ErrorResponse answer) {
    Objects.requireNonNull(answer, "answer");
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.getHeaders().put(header.getKey(), header.getValue());
    }
    send(response, callback, answer.status(), answer.contentType(), answer.body());
  }

  /**
   * Sends an RFC 9457 problem ({@link #problem}) as {@link ErrorResponse#PROBLEM_JSON}.
   *
   * @param response the response
   * @param callback completed when the body is written
   * @param status the HTTP status
   * @param title the short title
   * @param detail a message safe to show to the client
   */
  public static void sendProblem(Response response, Callback callback, int status, String title, String detail) {
    send(response, callback, status, ErrorResponse.PROBLEM_JSON, problem(status, title, detail));
  }

  /**
   * An RFC 9457 problem body for answers that are not authentication refusals (bad gateway, bad request...).
   *
   * @param status the HTTP status
   * @param title the short title, for example {@code "Bad Gateway"}
   * @param detail a message safe to show to the client
   * @return the JSON body, to send as {@link ErrorResponse#PROBLEM_JSON}
   */
  public static String problem(int status, String title, String detail) {
    return Json.write(json -> {
      json.writeStartObject();
      json.writeStringField("type", "about:blank");
      json.writeStringField("title", title);
      json.writeNumberField("status", status);
      json.writeStringField("detail", detail);
      json.writeEndObject();
    });
  }

  private static String withCharset(String contentType) {
    // JSON is UTF-8 by definition (RFC 8259 §8.1) and takes no charset parameter.
    boolean text = contentType.startsWith("text/");
    return text && !contentType.contains("charset") ? contentType + "; charset=utf-8" : contentType;
  }
}
