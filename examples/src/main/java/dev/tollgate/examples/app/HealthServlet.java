package dev.tollgate.examples.app;

import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.support.Json;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceState;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /health}, public: {@code {"status":"UP"|"DOWN","keys":{…}}} from the verifier's
 * {@link SessionVerifier#health()}. 200 while tokens can be checked ({@code HEALTHY} or {@code DEGRADED}
 * keys), 503 when they cannot ({@code UNAVAILABLE}), so a load balancer stops sending traffic. Thread-safe.
 */
final class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient SessionVerifier verifier;

  HealthServlet(SessionVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    KeySourceHealth health = verifier.health();
    boolean up = health.state() != KeySourceState.UNAVAILABLE;
    response.setHeader("Cache-Control", "no-store");
    MeServlet.write(response, up ? 200 : 503, Json.write(json -> {
      json.writeStartObject();
      json.writeStringField("status", up ? "UP" : "DOWN");
      json.writeObjectFieldStart("keys");
      json.writeStringField("state", health.state().name());
      Json.writeStrings(json, "keyIds", List.copyOf(new java.util.TreeSet<>(health.keyIds())));
      if (health.keySetAge().isPresent()) {
        json.writeNumberField("keySetAgeSeconds", health.keySetAge().get().toSeconds());
      }
      if (health.lastSuccess().isPresent()) {
        json.writeStringField("lastSuccess", health.lastSuccess().map(Instant::toString).get());
      }
      if (health.lastFailure().isPresent()) {
        json.writeStringField("lastFailure", health.lastFailure().map(Instant::toString).get());
      }
      if (health.lastFailureCause().isPresent()) {
        json.writeStringField("lastFailureKind", health.lastFailureCause().get().kind().name());
      }
      json.writeNumberField("fetchCount", health.fetchCount());
      json.writeNumberField("fetchFailureCount", health.fetchFailureCount());
      json.writeNumberField("consecutiveFailures", health.consecutiveFailures());
      json.writeEndObject();
      json.writeEndObject();
    }));
  }
}
