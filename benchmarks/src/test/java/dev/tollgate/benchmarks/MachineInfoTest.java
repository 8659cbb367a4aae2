package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MachineInfoTest {

  @Test
  void describeWhenCalledThenNamesCpuCoresAndJdk() {
    String line = MachineInfo.describe();
    assertTrue(line.contains(Runtime.getRuntime().availableProcessors() + " cores"), line);
    assertTrue(line.contains(System.getProperty("java.runtime.version")), line);
    assertFalse(MachineInfo.cpuModel().isBlank());
  }
}
