package org.reformindicators.io.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the public types of a package tree in the class directory of an anchor type, and the ones that break
 * io's API rule: a public type in a {@code ser} or {@code deser} package, or named {@code *Binding}, is allowed
 * only inside an {@code internal} package.
 */
final class PublicTypes {

  private PublicTypes() {}

  /** Returns the binary names of the public types (public all the way out) under a root package. */
  static Set<String> of(Class<?> anchor, String rootPackage) {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes.resolve(rootPackage.replace('.', '/')))) {
      files
          .map(file -> classes.relativize(file).toString().replace('\\', '/'))
          .filter(file -> file.endsWith(".class") && !file.endsWith("package-info.class"))
          .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
          .filter(name -> isPublic(name, anchor.getClassLoader()))
          .forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** Returns the public types outside {@code internal} packages, the published API. */
  static Set<String> published(Set<String> publicTypes) {
    Set<String> published = new TreeSet<>(publicTypes);
    published.removeIf(PublicTypes::isInternal);
    return published;
  }

  /** Returns the public types that break the rule, each with the reason. */
  static Set<String> violations(Set<String> publicTypes) {
    Set<String> found = new TreeSet<>();
    for (String name : publicTypes) {
      if (isInternal(name)) {
        continue;
      }
      List<String> packages = List.of(packageOf(name).split("\\."));
      if (packages.contains("ser") || packages.contains("deser")) {
        found.add(name + ": public type in a ser/deser package outside internal");
      }
      String simple = name.substring(name.lastIndexOf('.') + 1);
      simple = simple.substring(simple.lastIndexOf('$') + 1);
      if (simple.endsWith("Binding")) {
        found.add(name + ": public *Binding type outside internal");
      }
    }
    return found;
  }

  private static boolean isInternal(String name) {
    return List.of(packageOf(name).split("\\.")).contains("internal");
  }

  private static String packageOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  private static boolean isPublic(String name, ClassLoader loader) {
    try {
      Class<?> type = Class.forName(name, false, loader);
      if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
        return false;
      }
      for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
        if (!Modifier.isPublic(t.getModifiers())) {
          return false;
        }
      }
      return true;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
