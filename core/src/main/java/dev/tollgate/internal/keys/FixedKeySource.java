package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceState;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One networkless key ({@code jwtKey}): the token's kid is ignored, nothing is ever fetched, and the source is
 * always healthy.
 */
public final class FixedKeySource implements KeySource {

  private final VerificationKey key;
  private final CompletableFuture<KeyLookup> found;

  public FixedKeySource(RSAPublicKey publicKey) {
    this.key = new VerificationKey(null, publicKey, null);
    this.found = CompletableFuture.completedFuture(new KeyLookup.Found(key));
  }

  @Override
  public CompletableFuture<KeyLookup> find(@Nullable String kid) {
    return found;
  }

  @Override
  public CompletableFuture<@Nullable VerificationKey> changedKey(VerificationKey used) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public boolean isCurrent(VerificationKey candidate) {
    return candidate == key;
  }

  @Override
  public void warmUp(Duration timeout) {
    // Nothing to load.
  }

  @Override
  public KeySourceHealth health() {
    return new HealthBuilder(KeySourceState.HEALTHY).build();
  }

  @Override
  public Duration fetchWaitTimeout() {
    return Duration.ZERO;
  }

  @Override
  public void close() {
    // Nothing to stop.
  }
}
