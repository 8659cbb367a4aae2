package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Maven Central and the users' version alignment need from the build, read from the POMs themselves: the BOM
 * (which has no parent, see its POM) manages exactly the published modules at the parent's version and repeats the
 * parent's metadata, every published module has the name and description Central requires, the unpublished ones
 * are left out of the release, the example project without a parent builds the versions the parent builds, and the
 * parent's boot-managed profile has the versions Spring Boot's POMs (copied by this module's build) give.
 */
class BuildMetadataTest {

  /** Modules that are built and tested but never published (the release profile excludes them too). */
  private static final Set<String> UNPUBLISHED = Set.of("examples", "examples/servlet-testing", "examples/spring-boot",
      "examples/spring-cloud-gateway", "benchmarks");
  /** The module written as an application's own project: no parent, its own versions. */
  private static final String EXAMPLE_PROJECT = "examples/servlet-testing";
  /** The test kit's artifacts: published, for applications' tests (and imported through the BOM). */
  private static final Set<String> TEST_KIT = Set.of("tollgate-test-tokens", "tollgate-test");

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Where this module's build copies Spring Boot's BOM and the POMs it leads to (see its pom.xml). */
  private static final Path BOOT_POMS = Path.of("target", "boot-managed-poms");

  @Test
  void bomWhenReadThenManagesEveryPublishedModuleAtTheParentVersion() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("bom/pom.xml"));
    String version = text(parent, "version");

    assertEquals(version, text(bom, "version"), "bom/pom.xml version differs from the parent's");
    assertTrue(children(bom, "parent").isEmpty(), "bom/pom.xml must not have a parent: importers would get its "
        + "dependencyManagement too");

    Set<String> published = published(parent);
    Set<String> managed = new TreeSet<>();
    Element management = only(bom, "dependencyManagement");
    for (Element dependency : children(only(management, "dependencies"), "dependency")) {
      assertEquals("dev.tollgate", text(dependency, "groupId"), "the BOM manages a foreign artifact");
      assertEquals("${project.version}", text(dependency, "version"),
          "BOM entry " + text(dependency, "artifactId") + " is not at the project's version");
      managed.add(text(dependency, "artifactId"));
    }
    assertEquals(published, managed, "the BOM's artifacts differ from the published modules");
  }

  @Test
  void publishedModulesWhenListedThenIncludeTheTestKit() throws Exception {
    Set<String> published = published(pom(ROOT.resolve("pom.xml")));

    assertTrue(published.containsAll(TEST_KIT), "the test kit " + TEST_KIT + " is not among the published modules "
        + published);
  }

  /** @return the artifacts of the published modules the BOM manages (the BOM itself left out) */
  private static Set<String> published(Element parent) throws Exception {
    Set<String> published = new TreeSet<>();
    for (String module : moduleNames(parent)) {
      if (!module.equals("bom") && !UNPUBLISHED.contains(module)) {
        published.add(text(pom(ROOT.resolve(module).resolve("pom.xml")), "artifactId"));
      }
    }
    return published;
  }

  @Test
  void bomWhenReadThenRepeatsTheParentsMetadata() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("bom/pom.xml"));
    for (String element : List.of("url", "licenses", "developers", "scm")) {
      assertEquals(only(parent, element).getTextContent().strip(), only(bom, element).getTextContent().strip(),
          "<" + element + "> of bom/pom.xml differs from the parent's");
    }
  }

  @Test
  void publishedModulesWhenReadThenCarryWhatMavenCentralRequires() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    for (String element : List.of("url", "licenses", "developers", "scm")) {
      assertFalse(only(parent, element).getTextContent().isBlank(), "the parent POM lacks <" + element + ">");
    }
    for (String module : moduleNames(parent)) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      assertFalse(text(pom, "name").isBlank(), module + "/pom.xml lacks <name>");
      assertFalse(text(pom, "description").isBlank(), module + "/pom.xml lacks <description>");
    }
    String license = Files.readString(ROOT.resolve("LICENSE"));
    assertTrue(license.contains("Apache License"), "LICENSE is not the Apache License");
    assertTrue(license.contains("Version 2.0, January 2004"), "LICENSE is not version 2.0 of the Apache License");
  }

  @Test
  void unpublishedModulesWhenReleasedThenLeftOutOfTheBundleAndNeverDeployed() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Set<String> unpublished = new TreeSet<>();
    for (String module : moduleNames(parent)) {
      if (UNPUBLISHED.contains(module)) {
        Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
        unpublished.add(text(pom, "artifactId"));
        if (children(pom, "parent").isEmpty()) {
          // The release profile lives in the parent: a module without it would run Maven's own deploy.
          Element properties = only(pom, "properties");
          assertEquals("true", text(properties, "maven.deploy.skip"), module + "/pom.xml must skip deploy");
          assertEquals("true", text(properties, "maven.install.skip"), module + "/pom.xml must skip install");
        }
      }
    }
    Set<String> excluded = new TreeSet<>();
    for (Element profile : children(only(parent, "profiles"), "profile")) {
      if (text(profile, "id").equals("release")) {
        for (Element plugin : children(only(only(profile, "build"), "plugins"), "plugin")) {
          if (text(plugin, "artifactId").equals("central-publishing-maven-plugin")) {
            Element exclusions = only(only(plugin, "configuration"), "excludeArtifacts");
            children(exclusions, "artifact").forEach(artifact -> excluded.add(artifact.getTextContent().strip()));
          }
        }
      }
    }
    assertEquals(unpublished, excluded, "the release profile's excludeArtifacts differ from the unpublished modules");
  }

  @Test
  void exampleProjectWhenReadThenBuildsTheParentsVersionsOfTollgateJettyAndJUnit() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element example = pom(ROOT.resolve(EXAMPLE_PROJECT).resolve("pom.xml"));
    assertTrue(children(example, "parent").isEmpty(), EXAMPLE_PROJECT + "/pom.xml must look like an application's"
        + " project: no parent");
    String version = text(parent, "version");
    assertEquals(version, text(example, "version"), EXAMPLE_PROJECT + "/pom.xml version differs from the parent's");
    Element properties = only(example, "properties");
    assertEquals(version, text(properties, "tollgate.version"), EXAMPLE_PROJECT + " tollgate.version");
    for (String property : List.of("jetty.version", "junit.version", "maven.compiler.release")) {
      assertEquals(text(only(parent, "properties"), property), text(properties, property),
          EXAMPLE_PROJECT + " " + property + " differs from the parent's");
    }
  }

  @Test
  void bootManagedProfileWhenReadThenHasTheVersionsSpringBootsPomsGive() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element starter = pom(ROOT.resolve("spring-boot-starter/pom.xml"));
    Element boot = pom(BOOT_POMS.resolve("spring-boot-dependencies.pom"));
    Element jackson = pom(BOOT_POMS.resolve("jackson-bom.pom"));

    assertEquals(text(only(starter, "properties"), "spring-boot.version"), text(boot, "version"),
        "examples/pom.xml copies another spring-boot-dependencies than the starter's spring-boot.version");
    assertEquals(managedVersion(boot, "com.fasterxml.jackson", "jackson-bom"), text(jackson, "version"),
        "examples/pom.xml copies another jackson-bom than Spring Boot's");
    assertEquals(List.of(), managedVersions(boot, "com.nimbusds", "nimbus-jose-jwt"), "Spring Boot now manages "
        + "nimbus-jose-jwt: the parent's boot-managed profile must set nimbus.version to its version");

    Map<String, String> expected = Map.of(
        "caffeine.version", managedVersion(boot, "com.github.ben-manes.caffeine", "caffeine"),
        "jackson.version", managedVersion(jackson, "com.fasterxml.jackson.core", "jackson-core"));
    Map<String, String> profile = new HashMap<>();
    for (Element property : elements(only(profile(parent, "boot-managed"), "properties"))) {
      profile.put(property.getTagName(), property.getTextContent().strip());
    }
    assertEquals(expected, profile, "the parent's boot-managed profile differs from Spring Boot's versions");
  }

  private static Element profile(Element parent, String id) {
    List<Element> found = new ArrayList<>();
    for (Element profile : children(only(parent, "profiles"), "profile")) {
      if (text(profile, "id").equals(id)) {
        found.add(profile);
      }
    }
    assertEquals(1, found.size(), "the parent POM has " + found.size() + " profiles " + id);
    return found.get(0);
  }

  /** @return the version {@code pom} manages for the artifact, its properties substituted */
  private static String managedVersion(Element pom, String groupId, String artifactId) {
    List<String> versions = managedVersions(pom, groupId, artifactId);
    assertEquals(1, versions.size(), text(pom, "artifactId") + " manages " + groupId + ":" + artifactId + " "
        + versions.size() + " times");
    Map<String, String> properties = new HashMap<>();
    for (Element block : children(pom, "properties")) {
      elements(block).forEach(property -> properties.put(property.getTagName(), property.getTextContent().strip()));
    }
    properties.put("project.version", text(pom, "version"));
    String version = versions.get(0);
    while (version.startsWith("${") && version.endsWith("}")) {
      String name = version.substring(2, version.length() - 1);
      assertTrue(properties.containsKey(name), text(pom, "artifactId") + " has no property " + name);
      version = properties.get(name);
    }
    return version;
  }

  /** @return the versions, as written, of the entries of {@code pom}'s dependency management for the artifact */
  private static List<String> managedVersions(Element pom, String groupId, String artifactId) {
    List<String> versions = new ArrayList<>();
    for (Element dependency : children(only(only(pom, "dependencyManagement"), "dependencies"), "dependency")) {
      if (text(dependency, "groupId").equals(groupId) && text(dependency, "artifactId").equals(artifactId)) {
        versions.add(text(dependency, "version"));
      }
    }
    return versions;
  }

  private static List<String> moduleNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Element module : children(only(parent, "modules"), "module")) {
      names.add(module.getTextContent().strip());
    }
    return names;
  }

  private static Element pom(Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no POM at " + file);
    }
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  private static String text(Element parent, String name) {
    return only(parent, name).getTextContent().strip();
  }

  private static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), "<" + parent.getTagName() + "> has " + found.size() + " <" + name + "> children");
    return found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    return elements(parent).stream().filter(element -> element.getTagName().equals(name)).toList();
  }

  private static List<Element> elements(Element parent) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element) {
        found.add(element);
      }
    }
    return found;
  }
}
