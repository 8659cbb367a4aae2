package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeySourceHealth;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Where a verifier gets its keys: a fixed PEM key, or a remote JWKS with caching. Thread-safe. */
public interface KeySource extends AutoCloseable {

  /**
   * Finds the key for a token's kid. Completes at once when no I/O is needed. Fails with
   * {@link KeysUnavailable} when no key set can be served.
   */
  CompletableFuture<KeyLookup> find(@Nullable String kid);

  /**
   * A signature failed with {@code used}: checks, at most once per cooldown, whether the key behind its kid
   * changed upstream.
   *
   * @return the new key for the same kid, or {@code null} if it did not change or the check was throttled
   */
  CompletableFuture<@Nullable VerificationKey> changedKey(VerificationKey used);

  /** @return whether {@code key} is still served by this source (for verified-token cache hits) */
  boolean isCurrent(VerificationKey key);

  /** Loads keys now if none are loaded, waiting at most {@code timeout}. */
  void warmUp(Duration timeout) throws KeysUnavailable;

  KeySourceHealth health();

  /** How long callers wait for a fetch before answering "unavailable". */
  Duration fetchWaitTimeout();

  @Override
  void close();
}
