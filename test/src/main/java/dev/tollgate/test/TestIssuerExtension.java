package dev.tollgate.test;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that injects a running {@link TestIssuer} into test constructors, lifecycle methods and test
 * methods, and closes it when its scope ends.
 *
 * <p>{@code @ExtendWith(TestIssuerExtension.class)} gives one issuer per test class ({@link Lifetime#PER_CLASS}:
 * every method of the class, {@code @BeforeAll} included, gets the same one). For one per test, register
 * {@code @RegisterExtension static final TestIssuerExtension ISSUER = TestIssuerExtension.perTest();}; for an issuer
 * with options, pass a factory: {@code TestIssuerExtension.perClass(() -> TestIssuer.builder().clock(c).start())}.
 * Issuers are kept in JUnit's extension store and closed with it. Thread-safe.
 */
public final class TestIssuerExtension implements ParameterResolver {

  /** How long an injected issuer lives. */
  public enum Lifetime {
    /** One issuer per test class (a {@code @Nested} class gets its own), closed after the class. */
    PER_CLASS,
    /** One issuer per test method, shared by its {@code @BeforeEach}/{@code @AfterEach}, closed after it. */
    PER_TEST
  }

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestIssuer.class);

  private final Lifetime lifetime;
  private final Supplier<TestIssuer> factory;

  /** One issuer per test class with every default: what {@code @ExtendWith(TestIssuerExtension.class)} uses. */
  public TestIssuerExtension() {
    this(Lifetime.PER_CLASS, TestIssuer::start);
  }

  private TestIssuerExtension(Lifetime lifetime, Supplier<TestIssuer> factory) {
    this.lifetime = lifetime;
    this.factory = factory;
  }

  /** @return an extension giving one default issuer per test class */
  public static TestIssuerExtension perClass() {
    return new TestIssuerExtension();
  }

  /**
   * @param factory starts the issuer, for example {@code () -> TestIssuer.builder().clock(clock).start()}
   * @return an extension giving one issuer from the factory per test class
   */
  public static TestIssuerExtension perClass(Supplier<TestIssuer> factory) {
    return new TestIssuerExtension(Lifetime.PER_CLASS, Objects.requireNonNull(factory, "factory"));
  }

  /** @return an extension giving one default issuer per test method */
  public static TestIssuerExtension perTest() {
    return new TestIssuerExtension(Lifetime.PER_TEST, TestIssuer::start);
  }

  /**
   * @param factory starts the issuer
   * @return an extension giving one issuer from the factory per test method
   */
  public static TestIssuerExtension perTest(Supplier<TestIssuer> factory) {
    return new TestIssuerExtension(Lifetime.PER_TEST, Objects.requireNonNull(factory, "factory"));
  }

  /** @return how long the issuers this extension injects live */
  public Lifetime lifetime() {
    return lifetime;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestIssuer.class;
  }

  @Override
  public TestIssuer resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return scope(context).getStore(NAMESPACE).computeIfAbsent(TestIssuer.class, type -> factory.get(),
        TestIssuer.class);
  }

  private ExtensionContext scope(ExtensionContext context) {
    if (lifetime == Lifetime.PER_TEST) {
      if (context.getTestMethod().isEmpty()) {
        throw new ParameterResolutionException("a per-test TestIssuer exists only inside a test method and its"
            + " @BeforeEach/@AfterEach; inject it there, or use TestIssuerExtension.perClass()");
      }
      return context;
    }
    ExtensionContext scope = context;
    while (scope.getTestMethod().isPresent() && scope.getParent().isPresent()) {
      scope = scope.getParent().get();
    }
    return scope;
  }
}
