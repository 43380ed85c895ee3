package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reformindicators.core.composite.ComponentRange;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.observation.ObservationValidator;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvForm;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.problem.ReadOptions;

/**
 * The rules that the plans, catalogues and methodologies named beside observation files on a
 * {@code validate} command line set for those files, such as {@code validate plan.yaml obs.csv}:
 * the plan's catalogue (ranges, whole numbers, rank universes, period kinds) and the methodology's
 * component ranges.
 *
 * <p>A document that cannot be read sets no rule (its own check reports why). Immutable after
 * {@link #of}; thread-safe.
 */
final class ObservationRules {

  private final IndicatorCatalogue catalogue;
  private final Map<String, ComponentRange> ranges;
  private final List<String> sources;

  private ObservationRules(IndicatorCatalogue catalogue, Map<String, ComponentRange> ranges,
      List<String> sources) {
    this.catalogue = catalogue;
    this.ranges = ranges;
    this.sources = sources;
  }

  /**
   * Gathers the rules of the plans, catalogues and methodologies among the files.
   *
   * @param files the files of the command line
   * @return the rules, empty when no such document is among them
   */
  static ObservationRules of(List<Path> files) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    Map<String, ComponentRange> ranges = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    for (Path file : files) {
      String lower = file.toString().toLowerCase(Locale.ROOT);
      if (!(lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
        continue;
      }
      try {
        DocumentKind kind = io.readKind(file);
        IndicatorCatalogue found = null;
        if (kind == DocumentKind.PLAN) {
          Plan plan = io.readPlan(file);
          found = plan.catalogue();
        } else if (kind == DocumentKind.INDICATOR_CATALOGUE) {
          found = io.readCatalogue(file);
        } else if (kind == DocumentKind.METHODOLOGY) {
          CompositeIndex index = io.readMethodology(file);
          for (IndexNode leaf : index.leaves()) {
            ComponentRange.of(leaf).ifPresent(range -> ranges.putIfAbsent(leaf.code().value(), range));
          }
          sources.add(file.toString());
        }
        if (found != null) {
          found.indicators().forEach(i -> indicators.putIfAbsent(i.code().toString(), i));
          sources.add(file.toString());
        }
      } catch (IOException | RuntimeException e) {
        // the document's own check reports why it cannot be read; it sets no rule
      }
    }
    return new ObservationRules(IndicatorCatalogue.of(indicators.values()), ranges, List.copyOf(sources));
  }

  /**
   * Tells whether any document set a rule.
   *
   * @return whether observation files are checked beyond their own rules
   */
  boolean isEmpty() {
    return sources.isEmpty();
  }

  /**
   * Returns the reader of observation files that applies the catalogue rules as it reads.
   *
   * @param dialect the dialect of the files
   * @return the reader
   */
  ObservationCsvReader reader(CsvDialect dialect) {
    ObservationCsvReader reader = Inputs.reader(dialect);
    return catalogue.indicators().isEmpty()
        ? reader
        : reader.validatingWith(ObservationValidator.of(catalogue).ignoringUnknownIndicators());
  }

  /**
   * Checks the values of a file's methodology components against their ranges, reporting each
   * value outside at its line and column.
   *
   * @param file an observation file that was checked already
   * @param dialect its dialect
   * @param problems receives each problem
   * @return the number of problems found
   */
  long checkRanges(Path file, CsvDialect dialect, Consumer<Problem> problems) {
    if (ranges.isEmpty()) {
      return 0;
    }
    String name = file.toString();
    ObservationCsvReader lenient = ObservationCsvReader.create(ReadOptions.defaults().lenient(), dialect);
    long[] found = {0};
    try (InputStream in = Inputs.open(file)) {
      boolean wide;
      try (InputStream header = Inputs.open(file)) {
        wide = lenient.form(header, name) == ObservationCsvForm.WIDE;
      }
      lenient.readWithLines(in, name, (observation, line) -> {
        ComponentRange range = ranges.get(observation.indicator().toString());
        if (range == null || observation.value().isEmpty()) {
          return;
        }
        BigDecimal value = BigDecimal.valueOf(observation.value().getAsDouble());
        if (!range.contains(value)) {
          found[0]++;
          String column = wide ? observation.indicator().toString() : "value";
          problems.accept(Problem.at(name, (int) Math.min(Integer.MAX_VALUE, line), 0, "column '"
              + column + "': " + observation.indicator() + ", area " + observation.unit() + ": "
              + observation.valueText() + " is outside the component's range " + range
              + " (methodology " + String.join(", ", sources) + ")"));
        }
      }, problem -> { });
    } catch (IOException | RuntimeException e) {
      // the file's own check has reported why it cannot be read
    }
    return found[0];
  }

  /**
   * Returns the documents that set the rules, for messages.
   *
   * @return the file names
   */
  List<String> sources() {
    return sources;
  }
}
