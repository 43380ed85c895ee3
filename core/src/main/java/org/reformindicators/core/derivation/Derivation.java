package org.reformindicators.core.derivation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.Procedure;

/**
 * Derives observations from dossier records in one pass, such as the plan's T5 ratio for every commune and year:
 * {@code start}, {@link #accept} each record, then {@link #finish()}.
 *
 * <p>For each record and each rule, the record is attributed to a period by the rule's date ({@link DateBasis}, or
 * the caller's), to a unit through the {@linkplain UnitResolver registry's successor links}, and to a group by the
 * rule's own grouping and the caller's; then, if it meets the population condition, the group's denominator (or
 * count) grows by one, and its numerator by one if it also meets the numerator condition (for a mean: the count by
 * one and the sum by the quantity). Only these counters are kept, in a table per unit, period and caller's
 * breakdown value: memory grows with the number of groups, never with the number of records. The formulas are
 * those of {@link Aggregation}.
 *
 * <p>Mutable and not thread-safe: one derivation per thread.
 */
public final class Derivation implements Consumer<DossierRecord> {

  private final RuleSet rules;
  private final DerivationOptions options;
  private final DerivationRule[] compiled;
  private final DateBasis[] bases;
  private final boolean usesProcedures;
  private final UnitResolver resolver;
  private final Map<LocalDate, ReportingPeriod> periods = new HashMap<>();
  private final Map<Cell, long[]> cells = new HashMap<>();
  private final Map<GroupedCell, long[]> grouped = new HashMap<>();
  private final List<String> examples = new ArrayList<>();
  private long records;
  private long unresolved;
  private long inProgress;
  private long unlisted;

  private Derivation(RuleSet rules, DerivationOptions options) {
    this.rules = rules;
    this.options = options;
    this.compiled = rules.rules().toArray(new DerivationRule[0]);
    this.bases = new DateBasis[compiled.length];
    boolean procedures = false;
    for (int i = 0; i < compiled.length; i++) {
      bases[i] = options.date().orElse(compiled[i].date());
      procedures |= compiled[i].needsProcedureList();
    }
    this.usesProcedures = procedures || options.by().filter(g -> g == Grouping.SECTOR).isPresent();
    this.resolver = new UnitResolver(options.registry());
  }

  /**
   * Starts a derivation.
   *
   * @param rules the rules
   * @param options the options
   * @return the derivation, ready for records
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a rule or the grouping needs the procedure list and the options have none;
   *     the message names the rule
   */
  public static Derivation start(RuleSet rules, DerivationOptions options) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(options, "options");
    if (options.procedures().isEmpty()) {
      for (DerivationRule rule : rules.rules()) {
        if (rule.needsProcedureList()) {
          throw new IllegalArgumentException(
              "rule " + rule.indicator() + " of rule set " + rules.id()
                  + " tests the procedure list (" + rule.population() + "; " + rule.numerator()
                  + rule.groupBy().map(g -> "; by " + g).orElse("") + "), but no procedure list was given");
        }
      }
      if (options.by().filter(g -> g == Grouping.SECTOR).isPresent()) {
        throw new IllegalArgumentException("grouping by SECTOR needs a procedure list, but none was given");
      }
    }
    return new Derivation(rules, options);
  }

  /**
   * Counts one record in every rule.
   *
   * @param record the record
   * @throws NullPointerException if {@code record} is null
   */
  @Override
  public void accept(DossierRecord record) {
    Objects.requireNonNull(record, "record");
    records++;
    if (record.outcome() == DossierOutcome.IN_PROGRESS) {
      inProgress++;
    }
    Procedure procedure = null;
    if (usesProcedures) {
      procedure = options.procedures().find(record.procedure()).orElse(null);
      if (procedure == null) {
        unlisted++;
      }
    }
    String byValue = options.by().isPresent() ? groupValue(options.by().get(), record, procedure) : "";
    if (byValue == null) {
      return;
    }
    boolean reported = false;
    Cell[] cellOf = new Cell[DateBasis.values().length];
    boolean[] tried = new boolean[cellOf.length];
    for (int i = 0; i < compiled.length; i++) {
      DerivationRule rule = compiled[i];
      int basis = bases[i].ordinal();
      if (!tried[basis]) {
        tried[basis] = true;
        LocalDate date = bases[i] == DateBasis.RECEIVED ? record.received() : record.completed().orElse(null);
        if (date != null) {
          UnitCode unit = resolver.resolve(record.unit(), record.received(), date);
          if (unit == null) {
            if (!reported) {
              reported = true;
              unresolved++;
              if (examples.size() < DerivationSummary.MAX_EXAMPLES) {
                examples.add("dossier " + record.id() + ": " + resolver.reason());
              }
            }
          } else {
            cellOf[basis] = new Cell(unit, period(date), byValue);
          }
        }
      }
      Cell cell = cellOf[basis];
      if (cell == null || !rule.population().matches(record, procedure)) {
        continue;
      }
      long[] counts;
      if (rule.groupBy().isPresent()) {
        String own = groupValue(rule.groupBy().get(), record, procedure);
        if (own == null) {
          continue;
        }
        counts = grouped.computeIfAbsent(new GroupedCell(cell, i, own), k -> new long[2]);
      } else {
        counts = cells.computeIfAbsent(cell, k -> new long[2 * compiled.length]);
      }
      int at = rule.groupBy().isPresent() ? 0 : 2 * i;
      count(rule, record, procedure, counts, at);
    }
  }

  private static void count(DerivationRule rule, DossierRecord record, Procedure procedure, long[] counts, int at) {
    switch (rule.aggregation()) {
      case RATIO -> {
        counts[at]++;
        if (rule.numerator().matches(record, procedure)) {
          counts[at + 1]++;
        }
      }
      case COUNT -> counts[at]++;
      case MEAN -> {
        int quantity = rule.meanOf().orElseThrow().valueOf(record);
        if (quantity >= 0) {
          counts[at]++;
          counts[at + 1] += quantity;
        }
      }
    }
  }

  /** The value of a grouping for a record, or {@code null} when it has none (a sector of an unlisted procedure). */
  private static String groupValue(Grouping grouping, DossierRecord record, Procedure procedure) {
    return switch (grouping) {
      case AGENCY -> record.agency();
      case PROCEDURE -> record.procedure();
      case LEVEL -> record.level().name();
      case SECTOR -> procedure == null ? null : procedure.sector().orElse(null);
    };
  }

  private ReportingPeriod period(LocalDate date) {
    ReportingPeriod period = periods.get(date);
    if (period == null) {
      period =
          switch (options.periodKind()) {
            case MONTH -> CalendarMonth.containing(date);
            case QUARTER -> Quarter.containing(date);
            case HALF_YEAR -> HalfYear.containing(date);
            default -> CalendarYear.containing(date);
          };
      periods.put(date, period);
    }
    return period;
  }

  /**
   * Returns the number of records accepted so far.
   *
   * @return the count
   */
  public long records() {
    return records;
  }

  /**
   * Returns the number of groups counted so far, the measure of this derivation's memory.
   *
   * @return the number of counter tables
   */
  public int groups() {
    return cells.size() + grouped.size();
  }

  /**
   * Ends the derivation: one observation per rule and group with at least one dossier counted.
   *
   * @return the observations, sorted by indicator, unit, breakdown and period, and the summary
   */
  public DerivationResult finish() {
    List<Observation> observations = new ArrayList<>();
    cells.forEach(
        (cell, counts) -> {
          for (int i = 0; i < compiled.length; i++) {
            if (!compiled[i].groupBy().isPresent() && counts[2 * i] > 0) {
              observations.add(observation(compiled[i], cell, null, counts[2 * i], counts[2 * i + 1]));
            }
          }
        });
    grouped.forEach(
        (key, counts) -> {
          if (counts[0] > 0) {
            observations.add(observation(compiled[key.rule()], key.cell(), key.value(), counts[0], counts[1]));
          }
        });
    observations.sort(
        Comparator.comparing((Observation o) -> o.indicator().toString())
            .thenComparing(Observation::unit)
            .thenComparing(o -> o.breakdown().toString())
            .thenComparing(Observation::period));
    return new DerivationResult(
        observations, new DerivationSummary(records, unresolved, examples, inProgress, unlisted));
  }

  private Observation observation(DerivationRule rule, Cell cell, String ownValue, long denominator, long numerator) {
    Map<String, String> breakdown = new TreeMap<>();
    List<String> codes = new ArrayList<>();
    if (rule.groupBy().isPresent()) {
      put(breakdown, codes, rule.groupBy().get(), ownValue);
    }
    if (options.by().isPresent()) {
      put(breakdown, codes, options.by().get(), cell.byValue());
    }
    Observation.Builder builder =
        Observation.builder().indicator(rule.indicator()).unit(cell.unit()).period(cell.period()).breakdown(BreakdownKey.of(breakdown));
    switch (rule.aggregation()) {
      case RATIO -> builder
          .value(numerator * rule.scale() / denominator)
          .numerator(numerator)
          .denominator(denominator);
      case COUNT -> builder.value(denominator);
      case MEAN -> builder.value((double) numerator / denominator).numerator(numerator).denominator(denominator);
    }
    if (!codes.isEmpty()) {
      builder.note(String.join("; ", codes));
    }
    return builder.build();
  }

  /** Puts a breakdown pair; a code that had to be encoded is also stated as it was, for the note. */
  private static void put(Map<String, String> breakdown, List<String> codes, Grouping grouping, String code) {
    String value = BreakdownValues.valueOf(code);
    breakdown.put(grouping.key(), value);
    if (!value.equals(code)) {
      codes.add(grouping.key() + " " + code);
    }
  }

  /**
   * Returns the rule set.
   *
   * @return the rules this derivation applies
   */
  public RuleSet rules() {
    return rules;
  }

  /** A unit, period and the caller's breakdown value ("" when none). */
  private record Cell(UnitCode unit, ReportingPeriod period, String byValue) {}

  /** A cell, a rule with its own grouping and the record's value for it. */
  private record GroupedCell(Cell cell, int rule, String value) {}
}
