package dev.tollgate.backend;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.tollgate.testing.MutableClock;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A WireMock server standing in for Clerk's Backend API on a dynamic port, plus what a test needs to drive the
 * client exactly: a {@link MutableClock}, a {@link Sleeper} that records each requested wait and returns at once,
 * and backoff without jitter (the ceiling itself).
 *
 * <p>Register it as a static {@code @RegisterExtension} field: the server starts before the class's tests, is
 * {@linkplain #reset() reset} before each and stops after the last.
 */
final class TestBackend implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  /** Looks like a Clerk secret key; tests assert it never shows up in messages. */
  static final String SECRET_KEY = "sk_test_T0llg4teN0tARealSecretKey0000000000";

  /** The default time of every test: 2023-11-14T22:13:20Z. */
  static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

  final WireMockServer server;
  final MutableClock clock = new MutableClock(NOW);
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  /** @param extensions WireMock extensions, for example a response transformer */
  TestBackend(Extension... extensions) {
    this.server = new WireMockServer(options().dynamicPort().extensions(extensions));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  /** Clears stubs, recorded requests, recorded sleeps, and resets the clock. */
  void reset() {
    server.resetAll();
    sleeps.clear();
    clock.set(NOW);
  }

  URI url() {
    return URI.create(server.baseUrl());
  }

  /** A builder pointed at this server, with the clock, the recording sleeper and no jitter. */
  BackendApiBuilder builder() {
    return BackendApi.builder()
        .secretKey(SECRET_KEY)
        .apiUrl(url())
        .clock(clock)
        .sleeper(sleeps::add)
        .jitter(ceiling -> ceiling);
  }

  Sessions sessions() {
    return builder().build().sessions();
  }
}
