package dev.tollgate.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Package dependency rules over the main classes of every module (this module depends on core, the filter and,
 * for this test, the Backend API client, so it sees them all): core's verifier does not know the servlet API, the
 * filter or the Backend API client; only the modules core exports {@code dev.tollgate.internal} to use it; core
 * does not know the test kit, and the kit's token minter does not know core; no two packages depend on each other
 * in a cycle.
 */
class ArchitectureTest {

  /** The verifier: every package of core. */
  private static final String[] VERIFIER = {
      "dev.tollgate", "dev.tollgate.web..", "dev.tollgate.observability..", "dev.tollgate.internal.."};

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.tollgate");

  @Test
  void verifierWhenItsDependenciesAreReadThenNoServletNorFilterNorBackendApi() {
    noClasses().that().resideInAnyPackage(VERIFIER)
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "dev.tollgate.servlet..",
            "dev.tollgate.backend..")
        .because("core verifies tokens and nothing else; the filter and the Backend API client build on it")
        .check(CLASSES);
  }

  @Test
  void verifierWhenItsDependenciesAreReadThenNoTestKit() {
    noClasses().that().resideInAnyPackage(VERIFIER)
        .should().dependOnClassesThat().resideInAPackage("dev.tollgate.test..")
        .because("the test kit is for tests only; core must run without it on the class path")
        .check(CLASSES);
  }

  @Test
  void tokenMinterWhenItsDependenciesAreReadThenNothingOfTollgateOutsideTheKit() {
    noClasses().that().resideInAPackage("dev.tollgate.test.tokens..")
        .should().dependOnClassesThat(resideInAPackage("dev.tollgate..")
            .and(DescribedPredicate.not(resideInAnyPackage("dev.tollgate.test.."))))
        .because("core's own tests mint with dev.tollgate.test.tokens: a minter sharing the verifier's code could"
            + " not catch the verifier's mistakes")
        .check(CLASSES);
  }

  @Test
  void internalPackagesWhenUsedThenOnlyByCoreOrTheModulesCoreExportsThemTo() {
    classes().should(useInternalsOnlyWhereExported())
        .because("dev.tollgate.internal.. is core's implementation; module-info exports it to named modules only")
        .check(CLASSES);
  }

  /**
   * One slice per package: no two packages depend on each other, directly or around a loop. The key source in
   * dev.tollgate.internal.keys answers "keys unavailable" with its own internal failure, which the verifier in
   * dev.tollgate turns into the public exception, so the internal packages never depend back on the API.
   */
  @Test
  void packagesWhenTheirDependenciesAreReadThenNoCycles() {
    slices().matching("dev.(**)").namingSlices("dev.$1")
        .should().beFreeOfCycles()
        .check(CLASSES);
  }

  /** Module names by class-file root (a classes directory or a jar), read from the root's module-info.class. */
  private static final Map<String, Optional<ModuleDescriptor>> MODULES = new ConcurrentHashMap<>();

  private static ArchCondition<JavaClass> useInternalsOnlyWhereExported() {
    return new ArchCondition<>("use dev.tollgate.internal.. only from core or a module core exports it to") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();  // an array's element type
          if (!target.getPackageName().startsWith("dev.tollgate.internal")) {
            continue;
          }
          Optional<ModuleDescriptor> from = module(origin);
          Optional<ModuleDescriptor> owner = module(target);
          if (owner.isEmpty() || from.equals(owner)) {
            continue;
          }
          Set<String> targets = owner.get().exports().stream()
              .filter(export -> export.source().equals(target.getPackageName()))
              .flatMap(export -> export.targets().stream())
              .collect(Collectors.toSet());
          String fromName = from.map(ModuleDescriptor::name).orElse("the class path");
          if (!targets.contains(fromName)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + " (" + fromName
                + " is not among the modules " + owner.get().name() + " exports " + target.getPackageName()
                + " to: " + targets + ")"));
          }
        }
      }
    };
  }

  private static Optional<ModuleDescriptor> module(JavaClass type) {
    URI uri = type.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + type.getName()))
        .getUri();
    String text = uri.toString();
    String root = text.substring(0, text.length() - (type.getName().replace('.', '/') + ".class").length());
    return MODULES.computeIfAbsent(root, ArchitectureTest::readModule);
  }

  private static Optional<ModuleDescriptor> readModule(String root) {
    try (InputStream in = new URL(root + "module-info.class").openStream()) {
      return Optional.of(ModuleDescriptor.read(in));
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
