package dev.tollgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one named module as sorted text lines, built by reflection over the classes of the packages the
 * module exports unqualified (or, for code without a module descriptor, of the packages named): every public or
 * protected type (nested types included) with its kind, modifiers, type parameters, superclass, interfaces and sealed
 * permits, and its public and protected fields, constructors, methods (generic parameter and return types, thrown
 * types), record components and enum constants.
 *
 * <p>Each module's {@code PublicApiTest} compares these lines with the module's checked-in
 * {@code api/<artifactId>.api.txt}, so every change to the published API shows in review as a change to that file.
 */
public final class PublicApi {

  /** The system property that makes {@link #check} rewrite the recorded file instead of comparing with it. */
  public static final String UPDATE_PROPERTY = "tollgate.api.update";

  private PublicApi() {
  }

  /**
   * Compares the module's API with the recorded file, or rewrites the file when {@value #UPDATE_PROPERTY} is
   * {@code true}.
   *
   * @param anchor a main class of the module; the module's classes are read from where it was loaded, so tests
   *     patched into the module never count
   * @param recorded the checked-in list
   * @return the differences ({@code + line} for added, {@code - line} for removed), empty when the list matches or
   *     was just rewritten
   */
  public static List<String> check(Class<?> anchor, Path recorded) {
    return compare(lines(anchor), recorded);
  }

  /**
   * Like {@link #check(Class, Path)}, for code without a module descriptor (for example a Spring Boot starter, which
   * runs on the class path): the API is that of the named packages.
   *
   * @param anchor a main class of the code
   * @param packages the published packages
   * @param recorded the checked-in list
   * @return the differences, empty when the list matches or was just rewritten
   */
  public static List<String> check(Class<?> anchor, Set<String> packages, Path recorded) {
    return compare(lines(types(anchor, packages)), recorded);
  }

  private static List<String> compare(List<String> actual, Path recorded) {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      try {
        Files.createDirectories(recorded.getParent());
        Files.write(recorded, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.of();
    }
    List<String> expected;
    try {
      expected = Files.exists(recorded) ? Files.readAllLines(recorded, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> differences = new ArrayList<>();
    Set<String> expectedSet = new TreeSet<>(expected);
    Set<String> actualSet = new TreeSet<>(actual);
    for (String line : actualSet) {
      if (!expectedSet.contains(line)) {
        differences.add("+ " + line);
      }
    }
    for (String line : expectedSet) {
      if (!actualSet.contains(line)) {
        differences.add("- " + line);
      }
    }
    return differences;
  }

  /**
   * The module's API lines, sorted.
   *
   * @param anchor a main class of a named module
   * @return one line per type and member
   */
  public static List<String> lines(Class<?> anchor) {
    return lines(exportedTypes(anchor));
  }

  private static List<String> lines(List<Class<?>> types) {
    TreeSet<String> lines = new TreeSet<>();
    for (Class<?> type : types) {
      String owner = type.getName().replace('$', '.');
      lines.add(owner + ": " + describeType(type));
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers()) && !field.isSynthetic()) {
          lines.add(owner + ": " + (field.isEnumConstant()
              ? "enum constant " + field.getName()
              : "field " + modifiers(field.getModifiers()) + name(field.getGenericType()) + " " + field.getName()));
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          lines.add(owner + ": constructor " + modifiers(constructor.getModifiers())
              + typeParameters(constructor.getTypeParameters()) + signature(constructor));
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
          int modifiers = method.getModifiers() & ~(type.isInterface() && !method.isDefault() ? Modifier.ABSTRACT : 0);
          lines.add(owner + ": method " + modifiers(modifiers) + (method.isDefault() ? "default " : "")
              + typeParameters(method.getTypeParameters()) + name(method.getGenericReturnType()) + " "
              + method.getName() + signature(method));
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          lines.add(owner + ": record component " + name(component.getGenericType()) + " " + component.getName());
        }
      }
    }
    return List.copyOf(lines);
  }

  /**
   * The simple names shared by more than one exported type (nested types included) of the given modules.
   *
   * @param anchors a main class of each named module
   * @return each shared simple name with the full names of the types that share it
   */
  public static Map<String, Set<String>> simpleNameClashes(Class<?>... anchors) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : anchors) {
      types.addAll(exportedTypes(anchor));
    }
    return simpleNameClashes(types);
  }

  /**
   * The simple names shared by more than one of these types.
   *
   * @param types for example {@link #exportedTypes(Class)} of several modules and {@link #types(Class, Set)}
   * @return each shared simple name with the full names of the types that share it
   */
  public static Map<String, Set<String>> simpleNameClashes(List<Class<?>> types) {
    Map<String, Set<String>> byName = new TreeMap<>();
    for (Class<?> type : types) {
      byName.computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>()).add(type.getName().replace('$', '.'));
    }
    byName.values().removeIf(names -> names.size() < 2);
    return byName;
  }

  /**
   * The public and protected types, nested ones included, of the packages the module exports to everyone.
   *
   * @param anchor a main class of a module with a descriptor; on the class path (where the class's module is
   *     unnamed) the descriptor is read from where the class was loaded
   * @return the types in name order
   */
  public static List<Class<?>> exportedTypes(Class<?> anchor) {
    ModuleDescriptor descriptor = anchor.getModule().getDescriptor();
    if (descriptor == null) {
      descriptor = ModuleFinder.of(location(anchor)).findAll().stream().findFirst()
          .map(ModuleReference::descriptor)
          .orElseThrow(() -> new IllegalStateException("no module descriptor where " + anchor + " was loaded"));
    }
    Set<String> packages = descriptor.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    return types(anchor, packages);
  }

  /**
   * The public and protected types, nested ones included, of these packages, read from where the anchor was
   * loaded.
   *
   * @param anchor a main class of the code
   * @param packages the packages
   * @return the types in name order
   */
  public static List<Class<?>> types(Class<?> anchor, Set<String> packages) {
    Map<String, Class<?>> types = new TreeMap<>();
    for (String name : classNames(location(anchor), packages)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("listed but not loadable: " + name, e);
      }
      if (accessible(type)) {
        types.put(type.getName(), type);
      }
    }
    return List.copyOf(types.values());
  }

  private static boolean accessible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic() || !visible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> classNames(Path location, Set<String> packages) {
    try {
      if (Files.isDirectory(location)) {
        return listClasses(location, packages);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return listClasses(jar.getPath("/"), packages);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> listClasses(Path root, Set<String> packages) throws IOException {
    List<String> names = new ArrayList<>();
    for (String pkg : packages) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        files.map(file -> file.getFileName().toString())
            .filter(file -> file.endsWith(".class") && !file.equals("package-info.class"))
            .map(file -> pkg + "." + file.substring(0, file.length() - ".class".length()))
            .forEach(names::add);
      }
    }
    return names;
  }

  private static Path location(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describeType(Class<?> type) {
    String kind;
    int modifiers = type.getModifiers();
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    } else if (type.isEnum()) {
      kind = "enum";
      modifiers &= ~Modifier.FINAL;
    } else if (type.isRecord()) {
      kind = "record";
      modifiers &= ~Modifier.FINAL;
    } else {
      kind = "class";
    }
    StringBuilder line = new StringBuilder(modifiers(modifiers));
    if (type.isSealed()) {
      line.append("sealed ");
    }
    line.append(kind).append(' ').append(type.getSimpleName()).append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(name(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(PublicApi::name).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(permitted -> permitted.getName().replace('$', '.')).sorted().collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers
        & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String signature(Executable executable) {
    String parameters = Arrays.stream(executable.getGenericParameterTypes()).map(PublicApi::name)
        .collect(Collectors.joining(", "));
    if (executable.isVarArgs()) {
      parameters = parameters.substring(0, parameters.length() - 2) + "...";
    }
    Type[] thrown = executable.getGenericExceptionTypes();
    return "(" + parameters + ")" + (thrown.length == 0 ? ""
        : " throws " + Arrays.stream(thrown).map(PublicApi::name).sorted().collect(Collectors.joining(", ")));
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(variable -> {
      List<String> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class)
          .map(PublicApi::name).collect(Collectors.toList());
      return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds);
    }).collect(Collectors.joining(", ", "<", "> "));
  }

  private static String name(Type type) {
    return type.getTypeName().replace('$', '.');
  }
}
