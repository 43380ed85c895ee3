package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationValidator;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadSummary;

/**
 * Reads the user's files through {@code io} for the commands, turning every failure into an {@link
 * InvalidInputException} whose problems carry their location, such as {@code obs.csv:7: column
 * 'period': …}.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class Inputs {

  private Inputs() {}

  /**
   * Reads an observation CSV file.
   *
   * @param file the file
   * @return the observations
   * @throws InvalidInputException if the file is missing, unreadable or has any problem
   */
  static ObservationSet observations(Path file) {
    return observations(file, ObservationCsvReader.create());
  }

  /**
   * Returns the reader of observation CSV files in a dialect, strict, with the bundled unit registry.
   *
   * @param dialect the delimiter and decimal mark
   * @return the reader
   */
  static ObservationCsvReader reader(CsvDialect dialect) {
    return ObservationCsvReader.create(ReadOptions.defaults(), dialect);
  }

  /**
   * Reads an observation CSV file, checking each row against indicator definitions as it is read, so that a
   * value outside its indicator's range is reported at its line and column.
   *
   * @param file the file
   * @param validator the rules, such as a plan's catalogue {@linkplain
   *     ObservationValidator#ignoringUnknownIndicators() ignoring other indicators}
   * @return the observations
   * @throws InvalidInputException if the file is missing, unreadable or has any problem
   */
  static ObservationSet observations(Path file, ObservationValidator validator) {
    return observations(file, ObservationCsvReader.create().validatingWith(validator));
  }

  /**
   * Reads an observation CSV file (long or wide form) with a reader.
   *
   * @param file the file
   * @param reader the reader, with its dialect, validator and stated period
   * @return the observations
   * @throws InvalidInputException if the file is missing, unreadable or has any problem
   */
  static ObservationSet observations(Path file, ObservationCsvReader reader) {
    String name = file.toString();
    try (InputStream in = open(file)) {
      return reader.read(in, name);
    } catch (ReadException e) {
      throw invalid(name, e);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Checks an observation CSV file as a stream, with memory that grows only with its distinct observation keys,
   * handing each problem to {@code problems} as it is found.
   *
   * @param file the file
   * @param problems receives each problem, located in the file
   * @return the records read, accepted and rejected
   * @throws InvalidInputException if the file is missing or cannot be read
   */
  static ReadSummary checkObservations(Path file, Consumer<Problem> problems) {
    return checkObservations(file, ObservationCsvReader.create(), problems);
  }

  /**
   * Checks an observation CSV file as a stream with a reader, as {@link #checkObservations(Path, Consumer)} does.
   *
   * @param file the file
   * @param reader the reader, with its dialect and validator
   * @param problems receives each problem, located in the file
   * @return the records read, accepted and rejected
   * @throws InvalidInputException if the file is missing or cannot be read
   */
  static ReadSummary checkObservations(Path file, ObservationCsvReader reader, Consumer<Problem> problems) {
    String name = file.toString();
    try (InputStream in = open(file)) {
      return reader.check(in, name, problem -> problems.accept(located(name, problem)));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Reads a bundled observation CSV resource.
   *
   * @param resource the resource path, relative to this class's package root
   * @return the observations
   * @throws IllegalStateException if the resource is missing or invalid (a bug of the build)
   */
  static ObservationSet bundledObservations(String resource) {
    try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + resource);
      }
      return ObservationCsvReader.create().read(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("bundled resource " + resource + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Checks that a path is a readable file.
   *
   * @param file the file
   * @throws InvalidInputException if it is missing, a directory or not readable
   */
  static void requireReadable(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(Problem.ofFile(name, "is a directory, not a file"));
    }
    if (!Files.exists(file)) {
      throw new InvalidInputException(Problem.ofFile(name, "file not found"));
    }
    if (!Files.isReadable(file)) {
      throw new InvalidInputException(Problem.ofFile(name, "permission denied"));
    }
  }

  /**
   * Opens a file, reporting a missing, unreadable or directory path as invalid input.
   *
   * @param file the file
   * @return the stream
   * @throws InvalidInputException if the file cannot be opened
   */
  static InputStream open(Path file) {
    String name = file.toString();
    requireReadable(file);
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(Problem.ofFile(name, "file not found"));
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(Problem.ofFile(name, "permission denied"));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Converts the problems of an {@code io} read into located problems of the command line.
   *
   * @param file the file as the user named it
   * @param e the read failure
   * @return the exception to throw
   */
  static InvalidInputException invalid(String file, ReadException e) {
    return new InvalidInputException(problems(file, e.problems(), e.totalProblems()));
  }

  /**
   * Converts {@code io} problems into located problems of the command line.
   *
   * @param file the file as the user named it
   * @param problems the problems
   * @param total the total number of problems found (more than listed when a limit applied)
   * @return the problems, with a last line saying how many were not listed
   */
  static List<Problem> problems(
      String file, List<org.reformindicators.io.problem.Problem> problems, long total) {
    List<Problem> located = new ArrayList<>();
    for (org.reformindicators.io.problem.Problem problem : problems) {
      located.add(located(file, problem));
    }
    if (total > problems.size()) {
      located.add(Problem.ofFile(file, (total - problems.size()) + " more problems not listed"));
    }
    if (located.isEmpty()) {
      located.add(Problem.ofFile(file, "invalid"));
    }
    return located;
  }

  /**
   * Converts one {@code io} problem into a located problem of the command line.
   *
   * @param file the file as the user named it
   * @param problem the problem
   * @return the problem with the file name, line and column or JSON pointer
   */
  static Problem located(String file, org.reformindicators.io.problem.Problem problem) {
    String message = problem.message();
    ProblemLocation location = problem.location();
    if (location instanceof ProblemLocation.Csv csv) {
      String column = csv.column().isEmpty() ? "" : "column '" + csv.column() + "': ";
      return Problem.at(file, (int) Math.min(Integer.MAX_VALUE, csv.line()), 0, column + message);
    }
    ProblemLocation.Document document = (ProblemLocation.Document) location;
    if (document.line() > 0) {
      String pointer = document.pointer().isEmpty() ? "" : document.pointer() + ": ";
      return Problem.at(file, document.line(), document.column(), pointer + message);
    }
    return Problem.atPointer(file, document.pointer(), message);
  }
}
