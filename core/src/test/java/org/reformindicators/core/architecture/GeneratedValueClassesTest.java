package org.reformindicators.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the value-type rule of {@code docs/architecture.md}: a class Immutables generates ({@code ImmutableX}) is
 * package-private, and its value type {@code X} offers a public nested {@code X.Builder} (extending the generated
 * one) through a public static {@code builder(…)}, so that no user names a generated class.
 */
class GeneratedValueClassesTest {

  /**
   * Value types whose public {@code Builder} is an algorithm rather than a bag of attributes, so it does not extend
   * the generated builder (the exception of docs/architecture.md's rule): {@code DataMatrix.Builder} accumulates
   * rows and checks each as it comes, then builds the generated implementation.
   */
  private static final Set<String> ACCUMULATING_BUILDERS = Set.of("org.reformindicators.core.composite.DataMatrix");

  @Test
  void generatedClassesAreHiddenBehindTheirTypesOwnBuilder() throws IOException, ClassNotFoundException {
    Path classes = Paths.get("target", "classes");
    List<Class<?>> generated = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve(Paths.get("org", "reformindicators", "core")))) {
      for (Path file : files.filter(GeneratedValueClassesTest::isGeneratedTopLevel).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        generated.add(Class.forName(name.substring(0, name.length() - ".class".length())));
      }
    }
    // Observation, Indicator, AdministrativeUnit, Plan, Target, the assessments and settings, the derivation types
    assertTrue(generated.size() >= 13, "expected the generated value classes, found " + generated);
    List<String> violations = new ArrayList<>();
    for (Class<?> implementation : generated) {
      check(implementation, violations);
    }
    assertEquals(List.of(), violations);
  }

  private static void check(Class<?> implementation, List<String> violations) {
    if (Modifier.isPublic(implementation.getModifiers())) {
      violations.add(implementation.getName() + " is public");
    }
    Class<?> valueType = implementation.getSuperclass() == Object.class
        ? implementation.getInterfaces()[0]
        : implementation.getSuperclass();
    if (!Modifier.isPublic(valueType.getModifiers())) {
      violations.add(valueType.getName() + " is not public");
      return;
    }
    Class<?> builder = Arrays.stream(valueType.getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals("Builder"))
        .findFirst()
        .orElse(null);
    boolean accumulating = builder != null && ACCUMULATING_BUILDERS.contains(valueType.getName());
    if (builder == null || !Modifier.isPublic(builder.getModifiers())
        || (!accumulating && builder.getSuperclass().getEnclosingClass() != implementation)) {
      violations.add(valueType.getName() + " has no public Builder extending " + implementation.getSimpleName()
          + ".Builder");
      return;
    }
    boolean factory = false;
    for (Method method : valueType.getDeclaredMethods()) {
      if (method.getName().equals("builder") && Modifier.isStatic(method.getModifiers())
          && Modifier.isPublic(method.getModifiers()) && method.getReturnType() == builder) {
        factory = true;
      }
    }
    if (!factory) {
      violations.add(valueType.getName() + " has no public static builder(…) returning " + builder.getName());
    }
  }

  private static boolean isGeneratedTopLevel(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("Immutable") && name.endsWith(".class") && !name.contains("$");
  }
}
