package dev.tollgate.examples;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The command line of a one-command demo of an example application: no arguments starts it and runs until Ctrl-C,
 * {@code --self-check} checks every answer and exits 0 or 1, {@code --help} prints the usage. Stateless.
 */
public final class DemoCommand {

  /** Starts a demo; does not block. */
  @FunctionalInterface
  public interface Start {
    /**
     * @return what runs, closed at shutdown
     * @throws IOException if a port is taken
     */
    AutoCloseable start() throws IOException;
  }

  /** Runs a self-check. */
  @FunctionalInterface
  public interface Check {
    /**
     * @return {@code true} if every check passed
     * @throws IOException if a server cannot start
     */
    boolean passes() throws IOException;
  }

  private DemoCommand() {}

  /**
   * Runs the command line; blocks until interrupted unless checking.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @param demo starts the demo
   * @param selfCheck runs the self-check
   * @param usage the usage text
   * @return the exit status: 0 success, 1 a check or the start failed, 2 bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Start demo, Check selfCheck, String usage) {
    String mode = args.length == 1 ? args[0] : args.length == 0 ? "" : "(several arguments)";
    try {
      switch (mode) {
        case "":
          return Demo.runUntilStopped(demo.start(), out);
        case "--self-check":
          return selfCheck.passes() ? 0 : 1;
        case "--help":
          out.println(usage);
          return 0;
        default:
          err.println("unknown arguments; expected nothing, --self-check or --help");
          err.println(usage);
          return 2;
      }
    } catch (IOException | RuntimeException failed) {
      err.println("The demo could not start: " + failed.getMessage());
      return 1;
    }
  }
}
