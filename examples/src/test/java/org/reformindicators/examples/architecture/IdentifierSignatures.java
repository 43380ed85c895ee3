package org.reformindicators.examples.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule of issue 13 as a reflective check: no public signature takes or returns a {@code String} (alone, in an
 * array, an {@code Optional}, a collection or a map) for an indicator code, a unit code, a clause id or a
 * breakdown; these have their types ({@code IndicatorCode}, {@code UnitCode}, {@code ClauseId}, {@code
 * BreakdownKey}), and so do the codes of a composite index's components ({@code ComponentCode}). What a value is comes from its name: the parameter's (the build compiles with {@code
 * -parameters}), the method's for its return, the record component's, the field's.
 *
 * <p>A name is an identifier's when, in lower case, it contains {@code indicatorcode}, {@code unitcode}, {@code
 * componentcode}, {@code clauseid} or {@code breakdown}, or is one of {@code indicator(s)}, {@code unit(s)}, {@code
 * area(s)}, {@code clause(s)}, {@code component(s)}, {@code parentcode}, {@code successorcodes}, {@code
 * predecessorcodes}, {@code milestoneof}; and {@code code(s)} on a type whose name says it is a unit ({@code
 * AdministrativeUnit.code()}) or a part of a composite index: a node, a data matrix, a contribution, a score
 * breakdown, the index or its result ({@code IndexNode.code()}, {@code DataMatrix.codes()}).
 */
final class IdentifierSignatures {

  private static final Pattern CONTAINS = Pattern.compile(".*(indicatorcode|unitcode|componentcode|clauseid|breakdown).*");
  private static final Set<String> EXACT =
      Set.of(
          "indicator", "indicators", "unit", "units", "area", "areas", "clause", "clauses", "component",
          "components", "parentcode", "successorcodes", "predecessorcodes", "milestoneof");
  /** Words in a type's name that say its {@code code(s)} are a unit's or a composite-index component's. */
  private static final List<String> CODED_TYPES =
      List.of("Unit", "Node", "Matrix", "Contribution", "ScoreBreakdown", "CompositeIndex", "CompositeResult");

  private IdentifierSignatures() {}

  /**
   * Returns the public types of the packages under a root package, read from where a class of it was loaded
   * (a directory of classes or a jar).
   */
  static List<Class<?>> publicTypes(Class<?> anchor, String rootPackage) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String prefix = rootPackage.replace('.', '/');
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        collect(location, location.resolve(prefix), names);
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
          collect(jar.getPath("/"), jar.getPath("/" + prefix), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (isPublicApi(type)) {
          types.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return types;
  }

  private static void collect(Path root, Path start, List<String> names) throws IOException {
    try (Stream<Path> files = Files.walk(start)) {
      files
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(file -> file.endsWith(".class") && !file.endsWith("package-info.class")
              && !file.endsWith("module-info.class"))
          .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .forEach(names::add);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns every violation in the public and protected members of the types, such as {@code
   * org.example.Bad#unit(String unitCode): parameter unitCode is a String}.
   */
  static Set<String> violations(List<Class<?>> types) {
    Set<String> found = new TreeSet<>();
    for (Class<?> type : types) {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          parameters(type, constructor, found);
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!visible(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
          continue;
        }
        parameters(type, method, found);
        if (isIdentifierName(type, method.getName()) && mentionsString(method.getGenericReturnType())) {
          found.add(where(type, method) + ": returns " + method.getGenericReturnType().getTypeName());
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (isIdentifierName(type, component.getName()) && mentionsString(component.getGenericType())) {
            found.add(type.getName() + "." + component.getName() + ": record component is "
                + component.getGenericType().getTypeName());
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers()) && !field.isSynthetic() && isIdentifierName(type, field.getName())
            && mentionsString(field.getGenericType())) {
          found.add(type.getName() + "." + field.getName() + ": field is " + field.getGenericType().getTypeName());
        }
      }
    }
    return found;
  }

  private static void parameters(Class<?> type, Executable executable, Set<String> found) {
    for (Parameter parameter : executable.getParameters()) {
      if (!parameter.isNamePresent()) {
        found.add(where(type, executable) + ": parameter names are missing (compile with -parameters)");
        return;
      }
      if (isIdentifierName(type, parameter.getName()) && mentionsString(parameter.getParameterizedType())) {
        found.add(where(type, executable) + ": parameter " + parameter.getName() + " is "
            + parameter.getParameterizedType().getTypeName());
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  static boolean isIdentifierName(Class<?> type, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (CONTAINS.matcher(lower).matches() || EXACT.contains(lower)) {
      return true;
    }
    return (lower.equals("code") || lower.equals("codes"))
        && CODED_TYPES.stream().anyMatch(word -> type.getSimpleName().contains(word));
  }

  /** Whether a type is String or holds String: an array, a type argument, a wildcard bound. */
  static boolean mentionsString(Type type) {
    if (type == String.class) {
      return true;
    }
    if (type instanceof Class<?> c) {
      return c.isArray() && mentionsString(c.getComponentType());
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        if (mentionsString(argument)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof GenericArrayType a) {
      return mentionsString(a.getGenericComponentType());
    }
    if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        if (mentionsString(bound)) {
          return true;
        }
      }
      for (Type bound : w.getLowerBounds()) {
        if (mentionsString(bound)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String where(Class<?> type, Executable executable) {
    StringBuilder text = new StringBuilder(type.getName()).append('#')
        .append(executable instanceof Constructor<?> ? "<init>" : executable.getName()).append('(');
    Parameter[] parameters = executable.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(parameters[i].getType().getSimpleName()).append(' ').append(parameters[i].getName());
    }
    return text.append(')').toString();
  }
}
