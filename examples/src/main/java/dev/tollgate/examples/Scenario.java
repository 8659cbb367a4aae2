package dev.tollgate.examples;

import dev.tollgate.examples.issuer.TokenSpecParser;
import dev.tollgate.test.tokens.TokenSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request of a demo: which server and path, the token to send (described by {@code /mint} parameters),
 * extra headers, and the right answer. The demo prints it as a {@code curl} line; the self-check sends it.
 *
 * @param title a short name, for example {@code "expired token"}
 * @param target the web app or the gateway
 * @param path the request path
 * @param token the token's {@link dev.tollgate.examples.issuer.TokenSpecParser} parameters; {@code null} sends
 *     no token
 * @param tampered whether to alter one character of the token's signature
 * @param headers extra request headers, in order
 * @param expectation the right answer
 * @param outcome the right answer in words, printed above the {@code curl} line
 */
public record Scenario(String title, Target target, String path, @Nullable Map<String, String> token, boolean tampered,
    Map<String, String> headers, Expectation expectation, String outcome) {

  /** Where a scenario's request goes. */
  public enum Target {
    /** The web app: the servlet app of this module's demo, or the application of another example. */
    APP,
    /** The gateway in front of the web app. */
    GATEWAY
  }

  /** Checks the components. */
  public Scenario {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(path, "path");
    token = token == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(token));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * A token description, for the {@code token} component.
   *
   * @param pairs {@code /mint} parameter names and values, alternating, for example {@code "role", "admin"}
   * @return the parameters in order
   * @throws IllegalArgumentException if a name has no value
   */
  public static Map<String, String> token(String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("token parameters come in name-value pairs");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parameters.put(pairs[i], pairs[i + 1]);
    }
    return parameters;
  }

  /**
   * Mints this scenario's token.
   *
   * @param base the token to start from, for example {@code LocalIssuer.token()}
   * @param defaults parameters used when the scenario does not set them, for example a longer lifetime
   * @return the token (tampered if asked), or empty when the scenario sends none
   * @throws IllegalArgumentException if the parameters are invalid
   */
  public Optional<String> mint(TokenSpec base, Map<String, String> defaults) {
    if (token == null) {
      return Optional.empty();
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    defaults.forEach((name, value) -> parameters.put(name, List.of(value)));
    token.forEach((name, value) -> parameters.put(name, List.of(value)));
    String minted = TokenSpecParser.parse(parameters).apply(base).sign();
    return Optional.of(tampered ? tamper(minted) : minted);
  }

  /**
   * Alters one base64url character in the middle of a token's signature, so the signature no longer verifies.
   *
   * @param token a compact JWS
   * @return the same token with one signature character changed
   */
  public static String tamper(String token) {
    int index = token.length() - 10;
    char replacement = token.charAt(index) == 'A' ? 'B' : 'A';
    return token.substring(0, index) + replacement + token.substring(index + 1);
  }
}
