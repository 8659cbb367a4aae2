package dev.tollgate.examples;

import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The self-checks' HTTP part: sends each request with {@link HttpClient} (HTTP/1.1), compares the answer with its
 * {@link Expectation}, prints one {@code PASS} or {@code FAIL} line per check and counts them;
 * {@link #summarize()} prints the total. Not thread-safe: one run at a time.
 */
public final class HttpChecks {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final PrintStream out;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private int passed;
  private int failed;

  /** @param out where the lines go */
  public HttpChecks(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * A {@code GET} request.
   *
   * @param base the server
   * @param path the path, with its query if any
   * @param token sent as {@code Authorization: Bearer}; {@code null} sends none
   * @param headers further headers
   * @return the request
   */
  public static HttpRequest get(URI base, String path, @Nullable String token, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    return request.build();
  }

  /**
   * Sends each scenario's request with a freshly minted token (lifetimes as the scenario says).
   *
   * @param scenarios the scenarios, checked in order
   * @param bases the server of each target
   * @param issuer mints the tokens
   */
  public void scenarios(List<Scenario> scenarios, Function<Scenario.Target, URI> bases, LocalIssuer issuer) {
    for (Scenario scenario : scenarios) {
      Optional<String> token = scenario.mint(issuer.token(), Map.of());
      send(scenario.title(), get(bases.apply(scenario.target()), scenario.path(), token.orElse(null),
          scenario.headers()), scenario.expectation());
    }
  }

  /**
   * Sends one request and checks its answer.
   *
   * @param title the check's name
   * @param request the request
   * @param expectation the right answer
   * @return the answer; empty when none came
   */
  public Optional<Answer> send(String title, HttpRequest request, Expectation expectation) {
    Answer answer;
    try {
      answer = Answer.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException unreachable) {
      fail(title, "no answer from " + request.uri() + ": " + unreachable);
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      fail(title, "interrupted");
      return Optional.empty();
    }
    String where = request.method() + " " + request.uri() + " -> " + answer.status();
    Optional<String> mismatch = expectation.mismatch(answer);
    if (mismatch.isPresent()) {
      fail(title, where + ": " + mismatch.get() + " (expected " + expectation + ")");
    } else {
      passed++;
      out.printf("PASS  %-66s %s%n", title, where);
    }
    return Optional.of(answer);
  }

  /**
   * Counts and prints a failed check.
   *
   * @param title the check's name
   * @param why what went wrong
   */
  public void fail(String title, String why) {
    failed++;
    out.printf("FAIL  %-66s %s%n", title, why);
  }

  /**
   * Prints how many checks passed.
   *
   * @return {@code true} if none failed
   */
  public boolean summarize() {
    out.println();
    out.println(passed + " of " + (passed + failed) + " checks passed" + (failed == 0 ? "." : "; " + failed
        + " FAILED."));
    return failed == 0;
  }
}
