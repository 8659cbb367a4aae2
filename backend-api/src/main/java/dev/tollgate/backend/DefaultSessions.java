package dev.tollgate.backend;

import dev.tollgate.Session;
import dev.tollgate.backend.BackendApiException.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The default {@link Sessions}: paths, bodies and response mapping over an {@link ApiTransport}. */
final class DefaultSessions implements Sessions {

  private final ApiTransport transport;
  private final TokenCache tokens;

  DefaultSessions(ApiTransport transport, TokenCache tokens) {
    this.transport = transport;
    this.tokens = tokens;
  }

  @Override
  public BackendSession get(String sessionId) throws BackendApiException {
    String path = sessionPath(sessionId);
    return readSession("GET", path, transport.get(path, null));
  }

  @Override
  public BackendSession get(Session verified) throws BackendApiException {
    Objects.requireNonNull(verified, "verified");
    BackendSession session = get(verified.sessionId());
    if (!session.userId().equals(verified.userId())) {
      throw new BackendApiException(ErrorKind.INVALID_RESPONSE, "GET /v1/sessions/" + verified.sessionId()
          + " returned a session of another user than the verified token's subject");
    }
    return session;
  }

  @Override
  public SessionPage list(SessionListRequest request) throws BackendApiException {
    Objects.requireNonNull(request, "request");
    byte[] body = transport.get("/sessions", request.query());
    try {
      JsonFields json = JsonFields.parse(body);
      long totalCount = json.requireInteger("total_count");
      if (totalCount < 0) {
        throw new JsonShapeException("total_count", "must not be negative");
      }
      List<@Nullable Object> data = json.requireArray("data");
      List<BackendSession> sessions = new ArrayList<>(data.size());
      for (int i = 0; i < data.size(); i++) {
        sessions.add(SessionJson.read(JsonFields.of(data.get(i), "data[" + i + "]")));
      }
      return new SessionPage(sessions, totalCount, request);
    } catch (JsonShapeException malformed) {
      throw invalid("GET /v1/sessions", malformed);
    }
  }

  @Override
  public BackendSession revoke(String sessionId) throws BackendApiException {
    String path = sessionPath(sessionId) + "/revoke";
    try {
      return readSession("POST", path, transport.post(path, null));
    } finally {
      tokens.invalidate(sessionId);
    }
  }

  @Override
  public BackendSession revoke(Session verified) throws BackendApiException {
    Objects.requireNonNull(verified, "verified");
    return revoke(verified.sessionId());
  }

  @Override
  public Token createToken(String sessionId) throws BackendApiException {
    return createToken(sessionId, null, null);
  }

  @Override
  public Token createToken(String sessionId, @Nullable String template, @Nullable Duration expiresIn)
      throws BackendApiException {
    String path = sessionPath(sessionId) + "/tokens"
        + (template == null ? "" : "/" + PathSegments.encode(PathSegments.check(template, "template")));
    String body = "{}";
    if (expiresIn != null) {
      if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.getNano() != 0
          || expiresIn.getSeconds() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("expiresIn must be a positive whole number of seconds");
      }
      body = "{\"expires_in_seconds\":" + expiresIn.getSeconds() + "}";
    }
    byte[] response = transport.post(path, body);
    try {
      return TokenJson.read(response);
    } catch (JsonShapeException malformed) {
      throw invalid("POST /v1" + path, malformed);
    }
  }

  @Override
  public Token getToken(String sessionId) throws BackendApiException {
    return getToken(sessionId, GetTokenOptions.defaults());
  }

  @Override
  public Token getToken(String sessionId, GetTokenOptions options) throws BackendApiException {
    PathSegments.check(sessionId, "sessionId");
    Objects.requireNonNull(options, "options");
    String template = options.template().orElse(null);
    return tokens.get(sessionId, options, () -> createToken(sessionId, template, null));
  }

  private static String sessionPath(String sessionId) {
    return "/sessions/" + PathSegments.encode(PathSegments.check(sessionId, "sessionId"));
  }

  private static BackendSession readSession(String method, String path, byte[] body) throws BackendApiException {
    try {
      return SessionJson.parse(body);
    } catch (JsonShapeException malformed) {
      throw invalid(method + " /v1" + path, malformed);
    }
  }

  private static BackendApiException invalid(String call, JsonShapeException malformed) {
    return new BackendApiException(ErrorKind.INVALID_RESPONSE, call + " answered with an unusable body: "
        + malformed.getMessage(), 0, List.of(), null, null, malformed);
  }
}
