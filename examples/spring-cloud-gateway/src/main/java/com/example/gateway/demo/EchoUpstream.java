package com.example.gateway.demo;

import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.examples.support.Responses;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The service behind the demo's gateway: answers every request 200 with its path and the {@value #PREFIX}* headers
 * it received, names as sent, so a {@code curl} shows what the gateway forwarded and that a header the client forged
 * never arrives. Trusts nothing and checks nothing: only the gateway may reach it. Thread-safe.
 */
final class EchoUpstream extends Handler.Abstract.NonBlocking implements AutoCloseable {

  /** The identity headers' prefix: {@value}. */
  static final String PREFIX = "X-Clerk-";
  /** The JSON member holding the received identity headers: {@value}. */
  static final String RECEIVED = "receivedIdentityHeaders";

  private final LoopbackServer server;

  private EchoUpstream(LoopbackServer server) {
    this.server = server;
  }

  /**
   * Starts the upstream on {@code 127.0.0.1}.
   *
   * @param port the port, or 0 for a free one
   * @return the running upstream
   * @throws IOException if the port is taken
   */
  static EchoUpstream start(int port) throws IOException {
    LoopbackServer server = LoopbackServer.bind("upstream", port);
    EchoUpstream upstream = new EchoUpstream(server);
    server.start(upstream);
    return upstream;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String body = Json.write(json -> {
      json.writeStartObject();
      json.writeStringField("path", Request.getPathInContext(request));
      json.writeObjectFieldStart(RECEIVED);
      for (HttpField field : request.getHeaders()) {
        if (field.getName().toLowerCase(Locale.ROOT).startsWith(PREFIX.toLowerCase(Locale.ROOT))) {
          json.writeStringField(field.getName(), field.getValue());
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    });
    Responses.send(response, callback, 200, Responses.JSON, body);
    return true;
  }

  /** @return {@code http://127.0.0.1:<port>} */
  URI baseUrl() {
    return server.baseUrl();
  }

  /** Stops the upstream; idempotent. */
  @Override
  public void close() {
    server.close();
  }
}
