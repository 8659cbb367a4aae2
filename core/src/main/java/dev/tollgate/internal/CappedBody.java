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
 * A response body of at most {@code limit} bytes. A longer body is not read further: the subscription is
 * cancelled and the body completes at once as {@linkplain #truncated() truncated}, so a hostile or broken
 * upstream cannot make the client buffer without bound.
 */
public final class CappedBody {

  private final byte[] bytes;
  private final boolean truncated;

  private CappedBody(byte[] bytes, boolean truncated) {
    this.bytes = bytes;
    this.truncated = truncated;
  }

  /** A body as the handler would collect it; for callers that already hold the bytes (and tests). */
  public static CappedBody of(byte[] bytes, boolean truncated) {
    return new CappedBody(bytes.clone(), truncated);
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
    private Flow.@Nullable Subscription subscription;

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
        body.complete(new CappedBody(new byte[0], true));
        subscription.cancel();
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
          // Complete first: cancelling makes the client fail the exchange unless the body is already there.
          body.complete(new CappedBody(collected.toByteArray(), true));
          Flow.Subscription current = subscription;
          if (current != null) {
            current.cancel();
          }
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        collected.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(new CappedBody(collected.toByteArray(), false));
    }
  }
}
