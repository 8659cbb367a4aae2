package dev.tollgate.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tollgate.servlet.testing.TomcatContainer;
import dev.tollgate.servlet.testing.WebContext;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestTokens;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Undeploying a web application whose filter built its own verifier leaves no thread of ours behind: not the
 * key-refresh thread and not the threads of the HTTP client the verifier created (embedded Tomcat 11, filter
 * configured by init-params, keys from a loopback JWKS).
 */
class TollgateFilterDestroyTest {

  /** Whether this JDK's HttpClient can be closed (21+); before that its selector thread ends once it is collected. */
  private static final boolean CLOSEABLE_HTTP_CLIENT = AutoCloseable.class.isAssignableFrom(HttpClient.class);

  /** The JDK names an HTTP client's threads {@code HttpClient-<client id>-SelectorManager} and {@code -Worker-<n>}. */
  private static final Pattern CLIENT_THREAD = Pattern.compile("HttpClient-(\\d+)-.*");

  /** The threads of HTTP clients and of our key refresh, by name. */
  private static Set<Thread> candidateThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("HttpClient-") || thread.getName().startsWith("tollgate-"))
        .collect(Collectors.toSet());
  }

  /** @return the ids of the HTTP clients these threads belong to */
  private static Set<String> clientIds(Set<Thread> threads) {
    Set<String> ids = new HashSet<>();
    for (Thread thread : threads) {
      Matcher name = CLIENT_THREAD.matcher(thread.getName());
      if (name.matches()) {
        ids.add(name.group(1));
      }
    }
    return ids;
  }

  /** @return whether the thread belongs to none of these HTTP clients */
  private static boolean notOf(Set<String> clientIds, Thread thread) {
    Matcher name = CLIENT_THREAD.matcher(thread.getName());
    return !name.matches() || !clientIds.contains(name.group(1));
  }

  @Test
  void destroyWhenTheFilterBuiltItsVerifierThenNoThreadOfOursSurvivesTheContextStop() throws Exception {
    try (JwksServer jwks = new JwksServer()) {
      jwks.serve(TestJwks.primary());
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Set<Thread> before = candidateThreads(); // this test's own client and anything earlier tests left
      TollgateFilter filter = new TollgateFilter(name -> null);
      TomcatContainer tomcat = TomcatContainer.start(List.of(new WebContext("", filter)
          .initParam(TollgateFilter.INIT_JWKS_URL, jwks.url().toString())
          .initParam(TollgateFilter.INIT_REQUIRE_PATHS, "/api/*")
          .servlet("whoami", new ScenarioServlets.WhoAmI(), "/api/*")));
      Set<Thread> ours;
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + tomcat.port() + "/api/me"))
            .header("Authorization", "Bearer " + TestTokens.token().issuedAt(Instant.now()).build())
            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, jwks.requests(), "the request made the filter's verifier fetch keys");
        Set<String> otherClients = clientIds(before); // workers of this test's client start after the snapshot
        ours = candidateThreads().stream()
            .filter(thread -> !before.contains(thread) && notOf(otherClients, thread))
            .collect(Collectors.toSet());
        assertFalse(ours.stream().noneMatch(thread -> thread.getName().endsWith("-SelectorManager")),
            "the verifier's HTTP client thread is visible to this test: " + ours);
        assertFalse(ours.stream().noneMatch(thread -> thread.getName().startsWith("tollgate-keys-refresh-")),
            "the key refresh thread is visible to this test: " + ours);
      } finally {
        tomcat.stop();
      }

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      for (Thread thread : ours) {
        while (thread.isAlive() && System.nanoTime() < deadline) {
          if (!CLOSEABLE_HTTP_CLIENT) {
            // JDK 17's HttpClient has no close(): its selector thread ends once the client object is collected
            // and the thread's next select (at most 3 s) finds it gone, so this needs a collection to happen.
            System.gc();
          }
          thread.join(200);
        }
      }
      assertEquals(Set.of(), ours.stream().filter(Thread::isAlive).map(Thread::getName).collect(Collectors.toSet()),
          "threads still running after the context stopped");
      Reference.reachabilityFence(filter); // the filter object stays referenced: only destroy() may release
    }
  }
}
