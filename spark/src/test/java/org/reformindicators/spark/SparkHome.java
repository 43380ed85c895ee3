package org.reformindicators.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A temporary {@code SPARK_HOME} whose {@code jars/} holds links to the jars of Spark and its dependencies taken
 * from the test class path, with Spark's Jackson but without this project's jars, io's YAML module, SnakeYAML or
 * the test libraries: what the integration tests give a Worker ({@code CoreOnlyExecutorsClusterIT}) or put on the
 * class path of {@code SparkSubmit} ({@code SparkSubmitIT}), as a Spark distribution would.
 */
final class SparkHome {

  private SparkHome() {}

  /**
   * Empties {@code home} and fills its {@code jars/}; also creates the {@code launcher/target/scala-2.13} that
   * Spark's launcher looks for when no {@code SPARK_SCALA_VERSION} is set.
   */
  static Path fill(Path home) throws IOException {
    deleteTree(home);
    Path jars = home.resolve("jars");
    Files.createDirectories(jars);
    Set<String> names = new LinkedHashSet<>();
    for (Path jar : sparkJarsOfTheClassPath()) {
      if (names.add(jar.getFileName().toString())) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
      }
    }
    Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
    return jars;
  }

  /** Every jar of the test class path but this project's, io's YAML module, SnakeYAML and the test libraries. */
  static List<Path> sparkJarsOfTheClassPath() throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> out = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String s = p.toString().replace('\\', '/');
      if (!s.endsWith(".jar") || !Files.isRegularFile(p) || s.contains("/org/reformindicators/")
          || s.contains("/target/") || s.contains("jackson-dataformat-") || s.contains("/org/yaml/")
          || s.contains("/org/junit/") || s.contains("/org/opentest4j/") || s.contains("/org/apiguardian/")
          || s.contains("/org/quicktheories/") || s.contains("/org/immutables/") || s.contains("surefire")) {
        continue;
      }
      if (holds(p, "org/reformindicators/") || holds(p, "com/fasterxml/jackson/dataformat/yaml/")) {
        throw new IllegalStateException(p + " would put io or YAML on the executors");
      }
      out.add(p);
    }
    return out;
  }

  /** Whether a jar has an entry under a prefix. */
  static boolean holds(Path jar, String prefix) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().anyMatch(e -> e.getName().startsWith(prefix));
    }
  }

  /**
   * The jar a class comes from; a directory of classes (a build without {@code package}) is jarred first into
   * {@code dir} as {@code name.jar}.
   */
  static Path jarOf(Class<?> type, String name, Path dir) throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isRegularFile(location)) {
      return location;
    }
    Path jar = dir.resolve(name + ".jar");
    try (OutputStream raw = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(raw);
        Stream<Path> files = Files.walk(location)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(location.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** This module's jar as {@code package} built it (the POM names it), else its classes jarred into {@code dir}. */
  static Path moduleJar(Path dir) throws IOException, URISyntaxException {
    String built = System.getProperty("spark.module.jar");
    if (built != null && Files.isRegularFile(Path.of(built))) {
      return Path.of(built);
    }
    return jarOf(SparkEvaluation.class, "reform-indicators-spark", dir);
  }

  /** Deletes a directory and what it holds, links without following them. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
