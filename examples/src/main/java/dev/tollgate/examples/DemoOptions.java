package dev.tollgate.examples;

import dev.tollgate.examples.app.WebApp;
import dev.tollgate.examples.gateway.Gateway;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The demo's command line:
 * <pre>
 * [--self-check] [--clerk] [--issuer-port N] [--app-port N] [--gateway-port N]
 * issuer [--issuer-port N]
 * mint [name=value ...] [--issuer-url URL]
 * --help
 * </pre>
 * The demo uses ports 8787/8788/8789 unless told otherwise; the self-check uses free ports unless a port is
 * given, so it runs next to a running demo. Immutable and thread-safe.
 *
 * @param mode what to do
 * @param ports the ports of the issuer, web app and gateway
 * @param clerk whether to verify against a real Clerk instance configured by environment variables
 * @param mintWords the {@code name=value} words of {@code mint}
 * @param issuerUrl the running issuer {@code mint} asks
 */
record DemoOptions(Mode mode, Ports ports, boolean clerk, List<String> mintWords, URI issuerUrl) {

  /** What the program does. */
  enum Mode {
    /** Start everything, print curl lines, run until Ctrl-C. */
    DEMO,
    /** Start everything on free ports, check every endpoint, exit 0 or 1. */
    SELF_CHECK,
    /** Start only the local issuer, for an application of your own. */
    ISSUER,
    /** Print one token minted by the running issuer. */
    MINT,
    /** Print the usage. */
    HELP
  }

  /**
   * The three ports; 0 means a free one.
   *
   * @param issuer the local issuer's port
   * @param app the web app's port
   * @param gateway the gateway's port
   */
  record Ports(int issuer, int app, int gateway) {

    /** The documented defaults: 8787, 8788, 8789. */
    static final Ports DEFAULTS = new Ports(LocalIssuer.DEFAULT_PORT, WebApp.DEFAULT_PORT, Gateway.DEFAULT_PORT);
    /** Free ports for all three. */
    static final Ports FREE = new Ports(0, 0, 0);

    /** Checks the range. */
    Ports {
      for (int port : new int[] {issuer, app, gateway}) {
        if (port < 0 || port > 65535) {
          throw new IllegalArgumentException("ports must be between 0 and 65535");
        }
      }
    }
  }

  /** Checks the components. */
  DemoOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(ports, "ports");
    mintWords = List.copyOf(mintWords);
    Objects.requireNonNull(issuerUrl, "issuerUrl");
  }

  /**
   * Parses the arguments.
   *
   * @param args the command line
   * @return the options
   * @throws IllegalArgumentException for an unknown option, a missing or bad value, or a bad combination
   */
  static DemoOptions parse(String... args) {
    Mode mode = Mode.DEMO;
    boolean clerk = false;
    Integer issuerPort = null;
    Integer appPort = null;
    Integer gatewayPort = null;
    URI issuerUrl = URI.create("http://127.0.0.1:" + LocalIssuer.DEFAULT_PORT);
    List<String> words = new ArrayList<>();
    int i = 0;
    if (args.length > 0 && (args[0].equals("issuer") || args[0].equals("mint"))) {
      mode = args[0].equals("issuer") ? Mode.ISSUER : Mode.MINT;
      i = 1;
    }
    for (; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--self-check":
          mode = requireMode(mode, Mode.DEMO, Mode.SELF_CHECK, arg);
          break;
        case "--clerk":
          requireMode(mode, Mode.DEMO, Mode.DEMO, arg);
          clerk = true;
          break;
        case "--help":
        case "-h":
          return new DemoOptions(Mode.HELP, Ports.DEFAULTS, false, List.of(), issuerUrl);
        case "--issuer-port":
          issuerPort = port(args, ++i, arg);
          break;
        case "--app-port":
          appPort = port(args, ++i, arg);
          break;
        case "--gateway-port":
          gatewayPort = port(args, ++i, arg);
          break;
        case "--issuer-url":
          requireMode(mode, Mode.MINT, Mode.MINT, arg);
          issuerUrl = url(args, ++i, arg);
          break;
        default:
          if (mode == Mode.MINT && !arg.startsWith("-")) {
            words.add(arg);
            break;
          }
          throw new IllegalArgumentException("unknown argument '" + arg + "'; see --help");
      }
    }
    if (clerk && mode != Mode.DEMO) {
      throw new IllegalArgumentException("--clerk runs the demo against a real Clerk instance; the self-check"
          + " needs the local issuer");
    }
    boolean anyPort = issuerPort != null || appPort != null || gatewayPort != null;
    Ports base = mode == Mode.SELF_CHECK && !anyPort ? Ports.FREE : Ports.DEFAULTS;
    Ports ports = new Ports(issuerPort != null ? issuerPort : base.issuer(), appPort != null ? appPort : base.app(),
        gatewayPort != null ? gatewayPort : base.gateway());
    return new DemoOptions(mode, ports, clerk, words, issuerUrl);
  }

  /** @return the usage text */
  static String usage() {
    return String.join("\n",
        "Tollgate demo: a local issuer, a web app behind TollgateFilter and a gateway, on 127.0.0.1.",
        "",
        "  (no arguments)        start issuer :8787, web app :8788, gateway :8789; print curl lines; Ctrl-C stops",
        "  --self-check          start everything on free ports, check every endpoint, exit 0 only if all pass",
        "  --clerk               verify real Clerk tokens instead: CLERK_SECRET_KEY, CLERK_JWKS_URL or CLERK_JWT_KEY,",
        "                        with CLERK_PUBLISHABLE_KEY and CLERK_AUTHORIZED_PARTIES (no local issuer)",
        "  --issuer-port N, --app-port N, --gateway-port N   other ports (0 = any free port)",
        "  issuer                start only the local issuer (for your own app: CLERK_JWKS_URL=<its JWKS URL>)",
        "  mint name=value ...   print a token minted by the running issuer (--issuer-url URL, default",
        "                        http://127.0.0.1:8787); e.g. mint role=admin lifetime=600",
        "",
        "Run through Maven from the repository root, for example:",
        "  mvn -q -pl examples -am compile -Pdemo -Dexec.args=\"--self-check\"");
  }

  private static Mode requireMode(Mode current, Mode allowed, Mode next, String option) {
    if (current != allowed) {
      throw new IllegalArgumentException(option + " cannot be combined with "
          + current.name().toLowerCase(Locale.ROOT));
    }
    return next;
  }

  private static int port(String[] args, int index, String option) {
    if (index >= args.length || !args[index].matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(option + " needs a port number");
    }
    int port = Integer.parseInt(args[index]);
    if (port > 65535) {
      throw new IllegalArgumentException(option + " needs a port number up to 65535");
    }
    return port;
  }

  private static URI url(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a URL");
    }
    try {
      URI url = URI.create(args[index].replaceAll("/+$", ""));
      if (!"http".equals(url.getScheme()) || url.getHost() == null) {
        throw new IllegalArgumentException(option + " needs an http:// URL");
      }
      return url;
    } catch (IllegalArgumentException bad) {
      throw new IllegalArgumentException(option + " needs an http:// URL", bad);
    }
  }
}
