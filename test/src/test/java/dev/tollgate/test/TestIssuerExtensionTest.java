package dev.tollgate.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension run by JUnit itself: the nested classes use it as an application's tests would, record the issuers
 * they were given, and this class checks after them that each scope got one issuer and that it was closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestIssuerExtensionTest {

  private static final List<TestIssuer> PER_CLASS = new CopyOnWriteArrayList<>();
  private static final List<TestIssuer> PER_TEST = new CopyOnWriteArrayList<>();

  @AfterAll
  void issuersWhenTheirScopeEndedThenClosed() {
    assertEquals(3, PER_CLASS.size(), "per-class injections: @BeforeAll and two tests");
    assertEquals(4, PER_TEST.size(), "per-test injections: @BeforeEach and test, twice");
    for (TestIssuer issuer : List.of(PER_CLASS.get(0), PER_TEST.get(0), PER_TEST.get(2))) {
      assertThrows(IllegalStateException.class, issuer::verifier, () -> issuer + " was not closed");
    }
  }

  @Test
  void lifetimeWhenFactoriesUsedThenAsNamed() {
    assertEquals(TestIssuerExtension.Lifetime.PER_CLASS, new TestIssuerExtension().lifetime(), "default");
    assertEquals(TestIssuerExtension.Lifetime.PER_CLASS, TestIssuerExtension.perClass().lifetime(), "perClass()");
    assertEquals(TestIssuerExtension.Lifetime.PER_TEST, TestIssuerExtension.perTest().lifetime(), "perTest()");
  }

  @Nested
  @ExtendWith(TestIssuerExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {

    @BeforeAll
    static void record(TestIssuer issuer) {
      PER_CLASS.add(issuer);
    }

    @Test
    @Order(1)
    void firstTestWhenInjectedThenTheClassIssuer(TestIssuer issuer) {
      PER_CLASS.add(issuer);
      assertSame(PER_CLASS.get(0), issuer, "same issuer as @BeforeAll");
    }

    @Test
    @Order(2)
    void secondTestWhenInjectedThenStillTheClassIssuerAndItWorks(TestIssuer issuer) throws Exception {
      PER_CLASS.add(issuer);
      assertSame(PER_CLASS.get(0), issuer, "same issuer as @BeforeAll");
      assertEquals("user_ext", issuer.verifier().verify(issuer.token().userId("user_ext").sign()).userId());
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTest {

    @RegisterExtension
    final TestIssuerExtension extension = TestIssuerExtension.perTest(
        () -> TestIssuer.builder().authorizedParty("https://app.example.com").start());

    @BeforeEach
    void record(TestIssuer issuer) {
      PER_TEST.add(issuer);
    }

    @Test
    @Order(1)
    void firstTestWhenInjectedThenTheIssuerOfItsBeforeEachFromTheFactory(TestIssuer issuer) {
      PER_TEST.add(issuer);
      assertSame(PER_TEST.get(0), issuer, "same issuer as its @BeforeEach");
      assertEquals("https://app.example.com", issuer.authorizedParty(), "made by the factory");
    }

    @Test
    @Order(2)
    void secondTestWhenInjectedThenANewIssuer(TestIssuer issuer) {
      PER_TEST.add(issuer);
      assertSame(PER_TEST.get(2), issuer, "same issuer as its @BeforeEach");
      assertNotSame(PER_TEST.get(0), issuer, "not the first test's issuer");
    }
  }
}
