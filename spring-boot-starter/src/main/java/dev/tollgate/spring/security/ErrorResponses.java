package dev.tollgate.spring.security;

import dev.tollgate.web.ErrorResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes an {@link ErrorResponse} to a servlet response, byte for byte as the servlet filter does. Stateless. */
final class ErrorResponses {

  private ErrorResponses() {}

  static void send(HttpServletResponse response, ErrorResponse answer) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(answer.status());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    byte[] body = answer.body().getBytes(StandardCharsets.US_ASCII);
    response.setContentType(answer.contentType());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
