package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.ScoringException;
import org.reformindicators.core.composite.ScoringProblem;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvForm;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Turns the problems the composite calculator finds into located problems of {@code score}, such
 * as {@code pci-2020.csv:4: column 'value': PCI_TRANSPARENCY, area 51: 11 is outside the
 * component's range 0–10}.
 *
 * <p>A problem with one area's value of a leaf points at the cell of the observation file that
 * holds it; another problem of the data names the observation file, and a problem of the
 * methodology names the methodology.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class ScoringProblems {

  private ScoringProblems() {}

  /**
   * Locates every problem of a scoring failure.
   *
   * @param e the failure
   * @param index the methodology
   * @param methodology the methodology as the user named it (an id or a file)
   * @param observations the observation file
   * @param period the period scored
   * @return the problems, those located in the observation file first, by line
   */
  static List<Problem> located(ScoringException e, CompositeIndex index, String methodology,
      Path observations, ReportingPeriod period) {
    return located(e, index, methodology, observations, CsvDialect.STANDARD, period);
  }

  /**
   * Locates every problem of a scoring failure in an observation file of a dialect, long or wide: the cell of a
   * long-form file is in column {@code value}, that of a wide table in the component's own column.
   *
   * @param e the failure
   * @param index the methodology
   * @param methodology the methodology as the user named it (an id or a file)
   * @param observations the observation file
   * @param dialect the dialect the file was read in
   * @param period the period scored (also the period of a wide table without a period column)
   * @return the problems, those located in the observation file first, by line
   */
  static List<Problem> located(ScoringException e, CompositeIndex index, String methodology,
      Path observations, CsvDialect dialect, ReportingPeriod period) {
    ObservationCsvReader reader = ObservationCsvReader.create(ReadOptions.defaults().lenient(), dialect)
        .withPeriod(period);
    Set<String> leaves = new HashSet<>();
    index.leaves().stream().map(n -> n.code().value()).forEach(leaves::add);
    Set<ObservationKey> cells = new HashSet<>();
    for (ScoringProblem problem : e.problems()) {
      if (isCell(problem, leaves)) {
        cells.add(key(problem, period));
      }
    }
    Map<ObservationKey, Long> lines = lines(observations, reader, cells);
    boolean wide = isWide(observations, reader);
    String file = observations.toString();
    List<Problem> located = new ArrayList<>();
    for (ScoringProblem problem : e.problems()) {
      String message = problem.component() + problem.unit().map(unit -> ", area " + unit).orElse("")
          + ": " + problem.rule();
      Long line = isCell(problem, leaves) ? lines.get(key(problem, period)) : null;
      if (line != null) {
        located.add(Problem.at(file, (int) Math.min(Integer.MAX_VALUE, line), 0,
            "column '" + (wide ? problem.component() : "value") + "': " + message));
      } else {
        boolean data = problem.source() == ScoringProblem.Source.DATA;
        located.add(Problem.ofFile(data ? file : methodology, message));
      }
    }
    located.sort(Comparator.comparing((Problem p) -> p.line() == 0).thenComparingInt(Problem::line));
    return located;
  }

  private static boolean isCell(ScoringProblem problem, Set<String> leaves) {
    return problem.source() == ScoringProblem.Source.DATA && problem.hasUnit()
        && leaves.contains(problem.component().value());
  }

  private static ObservationKey key(ScoringProblem problem, ReportingPeriod period) {
    return new ObservationKey(
        IndicatorCode.of(problem.component().value()), problem.unit().orElseThrow(), period, BreakdownKey.TOTAL);
  }

  private static boolean isWide(Path observations, ObservationCsvReader reader) {
    try (InputStream in = Files.newInputStream(observations)) {
      return reader.form(in, observations.toString()) == ObservationCsvForm.WIDE;
    } catch (IOException e) {
      return false; // the file was read before; a cell then names the long form's column
    }
  }

  private static Map<ObservationKey, Long> lines(
      Path observations, ObservationCsvReader reader, Set<ObservationKey> cells) {
    if (cells.isEmpty()) {
      return Map.of();
    }
    try {
      return ObservationLines.find(observations, reader, cells);
    } catch (IOException e) {
      return Map.of(); // the problems still name the file, the area and the component
    }
  }
}
