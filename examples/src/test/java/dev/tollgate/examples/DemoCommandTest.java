package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void runWhenSelfCheckPassesOrFailsThenExitZeroOrOne() {
    assertEquals(0, run(new String[] {"--self-check"}, () -> true), "exit status of a passing self-check");
    assertEquals(1, run(new String[] {"--self-check"}, () -> false), "exit status of a failing self-check");
  }

  @Test
  void runWhenHelpThenUsageAndExitZero() {
    assertEquals(0, run(new String[] {"--help"}, () -> true), "exit status");
    assertEquals("usage text\n", out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"), "printed");
  }

  @Test
  void runWhenUnknownOrSeveralArgumentsThenUsageOnStandardErrorAndExitTwo() {
    assertEquals(2, run(new String[] {"--selfcheck"}, () -> true), "exit status of an unknown argument");
    assertEquals(2, run(new String[] {"--self-check", "--help"}, () -> true), "exit status of two arguments");
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("expected nothing, --self-check or --help") && printed.contains("usage text"),
        printed);
  }

  @Test
  void runWhenTheSelfCheckCannotStartThenItsMessageAndExitOne() {
    int exit = run(new String[] {"--self-check"}, () -> {
      throw new IOException("port 8787 on 127.0.0.1 is in use");
    });

    assertEquals(1, exit, "exit status");
    assertEquals("The demo could not start: port 8787 on 127.0.0.1 is in use\n",
        err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"), "printed");
  }

  private int run(String[] args, DemoCommand.Check check) {
    return DemoCommand.run(args, print(out), print(err), () -> {
      throw new AssertionError("the demo must not start");
    }, check, "usage text");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
