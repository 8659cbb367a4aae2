package dev.tollgate.examples.quickstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tollgate.ClerkEnvironment;
import dev.tollgate.Organization;
import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** A gateway on the JDK's HTTP server: only signed-in requests go upstream, with the verified user id. */
public final class GatewayQuickStart {

  /** Starts the gateway on $PORT (default 8000) in front of $UPSTREAM_URL (default http://localhost:8080). */
  public static void main(String[] args) throws IOException {
    SessionVerifier verifier = ClerkEnvironment.fromSystem().builder()  // CLERK_SECRET_KEY, CLERK_JWKS_URL, …
        .authorizedParties("http://localhost:3000")  // your front end's origins; azp must be one of them
        .build();
    RequestAuthenticator authenticator = RequestAuthenticator.of(verifier);
    HttpClient client = HttpClient.newHttpClient();
    URI upstream = URI.create(System.getenv().getOrDefault("UPSTREAM_URL", "http://localhost:8080"));

    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/", exchange -> authenticator
        .authenticateAsync(RequestCredentials.of(exchange.getRequestHeaders()))  // no thread waits for keys
        .thenCompose(result -> {
          if (!(result instanceof AuthResult.SignedIn signedIn)) {
            ErrorResponse refusal = ErrorResponse.refusing(result, "api");  // 401, 400, or 503 + Retry-After
            refusal.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.getResponseHeaders().set("Content-Type", refusal.contentType());
            reply(exchange, refusal.status(), refusal.body().getBytes(StandardCharsets.UTF_8));
            return CompletableFuture.completedStage(null);
          }
          Session session = signedIn.session();
          HttpRequest forwarded = HttpRequest.newBuilder(target(upstream, exchange.getRequestURI()))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody))
              .header("X-User-Id", session.userId())  // the client's own headers are not forwarded
              .header("X-Org-Id", session.organization().map(Organization::id).orElse(""))
              .build();
          return client.sendAsync(forwarded, HttpResponse.BodyHandlers.ofByteArray()).thenAccept(answer -> {
            answer.headers().firstValue("Content-Type")
                .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            reply(exchange, answer.statusCode(), answer.body());
          });
        })
        .whenComplete((done, upstreamFailed) -> {
          if (upstreamFailed != null) {
            reply(exchange, 502, new byte[0]);
          }
        }));
    server.start();
    System.out.println("Listening on http://localhost:" + server.getAddress().getPort());
  }

  /** Only the path and query of a request go upstream, never a host the client names. */
  private static URI target(URI upstream, URI requested) {
    String path = requested.getRawPath() == null ? "/" : requested.getRawPath();
    return URI.create(upstream + path + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery()));
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) {
    try {
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    } catch (IOException clientGone) {
      // nobody is left to answer
    } finally {
      exchange.close();
    }
  }
}
