package dev.tollgate.examples.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program's {@code main} run in a child JVM on this test's class path, as a reader would run it: with its
 * own process environment (the parent's {@code CLERK_*} variables removed, the given ones added). Started when
 * the program prints {@code Listening on http://localhost:<port>}; {@link #close()} stops it.
 */
public final class ChildJvm implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Listening on http://localhost:(\\d+)");
  private static final long START_TIMEOUT_SECONDS = 60;

  private final Process process;
  private final URI baseUrl;

  private ChildJvm(Process process, int port) {
    this.process = process;
    this.baseUrl = URI.create("http://127.0.0.1:" + port);
  }

  /**
   * Runs {@code main} and waits until it listens.
   *
   * @throws IllegalStateException with the program's output if it exits or stays silent instead
   */
  public static ChildJvm start(Class<?> main, Map<String, String> environment) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName());
    builder.environment().keySet().removeIf(name -> name.startsWith("CLERK_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    StringBuffer output = new StringBuffer();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          output.append(line).append('\n');
          Matcher listening = LISTENING.matcher(line);
          if (listening.find()) {
            port.complete(Integer.parseInt(listening.group(1)));
          }
        }
      } catch (IOException closed) {
        // the process is gone; what it printed is in output
      }
      port.completeExceptionally(new IllegalStateException("its output ended"));
    }, main.getSimpleName() + "-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new ChildJvm(process, port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException notListening) {
      process.destroyForcibly();
      throw new IllegalStateException(main.getName() + " did not start listening (" + notListening.getMessage()
          + "); its output:\n" + output, notListening);
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Stops the program (SIGTERM, then SIGKILL after 10 s). */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
