package dev.tollgate.examples.issuer;

import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.support.Responses;
import dev.tollgate.test.tokens.LoopbackJwksServer;
import dev.tollgate.test.tokens.MintedToken;
import dev.tollgate.test.tokens.SigningKey;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * The local issuer's HTTP routes: {@code GET /} (what this is, loudly), {@code GET /.well-known/jwks.json},
 * and {@code GET|POST /mint} with the {@link TokenSpecParser} parameters (query string or form body; add
 * {@code format=json} for the decoded header and claims). Every response carries
 * {@link LocalIssuer#DEV_HEADER}. {@code /mint} answers only loopback clients. Thread-safe.
 */
final class IssuerHandler extends Handler.Abstract {

  private final SigningKey key;
  private final String issuer;
  private final Clock clock;

  IssuerHandler(SigningKey key, String issuer, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().put(LocalIssuer.DEV_HEADER, LocalIssuer.DEV_WARNING);
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    switch (path) {
      case "/":
        return get(method, response, callback, () -> Responses.send(response, callback, 200, "text/plain", index()));
      case LocalIssuer.JWKS_PATH:
        return get(method, response, callback, () -> {
          response.getHeaders().put(HttpHeader.CACHE_CONTROL, LoopbackJwksServer.CACHE_CONTROL);
          Responses.send(response, callback, 200, Responses.JSON, key.jwks());
        });
      case LocalIssuer.MINT_PATH:
        if (!method.equals("GET") && !method.equals("POST")) {
          return notAllowed(response, callback, "GET, POST");
        }
        if (!isLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
          Responses.sendProblem(response, callback, 403, "Forbidden",
              "The local issuer mints tokens for loopback clients only.");
          return true;
        }
        Request.onParameters(request, Promise.Invocable.from(InvocationType.BLOCKING, (fields, error) -> {
          try {
            if (error != null || fields == null) {
              Responses.sendProblem(response, callback, 400, "Bad Request",
                  "The request parameters could not be read.");
            } else {
              mint(fields, response, callback);
            }
          } catch (RuntimeException unexpected) {
            callback.failed(unexpected);
          }
        }));
        return true;
      default:
        Responses.sendProblem(response, callback, 404, "Not Found",
            "Try " + LocalIssuer.JWKS_PATH + " or " + LocalIssuer.MINT_PATH
            + "; GET / explains both.");
        return true;
    }
  }

  private void mint(Fields fields, Response response, Callback callback) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      parameters.put(field.getName(), new ArrayList<>(field.getValues()));
    }
    List<String> format = parameters.remove("format");
    boolean json = format != null && format.equals(List.of("json"));
    if (format != null && !json && !format.equals(List.of("text"))) {
      Responses.sendProblem(response, callback, 400, "Bad Request", "format must be text or json");
      return;
    }
    MintedToken minted;
    try {
      minted = TokenSpecParser.parse(parameters).apply(LocalIssuer.token(key, issuer, clock)).mint();
    } catch (IllegalArgumentException invalid) {
      Responses.sendProblem(response, callback, 400, "Bad Request", String.valueOf(invalid.getMessage()));
      return;
    }
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (!json) {
      Responses.send(response, callback, 200, "text/plain", minted.token() + "\n");
      return;
    }
    Responses.send(response, callback, 200, Responses.JSON, Json.write(out -> {
      out.writeStartObject();
      out.writeStringField("warning", LocalIssuer.DEV_WARNING);
      out.writeStringField("token", minted.token());
      out.writeFieldName("header");
      out.writeRawValue(minted.header());
      out.writeFieldName("claims");
      out.writeRawValue(minted.claims());
      out.writeStringField("expiresAt", minted.expiresAt().toString());
      out.writeEndObject();
    }));
  }

  private String index() {
    StringBuilder text = new StringBuilder();
    text.append(LocalIssuer.banner()).append('\n')
        .append("Tollgate local issuer (kid ").append(key.keyId()).append(", iss ").append(issuer)
        .append(")\n\n")
        .append("GET  ").append(LocalIssuer.JWKS_PATH).append("   the public key as a JWK Set\n")
        .append("GET  ").append(LocalIssuer.MINT_PATH)
        .append("?name=value&...   a signed session token (text; format=json for the decoded parts)\n")
        .append("POST ").append(LocalIssuer.MINT_PATH).append("   the same with a form body\n\nParameters:\n");
    TokenSpecParser.PARAMETERS.forEach((name, help) -> text.append(String.format("  %-12s %s%n", name, help)));
    return text.toString();
  }

  private static boolean get(String method, Response response, Callback callback, Runnable answer) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return notAllowed(response, callback, "GET");
    }
    answer.run();
    return true;
  }

  private static boolean notAllowed(Response response, Callback callback, String allow) {
    response.getHeaders().put(HttpHeader.ALLOW, allow);
    Responses.sendProblem(response, callback, 405, "Method Not Allowed", "Use " + allow + ".");
    return true;
  }

  private static boolean isLoopback(SocketAddress remote) {
    return remote instanceof InetSocketAddress && ((InetSocketAddress) remote).getAddress() != null
        && ((InetSocketAddress) remote).getAddress().isLoopbackAddress();
  }
}
