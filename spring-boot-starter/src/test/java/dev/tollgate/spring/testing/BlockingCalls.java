package dev.tollgate.spring.testing;

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
 * BlockHound for the reactive tests: installed once per JVM, before the test's application starts, with the
 * integrations on the class path (Reactor's, Spring's, Netty's, which mark the event-loop and parallel threads as
 * non-blocking). Every blocking call on such a thread is recorded as well as thrown, so a call whose error some
 * framework code swallows still fails the test: after each test, the recorded calls must be none.
 */
public final class BlockingCalls implements BeforeAllCallback, AfterEachCallback {

  private static final ConcurrentLinkedQueue<BlockingOperationError> CALLS = new ConcurrentLinkedQueue<>();

  static {
    BlockHound.builder()
        .loadIntegrations()
        .blockingMethodCallback(method -> {
          BlockingOperationError error = new BlockingOperationError(method);
          CALLS.add(error);
          throw error;
        })
        .install();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // The static initializer has installed BlockHound.
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<BlockingOperationError> calls = take();
    assertEquals(List.of(), calls.stream().map(BlockingCalls::describe).toList(),
        "blocking calls on non-blocking threads");
  }

  /** @return the blocking calls recorded since the last call, which are forgotten */
  public static List<BlockingOperationError> take() {
    List<BlockingOperationError> calls = new ArrayList<>();
    for (BlockingOperationError call; (call = CALLS.poll()) != null; ) {
      calls.add(call);
    }
    return calls;
  }

  private static String describe(BlockingOperationError call) {
    StringBuilder text = new StringBuilder(call.getMessage());
    for (StackTraceElement frame : call.getStackTrace()) {
      text.append("\n  at ").append(frame);
    }
    return text.toString();
  }
}
