package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.observability.KeySourceListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardedListenerTest {

  @Test
  void eventWhenOneListenerThrowsThenTheOthersStillReceiveIt() {
    List<String> received = new ArrayList<>();
    KeySourceListener throwing = new KeySourceListener() {
      @Override
      public void onKeySetChanged(KeySetChanged event) {
        throw new IllegalStateException("broken listener");
      }
    };
    KeySourceListener recording = new KeySourceListener() {
      @Override
      public void onKeySetChanged(KeySetChanged event) {
        received.add("changed " + event.added());
      }

      @Override
      public void onRefetchThrottled(RefetchThrottled event) {
        received.add("throttled " + event.retryIn().toSeconds());
      }
    };
    GuardedListener guarded = new GuardedListener(List.of(throwing, recording));

    guarded.onKeySetChanged(new KeySourceListener.KeySetChanged(Set.of("k1"), Set.of()));
    guarded.onRefetchThrottled(new KeySourceListener.RefetchThrottled(Duration.ofSeconds(12)));
    guarded.onUnknownKid(new KeySourceListener.UnknownKid("x", false));

    assertEquals(List.of("changed [k1]", "throttled 12"), received);
  }
}
