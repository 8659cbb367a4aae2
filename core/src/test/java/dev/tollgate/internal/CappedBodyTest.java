package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CappedBodyTest {

  /** Records what the subscriber asks of its subscription. */
  private static final class Subscription implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private static HttpResponse.BodySubscriber<CappedBody> subscriber(int limit, Map<String, List<String>> headers) {
    HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(headers, (name, value) -> true);
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
    return CappedBody.handler(limit).apply(info);
  }

  private static CappedBody body(HttpResponse.BodySubscriber<CappedBody> subscriber) throws Exception {
    return subscriber.getBody().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void bodyWhenWithinLimitThenCollectedWhole() throws Exception {
    HttpResponse.BodySubscriber<CappedBody> subscriber = subscriber(10, Map.of());
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);
    subscriber.onNext(List.of(bytes("01234"), bytes("56789")));
    subscriber.onComplete();

    CappedBody body = body(subscriber);

    assertArrayEquals("0123456789".getBytes(StandardCharsets.US_ASCII), body.bytes());
    assertFalse(body.truncated());
    body.stopReading();
    assertFalse(subscription.cancelled, "a complete body has nothing left to cancel");
  }

  @Test
  void bodyWhenStreamGrowsBeyondLimitThenTruncatedAndCancelledOnceDelivered() throws Exception {
    HttpResponse.BodySubscriber<CappedBody> subscriber = subscriber(10, Map.of());
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);
    subscriber.onNext(List.of(bytes("012345")));
    subscriber.onNext(List.of(bytes("6789X")));
    subscriber.onNext(List.of(bytes("more")));

    CappedBody body = body(subscriber);

    assertTrue(body.truncated(), "a body beyond the limit is truncated");
    assertEquals(6, body.bytes().length, "only the chunks within the limit are kept");
    assertFalse(subscription.cancelled, "cancelled before the client delivered the response");
    body.stopReading();
    assertTrue(subscription.cancelled, "the rest of the stream is cancelled once delivered");
  }

  @Test
  void bodyWhenDeclaredLengthExceedsLimitThenNothingReadAndCancelledOnceDelivered() throws Exception {
    HttpResponse.BodySubscriber<CappedBody> subscriber = subscriber(10, Map.of("Content-Length", List.of("11")));
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);

    CappedBody body = body(subscriber);

    assertTrue(body.truncated(), "a declared length beyond the limit is truncated");
    assertEquals(0, subscription.requested, "nothing of the body is requested");
    assertFalse(subscription.cancelled, "cancelled before the client delivered the response");
    body.stopReading();
    assertTrue(subscription.cancelled, "the stream is cancelled once delivered");
  }
}
