package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;

/**
 * The vectors of a conformance suite, such as {@code ConformanceSuite.bundled()} (suite version 1), read from a
 * {@code suite.json} that lists the vector files ({@code docs/formats/conformance.md}). Reading checks every
 * vector (id syntax and uniqueness across files, kind, tags from the fixed list, members present, no unknown
 * member) and reports every problem with its file and JSON pointer. Immutable and thread-safe.
 *
 * @param suiteVersion the suite's version
 * @param vectors the vectors, in file order, retired ones included
 */
public record ConformanceSuite(int suiteVersion, List<ConformanceVector> vectors) {

  /** The syntax of a vector id: lower-case ASCII letters and digits in parts joined by single hyphens. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The resource folder of the bundled vectors. */
  public static final String RESOURCE_FOLDER = "org/reformindicators/io/conformance/";

  private static final Set<String> VECTOR_MEMBERS =
      Set.of("id", "kind", "tags", "inputs", "expected", "rationale", "retiredBy");

  /**
   * Checks the members.
   *
   * @param suiteVersion the version, at least 1
   * @param vectors the vectors
   * @throws NullPointerException if {@code vectors} is null
   * @throws IllegalArgumentException if the version is below 1
   */
  public ConformanceSuite {
    if (suiteVersion < 1) {
      throw new IllegalArgumentException("suiteVersion must be at least 1, was " + suiteVersion);
    }
    vectors = List.copyOf(Objects.requireNonNull(vectors, "vectors"));
  }

  /**
   * Reads the suite bundled with the library.
   *
   * @return the bundled suite
   * @throws IOException if a resource cannot be read or has problems (a packaging defect)
   */
  public static ConformanceSuite bundled() throws IOException {
    return read(name -> open(RESOURCE_FOLDER + name), "conformance");
  }

  /**
   * Reads a suite from a folder holding {@code suite.json} and the vector files it lists.
   *
   * @param folder the folder
   * @return the suite
   * @throws ReadException if a file has problems, naming each with its file and JSON pointer
   * @throws IOException if a file cannot be read
   */
  public static ConformanceSuite read(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    return read(name -> Files.newInputStream(folder.resolve(name)), folder.toString());
  }

  /**
   * Returns the vectors that are not retired.
   *
   * @return the live vectors, in order
   */
  public List<ConformanceVector> live() {
    return vectors.stream().filter(v -> !v.retired()).toList();
  }

  /**
   * Finds a vector by id.
   *
   * @param id the id
   * @return the vector, or empty
   */
  public Optional<ConformanceVector> find(String id) {
    return vectors.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = ConformanceSuite.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new NoSuchFileException(resource);
    }
    return in;
  }

  private static ConformanceSuite read(Opener opener, String source) throws IOException {
    ObjectMapper mapper = ReformIndicatorsIo.create().mapper(DocumentFormat.JSON);
    JsonNode suite;
    try (InputStream in = opener.open("suite.json")) {
      suite = mapper.readTree(in);
    }
    List<Problem> problems = new ArrayList<>();
    String suiteFile = "suite.json";
    envelope(suite, "conformance-suite", suiteFile, problems);
    int version = suite.path("suiteVersion").asInt(0);
    if (!suite.path("suiteVersion").isInt() || version < 1) {
      problems.add(problem(suiteFile, "/suiteVersion", "suiteVersion", suite.path("suiteVersion").toString(),
          "suiteVersion must be a whole number of at least 1"));
    }
    List<ConformanceVector> vectors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonNode files = suite.path("files");
    if (!files.isArray() || files.isEmpty()) {
      problems.add(problem(suiteFile, "/files", "files", files.toString(), "files must list at least one vector file"));
    }
    for (JsonNode name : files) {
      JsonNode doc;
      try (InputStream in = opener.open(name.asText())) {
        doc = mapper.readTree(in);
      }
      envelope(doc, "conformance-vectors", name.asText(), problems);
      JsonNode list = doc.path("vectors");
      for (int i = 0; i < list.size(); i++) {
        vector(list.get(i), name.asText(), "/vectors/" + i, ids, problems).ifPresent(vectors::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new ReadException(source, problems.subList(0, Math.min(100, problems.size())), problems.size());
    }
    return new ConformanceSuite(version, vectors);
  }

  private static void envelope(JsonNode doc, String kind, String file, List<Problem> problems) {
    if (doc.path("formatVersion").asInt(0) != 1) {
      problems.add(problem(file, "/formatVersion", "formatVersion", doc.path("formatVersion").toString(),
          "formatVersion must be 1"));
    }
    if (!kind.equals(doc.path("kind").asText())) {
      problems.add(problem(file, "/kind", "kind", doc.path("kind").toString(), "kind must be '" + kind + "'"));
    }
  }

  private static Optional<ConformanceVector> vector(
      JsonNode v, String file, String at, Set<String> ids, List<Problem> problems) {
    int before = problems.size();
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String member = it.next();
      if (!VECTOR_MEMBERS.contains(member)) {
        problems.add(problem(file, at + "/" + member, member, "", "unknown member; a vector has " + VECTOR_MEMBERS));
      }
    }
    String id = v.path("id").asText("");
    if (!ID.matcher(id).matches()) {
      problems.add(problem(file, at + "/id", "id", id, "id must match " + ID.pattern()));
    } else if (!ids.add(id)) {
      problems.add(problem(file, at + "/id", "id", id, "id must be unique in the suite, was repeated"));
    }
    VectorKind kind = null;
    try {
      kind = VectorKind.ofText(v.path("kind").asText(""));
    } catch (IllegalArgumentException e) {
      problems.add(problem(file, at + "/kind", "kind", v.path("kind").asText(""), e.getMessage()));
    }
    List<ConformanceTag> tags = new ArrayList<>();
    JsonNode tagList = v.path("tags");
    if (!tagList.isArray() || tagList.isEmpty()) {
      problems.add(problem(file, at + "/tags", "tags", tagList.toString(), "tags must list at least one tag"));
    }
    for (int t = 0; t < tagList.size(); t++) {
      String text = tagList.get(t).asText("");
      Optional<ConformanceTag> tag = ConformanceTag.ofText(text);
      if (tag.isPresent()) {
        tags.add(tag.get());
      } else {
        problems.add(problem(file, at + "/tags/" + t, "tags", text, "tag is not in the fixed list of ConformanceTag"));
      }
    }
    for (String member : List.of("inputs", "expected")) {
      if (!v.path(member).isObject()) {
        problems.add(problem(file, at + "/" + member, member, v.path(member).toString(), member + " must be an object"));
      }
    }
    if (v.path("rationale").asText("").isBlank()) {
      problems.add(problem(file, at + "/rationale", "rationale", "", "rationale must give the hand arithmetic"));
    }
    JsonNode retired = v.path("retiredBy");
    if (!retired.isMissingNode() && !ID.matcher(retired.asText("")).matches()) {
      problems.add(problem(file, at + "/retiredBy", "retiredBy", retired.toString(), "retiredBy must be a vector id"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new ConformanceVector(id, kind, tags, v.get("inputs"), v.get("expected"),
        v.get("rationale").asText(), retired.isMissingNode() ? Optional.empty() : Optional.of(retired.asText()), file));
  }

  private static Problem problem(String file, String pointer, String field, String value, String message) {
    return new Problem(new ProblemLocation.Document(pointer, 0, 0), field, value, file + ": " + message);
  }
}
