package dev.tollgate.examples.gateway;

import dev.tollgate.Session;
import dev.tollgate.examples.support.Responses;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestAuthenticator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's request path, fully asynchronous, so Jetty may run it on an I/O (selector) thread
 * ({@link Handler.Abstract.NonBlocking}):
 * <ol>
 *   <li>{@link RequestAuthenticator#authenticateAsync}: with the keys loaded it completes at once (a signature
 *       check, no I/O); otherwise it completes later on an HTTP-client thread when the key fetch ends.</li>
 *   <li>Not signed in: the gateway answers itself with {@link ErrorResponse} (401, 400, 503 + Retry-After).</li>
 *   <li>Signed in: the body is read with {@code Content.Source.asByteArrayAsync} (a non-blocking promise),
 *       identity headers a client sent are dropped, the verified ones added, and the request goes upstream with
 *       {@link HttpClient#sendAsync}; the answer is copied back with an asynchronous write.</li>
 * </ol>
 * {@code handle} returns as soon as step 1 is started; no step waits on a future. Thread-safe.
 */
final class GatewayHandler extends Handler.Abstract.NonBlocking {

  /** Largest request body forwarded: {@value} bytes (1 MiB); larger ones get 413. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final RequestAuthenticator authenticator;
  private final HttpClient client;
  private final URI upstream;
  private final Duration upstreamTimeout;

  GatewayHandler(RequestAuthenticator authenticator, HttpClient client, URI upstream, Duration upstreamTimeout) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.client = Objects.requireNonNull(client, "client");
    this.upstream = URI.create(Objects.requireNonNull(upstream, "upstream").toString().replaceAll("/+$", ""));
    this.upstreamTimeout = Objects.requireNonNull(upstreamTimeout, "upstreamTimeout");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    HttpFields headers = request.getHeaders();
    authenticator.authenticateAsync(headers::getValuesList).whenComplete((result, error) -> guarded(callback, () -> {
      if (error != null || result == null) {
        Responses.sendProblem(response, callback, 500, "Internal Server Error",
            "The session token could not be checked.");
      } else if (result instanceof AuthResult.SignedIn signedIn) {
        forward(request, response, callback, signedIn.session());
      } else {
        Responses.send(response, callback, ErrorResponse.refusing(result, Gateway.REALM));
      }
    }));
    return true;
  }

  /** Runs a continuation; an unexpected exception fails the exchange instead of leaving it hanging. */
  private static void guarded(Callback callback, Runnable continuation) {
    try {
      continuation.run();
    } catch (RuntimeException unexpected) {
      callback.failed(unexpected);
    }
  }

  private void forward(Request request, Response response, Callback callback, Session session) {
    if (request.getLength() > MAX_BODY_BYTES) {
      Responses.sendProblem(response, callback, 413, "Content Too Large",
          "The gateway forwards bodies of at most 1 MiB.");
      return;
    }
    Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES,
        Promise.Invocable.from(InvocationType.NON_BLOCKING, (body, readError) -> guarded(callback, () -> {
          if (readError != null || body == null) {
            Responses.sendProblem(response, callback, 413, "Content Too Large",
                "The request body could not be read within 1 MiB.");
            return;
          }
          HttpRequest outgoing;
          try {
            outgoing = UpstreamExchange.request(upstream, request.getMethod(), request.getHttpURI().getPathQuery(),
                request.getHeaders(), IdentityHeaders.of(session), body, upstreamTimeout);
          } catch (IllegalArgumentException badTarget) {
            Responses.sendProblem(response, callback, 400, "Bad Request", "The request target cannot be forwarded.");
            return;
          }
          client.sendAsync(outgoing, HttpResponse.BodyHandlers.ofByteArray())
              .whenComplete((answer, sendError) ->
                  guarded(callback, () -> relay(response, callback, answer, sendError)));
        })));
  }

  private static void relay(Response response, Callback callback, @Nullable HttpResponse<byte[]> answer,
      @Nullable Throwable sendError) {
    if (sendError != null || answer == null) {
      Throwable cause = sendError instanceof CompletionException && sendError.getCause() != null
          ? sendError.getCause() : sendError;
      if (cause instanceof HttpTimeoutException) {
        Responses.sendProblem(response, callback, 504, "Gateway Timeout", "The upstream did not answer in time.");
      } else {
        Responses.sendProblem(response, callback, 502, "Bad Gateway", "The upstream could not be reached.");
      }
      return;
    }
    response.setStatus(answer.statusCode());
    Predicate<String> copied = UpstreamExchange.copiedToClient(answer.headers());
    for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
      if (copied.test(header.getKey())) {
        response.getHeaders().add(header.getKey(), header.getValue());
      }
    }
    byte[] body = answer.body();
    response.getHeaders().put("Content-Length", body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
