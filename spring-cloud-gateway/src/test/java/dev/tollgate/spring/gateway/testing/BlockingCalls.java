package dev.tollgate.spring.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;

/**
 * BlockHound, installed once per test JVM before the first gateway starts: a blocking call on a non-blocking thread
 * (Netty's event loops, Reactor's parallel scheduler) fails that call with {@link BlockingOperationError} and is
 * recorded here; after each test, the test fails if any was recorded. Nothing is allowed by name: Tollgate's code,
 * Spring's and the gateway's run under the default rules of BlockHound and of the libraries' own integrations.
 */
public final class BlockingCalls implements BeforeAllCallback, AfterEachCallback {

  private static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

  static {
    BlockHound.install(builder -> builder.blockingMethodCallback(method -> {
      CALLS.add(method + " on " + Thread.currentThread().getName());
      throw new BlockingOperationError(method);
    }));
  }

  /** Installs BlockHound, if no test did before. */
  public static void install() {
    // The static initializer does it.
  }

  /** @return the blocking calls recorded since the last call, which are forgotten */
  public static List<String> drain() {
    List<String> calls = new ArrayList<>();
    for (String call = CALLS.poll(); call != null; call = CALLS.poll()) {
      calls.add(call);
    }
    return calls;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertEquals(List.of(), drain(), "blocking calls on non-blocking threads");
  }
}
