package dev.tollgate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Describes the machine a run happened on, for the results table: CPU model, cores, JDK, OS. */
public final class MachineInfo {

  private MachineInfo() {}

  /** @return for example {@code AMD EPYC, 2 cores; OpenJDK 64-Bit Server VM 17.0.15+6; Linux 6.1 amd64} */
  public static String describe() {
    return cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores; "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
        + System.getProperty("java.vm.vendor") + "); " + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + " " + System.getProperty("os.arch");
  }

  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try {
        List<String> lines = Files.readAllLines(cpuinfo);
        for (String line : lines) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      } catch (IOException unreadable) {
        // fall through to the generic answer
      }
    }
    return "unknown CPU (" + System.getProperty("os.arch") + ")";
  }
}
