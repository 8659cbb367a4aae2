package dev.tollgate.examples.testing;

import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.examples.support.Responses;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A JWKS endpoint that holds every request until {@link #release(String)}, without holding a thread. */
public final class StallingJwks implements AutoCloseable {

  private final LoopbackServer server;
  private final CountDownLatch requested = new CountDownLatch(1);
  private final List<Runnable> pending = new ArrayList<>();
  private String released;

  private StallingJwks() throws IOException {
    server = LoopbackServer.bind("jwks", 0).start(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Runnable answer = () -> Responses.send(response, callback, 200, Responses.JSON, released);
        synchronized (pending) {
          if (released == null) {
            pending.add(answer);
            requested.countDown();
            return true;
          }
        }
        answer.run();
        return true;
      }
    });
  }

  public static StallingJwks start() throws IOException {
    return new StallingJwks();
  }

  public URI jwksUrl() {
    return server.baseUrl().resolve("/.well-known/jwks.json");
  }

  /** Completes when the first key fetch has arrived and is being held. */
  public CountDownLatch requested() {
    return requested;
  }

  /** Answers every held and later request with this JWKS. */
  public void release(String jwks) {
    List<Runnable> answers;
    synchronized (pending) {
      released = jwks;
      answers = new ArrayList<>(pending);
      pending.clear();
    }
    answers.forEach(Runnable::run);
  }

  @Override
  public void close() {
    server.close();
  }
}
