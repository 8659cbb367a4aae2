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
    // The method BlockHound names is Thread.sleep on JDK 17 and its native sleepNanos0 on JDK 25.
    assertEquals(List.of("java.lang.Thread.sleep"), calls.stream().map(call -> call.getMethod().getClassName()
        + "." + call.getMethod().getName().replaceAll("(Nanos)?0$", "")).distinct().toList(),
        "recorded blocking calls");
  }
}
