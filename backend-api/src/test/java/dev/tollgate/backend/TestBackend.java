package dev.tollgate.backend;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.tollgate.testing.MutableClock;
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
 */
final class TestBackend implements AutoCloseable {

  /** Looks like a Clerk secret key; tests assert it never shows up in messages. */
  static final String SECRET_KEY = "sk_test_T0llg4teN0tARealSecretKey0000000000";

  /** The default time of every test: 2023-11-14T22:13:20Z. */
  static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

  final WireMockServer server;
  final MutableClock clock = new MutableClock(NOW);
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  private TestBackend(WireMockServer server) {
    this.server = server;
  }

  static TestBackend start(Extension... extensions) {
    WireMockServer server = new WireMockServer(options().dynamicPort().extensions(extensions));
    server.start();
    return new TestBackend(server);
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

  @Override
  public void close() {
    server.stop();
  }
}
