package dev.tollgate.examples;

import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.examples.issuer.TokenSpecParser;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code mint name=value …}: prints one session token on standard output, nothing else, so
 * {@code TOKEN=$(…)} works. The token is minted by the running local issuer ({@code POST /mint}), because its
 * key lives only in that process's memory and only its tokens verify against the running demo. When no issuer
 * answers, the token is minted with a one-off key instead, and its public key is printed on standard error
 * for a networkless verifier ({@code CLERK_JWT_KEY}). Stateless and thread-safe.
 */
final class MintCommand {

  private MintCommand() {}

  /**
   * @param words {@code name=value} token parameters
   * @param issuerUrl the running issuer
   * @param out receives the token
   * @param err receives errors and notes
   * @return the exit code: 0 with a token, 2 for bad parameters, 1 when the issuer failed
   */
  static int run(List<String> words, URI issuerUrl, PrintStream out, PrintStream err) {
    UnaryOperator<TokenSpec> spec;
    try {
      spec = TokenSpecParser.parseWords(words);
    } catch (IllegalArgumentException invalid) {
      err.println("mint: " + invalid.getMessage());
      return 2;
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String form = words.stream().map(word -> {
      int equals = word.indexOf('=');
      return encode(word.substring(0, equals)) + "=" + encode(word.substring(equals + 1));
    }).collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + LocalIssuer.MINT_PATH))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        err.println("mint: the issuer answered " + response.statusCode() + ": " + response.body());
        return 1;
      }
      out.print(response.body());
      return 0;
    } catch (ConnectException noIssuer) {
      return offline(spec, issuerUrl, out, err);
    } catch (IOException failed) {
      err.println("mint: " + issuerUrl + " did not answer: " + failed.getMessage());
      return 1;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static int offline(UnaryOperator<TokenSpec> spec, URI issuerUrl, PrintStream out, PrintStream err) {
    SigningKey key = LocalIssuer.generateKey();
    err.println(LocalIssuer.banner());
    err.println("mint: no local issuer answers at " + issuerUrl + ", so this token is signed with a one-off key and");
    err.println("will not verify against a running demo. A verifier accepts it with this networkless key");
    err.println("(CLERK_JWT_KEY), the issuer " + issuerUrl + " and the authorized party of the token:");
    err.print(key.publicKeyPem());
    out.println(spec.apply(LocalIssuer.token(key, issuerUrl.toString(), Clock.systemUTC())).sign());
    return 0;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
