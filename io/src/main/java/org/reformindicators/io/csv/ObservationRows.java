package org.reformindicators.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Bound;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.observation.ObservationValidator;
import org.reformindicators.core.observation.ObservationViolation;
import org.reformindicators.core.observation.RankRules;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * Turns the rows of an observation CSV into observations, such as line 7 {@code PCI_RANK,51,2020,36,63,A} into
 * {@code PCI_RANK, unit 51, period 2020, value 36 of 63}, reporting every bad cell with its line and column.
 *
 * <p>A row is checked cell by cell (syntax of codes, periods and numbers), then as an observation: what it claims
 * as a rank ({@link RankRules}: a whole number from 1 to the universe on the same row, a universe no larger than
 * the units of its level in the period), and, when a validator is given, the rules of the indicator's definition
 * (range, scale, whole numbers, period kind, breakdown). Immutable and thread-safe.
 */
final class ObservationRows {

  private final CsvDialect dialect;
  private final RankRules rankRules;
  private final Optional<ObservationValidator> validator;

  ObservationRows(CsvDialect dialect, RankRules rankRules, Optional<ObservationValidator> validator) {
    this.dialect = dialect;
    this.rankRules = rankRules;
    this.validator = validator;
  }

  /**
   * Converts a row, reporting every problem; returns {@code null} when the row is rejected. A plain row (a value
   * of status {@code A}, no breakdown, universe or note, no rank claim, no validator) is returned as its cells:
   * no rule of {@link RankRules} concerns it and its cells passed the checks an {@link Observation} makes.
   */
  ParsedRow toRow(CsvRow row, ProblemCollector problems, CellCache cache) {
    long before = problems.total();
    IndicatorCode indicator =
        parse(row, ObservationColumn.INDICATOR, problems, text -> cache.indicator(text, IndicatorCode::parse));
    String area = row.cell(ObservationColumn.AREA.header());
    UnitCode checkedArea = area.isEmpty() ? null : cache.unit(area);
    if (area.isEmpty()) {
      report(row, ObservationColumn.AREA, area, "area must not be empty; it is a unit code such as 51", problems);
    } else if (checkedArea == null) {
      report(
          row,
          ObservationColumn.AREA,
          area,
          "area must be a unit code of ASCII letters and digits, leading zeros kept (e.g. 01, 51), was '" + area + "'",
          problems);
    }
    ReportingPeriod period =
        parse(row, ObservationColumn.PERIOD, problems, text -> cache.period(text, ReportingPeriod::parse));
    ObservationStatus status = ObservationStatus.NORMAL_VALUE;
    String statusText = cell(row, ObservationColumn.STATUS);
    if (!statusText.isEmpty()) {
      status = parse(row, ObservationColumn.STATUS, problems, ObservationStatus::fromCode);
    }
    String valueText = row.cell(ObservationColumn.VALUE.header());
    Double value = null;
    Bound bound = bound(row, problems);
    if (bound != null && !valueText.isEmpty()) {
      report(
          row,
          ObservationColumn.VALUE,
          valueText,
          "a value published only as a range has an empty value and its lower and upper ends, value was " + valueText,
          problems);
    } else if (valueText.isEmpty()) {
      if (bound == null && status != null && !status.isMissing() && !hasBoundCells(row)) {
        report(
            row,
            ObservationColumn.VALUE,
            valueText,
            "an empty value is allowed only with a missing-value status (M, O, L, Q or H) or with lower and upper"
                + " bounds, status was " + status.code(),
            problems);
      }
    } else {
      value = parse(row, ObservationColumn.VALUE, problems, text -> PlainDecimal.value(text, dialect.decimalMark()));
      if (value != null && status != null && status.isMissing()) {
        report(
            row,
            ObservationColumn.STATUS,
            statusText,
            "missing-value status " + status.code() + " must come with an empty value, value was " + valueText,
            problems);
      }
    }
    String universeText = cell(row, ObservationColumn.UNIVERSE);
    Integer universe =
        universeText.isEmpty() ? null : parse(row, ObservationColumn.UNIVERSE, problems, PlainDecimal::universe);
    String breakdownText = cell(row, ObservationColumn.BREAKDOWN);
    BreakdownKey breakdown =
        breakdownText.isEmpty()
            ? BreakdownKey.TOTAL
            : parse(row, ObservationColumn.BREAKDOWN, problems, text -> cache.breakdown(text, BreakdownKey::parse));
    String note = cell(row, ObservationColumn.NOTE);
    Double[] counts = counts(row, problems);
    if (problems.total() > before) {
      return null;
    }
    if (validator.isEmpty()
        && value != null
        && status == ObservationStatus.NORMAL_VALUE
        && universe == null
        && breakdown.isTotal()
        && note.isBlank()
        && counts == null
        && bound == null
        && !indicator.value().endsWith(IndicatorCode.RANK_SUFFIX)) {
      return ParsedRow.plain(indicator, checkedArea, period, value);
    }
    Observation.Builder builder =
        Observation.builder().indicator(indicator).unit(checkedArea).period(period).status(status).breakdown(breakdown);
    if (value != null) {
      builder.value(value);
    }
    if (universe != null) {
      builder.universe(universe);
    }
    if (!note.isBlank()) {
      builder.note(note);
    }
    if (counts != null) {
      builder.numerator(counts[0]).denominator(counts[1]);
    }
    if (bound != null) {
      builder.bound(bound);
    }
    Observation observation;
    try {
      observation = builder.build();
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(new ProblemLocation.Csv(row.line(), ""), "", "", e.getMessage()));
      return null;
    }
    List<ObservationViolation> violations = violations(observation);
    for (ObservationViolation violation : violations) {
      ObservationColumn column = ObservationColumn.of(violation.field());
      report(row, column, cell(row, column), violation.message(), problems);
    }
    return violations.isEmpty() ? ParsedRow.of(observation) : null;
  }

  /**
   * The rules of what the row claims and, with a validator, of the indicator's definition; the validator's
   * catalogue rules replace the rank claims for the indicators it defines, and its registry replaces this
   * reader's for the universe.
   */
  private List<ObservationViolation> violations(Observation observation) {
    if (validator.isEmpty()) {
      return rankRules.violations(observation);
    }
    List<ObservationViolation> found = new ArrayList<>(validator.get().violations(observation));
    if (validator.get().registry().isEmpty()) {
      rankRules.universeViolation(observation).ifPresent(found::add);
    }
    return found;
  }

  private static boolean hasBoundCells(CsvRow row) {
    return !cell(row, ObservationColumn.LOWER).isEmpty() || !cell(row, ObservationColumn.UPPER).isEmpty();
  }

  /** The optional lower and upper ends of a bound, both or neither; {@code null} when absent or reported. */
  private Bound bound(CsvRow row, ProblemCollector problems) {
    String lowerText = cell(row, ObservationColumn.LOWER);
    String upperText = cell(row, ObservationColumn.UPPER);
    if (lowerText.isEmpty() && upperText.isEmpty()) {
      return null;
    }
    if (lowerText.isEmpty() != upperText.isEmpty()) {
      ObservationColumn missing = lowerText.isEmpty() ? ObservationColumn.LOWER : ObservationColumn.UPPER;
      report(row, missing, "", "lower and upper must be given together (inclusive ends of a value published only"
          + " as a range, e.g. 31 and 63); " + missing.header() + " is empty", problems);
      return null;
    }
    Double lower =
        parse(row, ObservationColumn.LOWER, problems, text -> PlainDecimal.value(text, dialect.decimalMark()));
    Double upper =
        parse(row, ObservationColumn.UPPER, problems, text -> PlainDecimal.value(text, dialect.decimalMark()));
    if (lower == null || upper == null) {
      return null;
    }
    if (lower > upper) {
      report(row, ObservationColumn.UPPER, upperText, "upper must not be less than lower, was lower " + lowerText
          + " and upper " + upperText, problems);
      return null;
    }
    return Bound.ofClosed(lower, upper);
  }

  /** The optional numerator and denominator, both or neither; {@code null} when absent or reported. */
  private Double[] counts(CsvRow row, ProblemCollector problems) {
    String numeratorText = cell(row, ObservationColumn.NUMERATOR);
    String denominatorText = cell(row, ObservationColumn.DENOMINATOR);
    if (numeratorText.isEmpty() && denominatorText.isEmpty()) {
      return null;
    }
    if (numeratorText.isEmpty() != denominatorText.isEmpty()) {
      ObservationColumn missing = numeratorText.isEmpty() ? ObservationColumn.NUMERATOR : ObservationColumn.DENOMINATOR;
      report(row, missing, "", "numerator and denominator must be given together; " + missing.header()
          + " is empty", problems);
      return null;
    }
    Double numerator =
        parse(row, ObservationColumn.NUMERATOR, problems, text -> PlainDecimal.value(text, dialect.decimalMark()));
    Double denominator =
        parse(row, ObservationColumn.DENOMINATOR, problems, text -> PlainDecimal.value(text, dialect.decimalMark()));
    if (numerator == null || denominator == null) {
      return null;
    }
    if (numerator < 0) {
      report(row, ObservationColumn.NUMERATOR, numeratorText, "numerator must not be negative, was " + numeratorText,
          problems);
      return null;
    }
    if (!(denominator > 0)) {
      report(row, ObservationColumn.DENOMINATOR, denominatorText, "denominator must be positive, was "
          + denominatorText, problems);
      return null;
    }
    return new Double[] {numerator, denominator};
  }

  private static String cell(CsvRow row, ObservationColumn column) {
    String text = row.cell(column.header());
    return text == null ? "" : text;
  }

  private static <T> T parse(
      CsvRow row, ObservationColumn column, ProblemCollector problems, Function<String, T> parser) {
    String text = cell(row, column);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      report(row, column, text, e.getMessage(), problems);
      return null;
    }
  }

  private static void report(
      CsvRow row, ObservationColumn column, String value, String message, ProblemCollector problems) {
    String located = row.location(column.header());
    problems.add(new Problem(new ProblemLocation.Csv(row.line(), located), located, value, message));
  }
}
