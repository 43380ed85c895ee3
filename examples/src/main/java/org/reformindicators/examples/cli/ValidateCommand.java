package org.reformindicators.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code validate} command, such as {@code reform validate plan.yaml data.csv}: checks plans,
 * indicator catalogues, unit registries, methodologies, observation files (CSV or JSON/YAML), plan
 * assessments and composite results, printing every problem
 * with its location on standard error and a one-line summary on standard output.
 *
 * <p>The kind of a file is known from its extension ({@code .csv} is an observation file) and, for
 * JSON and YAML, from the document's own {@code kind} field.
 *
 * <p>Mutable (picocli sets the parameters) and not thread-safe.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks plans, catalogues, unit registries, methodologies, observation files and results.",
      "A .csv file is an observation file; for .yaml, .yml and .json the kind is read from the"
          + " document's 'kind' field. Problems go to standard error as FILE:LINE[:COLUMN]: message"
          + " or FILE:/json/pointer: message, a one-line summary to standard output; the exit"
          + " status is 0 when all files are valid, 1 otherwise."
    })
public final class ValidateCommand implements Callable<Integer> {

  /** Reads one kind of document with the reader of {@code io} that checks all its rules. */
  @FunctionalInterface
  interface DocumentReader {
    /**
     * Reads the file.
     *
     * @param io the facade
     * @param file the file
     * @throws IOException if the file cannot be read or is invalid ({@link ReadException})
     */
    void read(ReformIndicatorsIo io, Path file) throws IOException;
  }

  /** The document kinds this command checks, by the value of their {@code kind} field. */
  static final Map<String, DocumentReader> KINDS =
      Map.of(
          "plan", ReformIndicatorsIo::readPlan,
          "indicator-catalogue", ReformIndicatorsIo::readCatalogue,
          "unit-registry", ReformIndicatorsIo::readUnitRegistry,
          "methodology", ReformIndicatorsIo::readMethodology,
          "observations", ReformIndicatorsIo::readObservations,
          "plan-assessment", ReformIndicatorsIo::readAssessment,
          "composite-result", ReformIndicatorsIo::readCompositeResult);

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check.")
  private List<Path> files;

  /** Creates the command; picocli instantiates it. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    int invalid = 0;
    int problems = 0;
    for (Path file : files) {
      List<Problem> found = check(file);
      found.forEach(spec.commandLine().getErr()::println);
      if (!found.isEmpty()) {
        invalid++;
        problems += found.size();
      }
    }
    spec.commandLine().getErr().flush();
    int valid = files.size() - invalid;
    String summary = files.size() + (files.size() == 1 ? " file" : " files") + " checked: "
        + valid + " valid, " + invalid + " invalid"
        + (problems == 0 ? "" : " (" + problems + (problems == 1 ? " problem)" : " problems)"));
    spec.commandLine().getOut().println(summary);
    spec.commandLine().getOut().flush();
    return invalid == 0 ? ReformCommand.EXIT_OK : ReformCommand.EXIT_INVALID_INPUT;
  }

  /**
   * Checks one file.
   *
   * @param file the file
   * @return its problems, empty when it is valid
   */
  static List<Problem> check(Path file) {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".csv")) {
        Inputs.observations(file);
        return List.of();
      }
      if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return checkDocument(file);
      }
      return List.of(Problem.ofFile(name,
          "unknown file type: expected .csv (observations), .json, .yaml or .yml"));
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  private static List<Problem> checkDocument(Path file) {
    String name = file.toString();
    DocumentFormat format = EvaluateCommand.format(file);
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    JsonNode tree;
    try (InputStream in = Inputs.open(file)) {
      tree = io.mapper(format).readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage();
      return List.of(where == null || where.getLineNr() < 1
          ? Problem.ofFile(name, message)
          : Problem.at(name, where.getLineNr(), Math.max(0, where.getColumnNr()), message));
    } catch (IOException e) {
      return List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
    if (tree == null || !tree.isObject()) {
      return List.of(Problem.atPointer(name, "", "the document must be a mapping with a 'kind' field"));
    }
    JsonNode kind = tree.get("kind");
    if (kind == null || !kind.isTextual()) {
      return List.of(Problem.atPointer(name, "/kind",
          "missing or not text: the kind must be one of " + kinds()));
    }
    DocumentReader reader = KINDS.get(kind.asText());
    if (reader == null) {
      return List.of(Problem.atPointer(name, "/kind",
          "'" + kind.asText() + "' is not a kind this command checks: expected one of " + kinds()));
    }
    try {
      reader.read(io, file);
      return List.of();
    } catch (ReadException e) {
      return Inputs.problems(name, e.problems(), e.totalProblems());
    } catch (IOException e) {
      return List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  private static String kinds() {
    List<String> names = new ArrayList<>(KINDS.keySet());
    names.sort(null);
    return String.join(", ", names);
  }
}
