package dev.tollgate.spring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;

/** BlockHound is active in the reactive tests: a deliberate blocking call in a WebFlux handler is caught. */
class BlockingCallsTest extends ReactiveScenarioTest {

  @Test
  void blockingCallWhenMadeOnTheEventLoopThenBlockHoundCatchesIt() {
    HttpResponse<String> response = http().get("/public/blocking");

    List<BlockingOperationError> calls = BlockingCalls.take();
    assertEquals("detected", response.body(), "the handler's Thread.sleep on a Netty thread");
    assertEquals(List.of("java.lang.Thread.sleep"), calls.stream().map(call -> call.getMethod().getClassName()
        + "." + call.getMethod().getName()).distinct().toList(), "recorded blocking calls");
  }
}
