package dev.tollgate.examples;

import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints the demo's ready-to-paste {@code curl} lines, one per {@link Scenario}, each with a freshly minted
 * token. Tokens minted for printing live {@value #PRINTED_TOKEN_LIFETIME_SECONDS} seconds instead of Clerk's
 * 60, so the lines still work when pasted a while later (the expired scenario sets its own lifetime). Values
 * are single-quoted for POSIX shells. Stateless and thread-safe.
 */
public final class CurlLines {

  /** Lifetime of printed tokens: {@value} seconds (one hour). */
  public static final int PRINTED_TOKEN_LIFETIME_SECONDS = 3600;

  private CurlLines() {}

  /**
   * Prints every scenario against a local stack.
   *
   * @param out where to print
   * @param stack the running stack
   * @param issuer the local issuer, which mints the tokens
   */
  static void printLocal(PrintStream out, DemoStack stack, LocalIssuer issuer) {
    print(out, Scenarios.all(), stack::baseUrl, issuer);
  }

  /**
   * Prints one numbered line per scenario: its title and outcome, then its {@code curl} line with a token
   * minted to live {@value #PRINTED_TOKEN_LIFETIME_SECONDS} seconds unless the scenario sets a lifetime.
   *
   * @param out where to print
   * @param scenarios the scenarios, in order
   * @param bases the server of each target
   * @param issuer mints the tokens
   */
  public static void print(PrintStream out, List<Scenario> scenarios, Function<Scenario.Target, URI> bases,
      LocalIssuer issuer) {
    int number = 1;
    for (Scenario scenario : scenarios) {
      Optional<String> token = scenario.mint(issuer.token(),
          Map.of("lifetime", Integer.toString(PRINTED_TOKEN_LIFETIME_SECONDS)));
      out.println("# " + number++ + ". " + scenario.title() + "  ->  " + scenario.outcome());
      List<String> words = new ArrayList<>();
      scenario.headers().forEach((name, value) -> words.add(quote(name + ": " + value)));
      token.ifPresent(value -> words.add(quote("Authorization: Bearer " + value)));
      out.println(curl(bases.apply(scenario.target()), scenario.path(), words));
      out.println();
    }
  }

  /**
   * Prints lines for a real Clerk instance: the token comes from the {@code CLERK_TOKEN} shell variable.
   *
   * @param out where to print
   * @param stack the running stack
   */
  static void printClerk(PrintStream out, DemoStack stack) {
    List<String> bearer = List.of("\"Authorization: Bearer $CLERK_TOKEN\"");
    String[][] lines = {
        {"the session as JSON", "APP", "/api/me"},
        {"needs role org:admin", "APP", "/api/org/admin"},
        {"needs permission org:billing:manage", "APP", "/api/billing"},
        {"needs a second factor within 10 minutes", "APP", "/api/sensitive"},
        {"through the gateway: X-User-Id etc. forwarded", "GATEWAY", "/api/me"}};
    out.println("# Set CLERK_TOKEN to a session token of your instance, for example from the browser console of"
        + " your signed-in app:");
    out.println("#   await window.Clerk.session.getToken()      (it lives 60 seconds)");
    out.println("export CLERK_TOKEN='<paste the token here>'");
    out.println();
    for (String[] line : lines) {
      out.println("# " + line[0]);
      out.println(curl(stack.baseUrl(Scenario.Target.valueOf(line[1])), line[2], bearer));
      out.println();
    }
    out.println("# public");
    out.println(curl(stack.app().baseUrl(), "/health", List.of()));
  }

  /**
   * One {@code curl} line.
   *
   * @param base the server
   * @param path the path
   * @param headerWords {@code -H} arguments, already quoted for the shell
   * @return {@code curl -si URL [-H …]}, the URL first so it stays visible next to a long token
   */
  public static String curl(URI base, String path, List<String> headerWords) {
    Objects.requireNonNull(base, "base");
    StringBuilder line = new StringBuilder("curl -si ").append(base).append(path);
    for (String word : headerWords) {
      line.append(" -H ").append(word);
    }
    return line.toString();
  }

  /**
   * @param value any text
   * @return the text in single quotes, safe for POSIX shells
   */
  public static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
