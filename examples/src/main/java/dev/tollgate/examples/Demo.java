package dev.tollgate.examples;

import dev.tollgate.ClerkEnvironment;
import dev.tollgate.KeysUnavailableException;
import dev.tollgate.examples.gateway.IdentityHeaders;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The demo's entry point. From the repository root:
 * <pre>
 * mvn -q -pl examples -am compile -Pdemo                               # the demo, until Ctrl-C
 * mvn -q -pl examples -am compile -Pdemo -Dexec.args="--self-check"    # check every endpoint, exit 0/1
 * </pre>
 * See {@link DemoOptions} for every option. Runs until Ctrl-C in the demo and issuer modes (a shutdown hook
 * stops the servers); exits with the self-check's or the mint command's status otherwise.
 */
public final class Demo {

  /** The command that runs the demo, as documented: {@value}. */
  public static final String RUN_COMMAND = "mvn -q -pl examples -am compile -Pdemo";

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args see {@link DemoOptions#usage()}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System::getenv));
  }

  /**
   * Runs the demo with the given streams and environment; blocks until interrupted in the demo and issuer modes.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @param env the environment, for {@code --clerk}
   * @return the exit status: 0 success, 1 a check or start-up failed, 2 bad arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err, Function<String, @Nullable String> env) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException invalid) {
      err.println(invalid.getMessage());
      err.println(DemoOptions.usage());
      return 2;
    }
    try {
      switch (options.mode()) {
        case HELP:
          out.println(DemoOptions.usage());
          return 0;
        case MINT:
          return MintCommand.run(options.mintWords(), options.issuerUrl(), out, err);
        case SELF_CHECK:
          try (DemoStack stack = DemoStack.startLocal(options.ports(), out)) {
            return SelfCheck.run(stack, out) ? 0 : 1;
          }
        case ISSUER:
          return runUntilStopped(startIssuer(options, out), out);
        default:
          return runUntilStopped(start(options, out, env), out);
      }
    } catch (IOException | KeysUnavailableException | IllegalArgumentException failed) {
      err.println("The demo could not start: " + failed.getMessage());
      return 1;
    }
  }

  /**
   * Starts the demo and prints what is running and the {@code curl} lines; does not block.
   *
   * @param options the options (mode {@code DEMO})
   * @param out where to print
   * @param env the environment, read with {@code --clerk}
   * @return the running stack; the caller closes it
   * @throws IOException if a port is taken or a server does not start
   * @throws KeysUnavailableException if the verifiers cannot load their keys
   */
  static DemoStack start(DemoOptions options, PrintStream out, Function<String, @Nullable String> env)
      throws IOException, KeysUnavailableException {
    DemoStack stack;
    if (options.clerk()) {
      ClerkEnvironment clerk = ClerkEnvironment.read(env);
      stack = DemoStack.startWith(clerk.builder().build(), clerk.builder().build(), options.ports());
      out.println("Tollgate demo against a real Clerk instance (Clerk instance from " + clerk.keySource() + ").");
    } else {
      out.println("Tollgate demo: everything runs on 127.0.0.1, offline.");
      stack = DemoStack.startLocal(options.ports(), out);
    }
    out.println("Web app on " + stack.app().baseUrl() + ": TollgateFilter requires a session on /api/*; /health is"
        + " public.");
    out.println("Gateway on " + stack.gateway().baseUrl() + ": checks the token itself, then forwards to the web app"
        + " with " + String.join(", ", IdentityHeaders.NAMES) + ".");
    out.println();
    if (stack.issuer().isPresent()) {
      LocalIssuer issuer = stack.issuer().get();
      out.println("Paste any line below into another terminal (tokens live "
          + CurlLines.PRINTED_TOKEN_LIFETIME_SECONDS / 60 + " minutes).");
      out.println();
      CurlLines.printLocal(out, stack, issuer);
      out.println("More tokens:  curl '" + issuer.mintUrl() + "?role=admin&lifetime=600'   (parameters: curl "
          + issuer.baseUrl() + "/)");
      out.println("Self-check:   " + RUN_COMMAND + " -Dexec.args=\"--self-check\"");
    } else {
      CurlLines.printClerk(out, stack);
    }
    return stack;
  }

  /**
   * Starts only the local issuer and prints how to point an application at it; does not block.
   *
   * @param options the options (mode {@code ISSUER})
   * @param out where to print
   * @return the running issuer; the caller closes it
   * @throws IOException if the port is taken
   */
  static LocalIssuer startIssuer(DemoOptions options, PrintStream out) throws IOException {
    LocalIssuer issuer = LocalIssuer.start(options.ports().issuer(), Clock.systemUTC(), out);
    out.println();
    out.println("Point an application at it:");
    out.println("  CLERK_JWKS_URL=" + issuer.jwksUrl());
    out.println("  tokens carry iss " + issuer.baseUrl() + " and azp " + LocalIssuer.DEFAULT_AUTHORIZED_PARTY);
    out.println("A token:  curl '" + issuer.mintUrl() + "?role=admin'    (parameters: curl " + issuer.baseUrl() + "/)");
    return issuer;
  }

  /**
   * Prints that it runs until Ctrl-C and waits; a shutdown hook closes what runs.
   *
   * @param running what to close at shutdown
   * @param out where to print
   * @return 0, once the shutdown hook has closed it
   */
  public static int runUntilStopped(AutoCloseable running, PrintStream out) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception ignored) {
        // Shutting down anyway.
      }
      stopped.countDown();
    }, "demo-shutdown"));
    out.println();
    out.println("Running until Ctrl-C.");
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
