package dev.tollgate.examples.testing;

import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.examples.support.Responses;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An upstream for gateway tests: answers 200 with {@code {"method":…,"pathQuery":…,"headers":{lower-case name:
 * [values]},"body":…}} and the response header {@code X-Upstream: seen}, and counts the requests it got.
 */
public final class RecordingUpstream implements AutoCloseable {

  private final LoopbackServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private RecordingUpstream() throws IOException {
    server = LoopbackServer.bind("upstream", 0).start(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        requests.incrementAndGet();
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        response.getHeaders().put("X-Upstream", "seen");
        Responses.send(response, callback, 200, Responses.JSON, Json.write(json -> {
          json.writeStartObject();
          json.writeStringField("method", request.getMethod());
          json.writeStringField("pathQuery", request.getHttpURI().getPathQuery());
          json.writeObjectFieldStart("headers");
          for (String name : request.getHeaders().getFieldNamesCollection()) {
            json.writeArrayFieldStart(name.toLowerCase(java.util.Locale.ROOT));
            for (HttpField field : request.getHeaders()) {
              if (field.getName().equalsIgnoreCase(name)) {
                json.writeString(field.getValue());
              }
            }
            json.writeEndArray();
          }
          json.writeEndObject();
          json.writeStringField("body", body);
          json.writeEndObject();
        }));
        return true;
      }
    });
  }

  public static RecordingUpstream start() throws IOException {
    return new RecordingUpstream();
  }

  public URI baseUrl() {
    return server.baseUrl();
  }

  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.close();
  }
}
