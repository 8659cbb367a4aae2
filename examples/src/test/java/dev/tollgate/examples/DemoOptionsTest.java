package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

  @Test
  void parseWhenNoArgumentsThenDemoOnDefaultPorts() {
    DemoOptions options = DemoOptions.parse();

    assertEquals(DemoOptions.Mode.DEMO, options.mode());
    assertEquals(new DemoOptions.Ports(8787, 8788, 8789), options.ports());
  }

  @Test
  void parseWhenSelfCheckThenFreePortsUnlessOneIsGiven() {
    assertEquals(DemoOptions.Ports.FREE, DemoOptions.parse("--self-check").ports());
    assertEquals(new DemoOptions.Ports(9000, 8788, 8789),
        DemoOptions.parse("--self-check", "--issuer-port", "9000").ports());
  }

  @Test
  void parseWhenPortsGivenThenUsed() {
    DemoOptions options = DemoOptions.parse("--issuer-port", "1", "--app-port", "2", "--gateway-port", "0");

    assertEquals(new DemoOptions.Ports(1, 2, 0), options.ports());
  }

  @Test
  void parseWhenMintThenWordsAndIssuerUrl() {
    DemoOptions options = DemoOptions.parse("mint", "role=admin", "lifetime=600", "--issuer-url",
        "http://127.0.0.1:9999/");

    assertEquals(DemoOptions.Mode.MINT, options.mode());
    assertEquals(List.of("role=admin", "lifetime=600"), options.mintWords());
    assertEquals(URI.create("http://127.0.0.1:9999"), options.issuerUrl());
  }

  @Test
  void parseWhenIssuerOrHelpThenThatMode() {
    assertEquals(DemoOptions.Mode.ISSUER, DemoOptions.parse("issuer", "--issuer-port", "0").mode());
    assertEquals(DemoOptions.Mode.HELP, DemoOptions.parse("--help").mode());
    assertTrue(DemoOptions.usage().contains("--self-check"));
  }

  @Test
  void parseWhenClerkThenDemoAgainstEnvironment() {
    assertTrue(DemoOptions.parse("--clerk").clerk());
  }

  @Test
  void parseWhenInvalidThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--selfcheck"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--app-port"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--app-port", "70000"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--app-port", "-1"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--self-check", "--clerk"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--issuer-url", "http://x"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("mint", "--issuer-url", "ftp://x"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("issuer", "--self-check"));
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("role=admin"));
  }
}
