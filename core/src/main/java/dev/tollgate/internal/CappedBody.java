package dev.tollgate.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A response body of at most {@code limit} bytes. A longer body is not kept: the body completes at once as
 * {@linkplain #truncated() truncated}, so a hostile or broken upstream cannot make the client buffer without
 * bound, and the rest of the stream is cancelled by {@link #stopReading()} once the client has delivered the
 * response ({@link HttpExchange#send} does that).
 */
public final class CappedBody {

  private final byte[] bytes;
  private final boolean truncated;
  private final @Nullable Subscriber rest;

  private CappedBody(byte[] bytes, boolean truncated, @Nullable Subscriber rest) {
    this.bytes = bytes;
    this.truncated = truncated;
    this.rest = rest;
  }

  /** A body as the handler would collect it; for callers that already hold the bytes (and tests). */
  public static CappedBody of(byte[] bytes, boolean truncated) {
    return new CappedBody(bytes.clone(), truncated, null);
  }

  /**
   * Cancels what is left of a truncated body's stream; nothing for a complete one. Cancelling from inside the
   * subscriber instead would race the client's delivery of the response: the client fails the whole exchange
   * ("stream cancelled") when the cancellation wins, and over HTTP/2 it often does.
   */
  void stopReading() {
    Subscriber subscriber = rest;
    if (subscriber != null) {
      subscriber.cancel();
    }
  }

  public byte[] bytes() {
    return bytes;
  }

  public boolean truncated() {
    return truncated;
  }

  /** A body handler that collects at most {@code limit} bytes. */
  public static HttpResponse.BodyHandler<CappedBody> handler(int limit) {
    return info -> {
      OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
      return new Subscriber(limit, declared.isPresent() && declared.getAsLong() > limit);
    };
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {
    private final int limit;
    private final boolean declaredTooLarge;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private final CompletableFuture<CappedBody> body = new CompletableFuture<>();
    private volatile Flow.@Nullable Subscription subscription;

    Subscriber(int limit, boolean declaredTooLarge) {
      this.limit = limit;
      this.declaredTooLarge = declaredTooLarge;
    }

    @Override
    public CompletionStage<CappedBody> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredTooLarge) {
        body.complete(new CappedBody(new byte[0], true, this));
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (collected.size() + (long) buffer.remaining() > limit) {
          // Bytes that still arrive before stopReading() are dropped above, never collected.
          body.complete(new CappedBody(collected.toByteArray(), true, this));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        collected.writeBytes(chunk);
      }
    }

    void cancel() {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(new CappedBody(collected.toByteArray(), false, null));
    }
  }
}
