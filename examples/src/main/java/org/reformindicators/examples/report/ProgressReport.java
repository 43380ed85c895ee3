package org.reformindicators.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.text.Language;

/**
 * A progress report ready to render, such as the Quảng Ngãi 2021–2025 report as of {@code 2025}: one
 * {@link ClauseLine} per clause in plan order and one {@link IndicatorChart} per indicator.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param title the report title in its language
 * @param source where the plan comes from, such as {@code Decision 1256/QĐ-UBND, 22 Dec 2021}
 * @param asOf the period the assessment is made at, such as {@code 2025}
 * @param language the language of the texts
 * @param clauses the rows, in plan order
 * @param charts the charts, one per indicator
 * @param notes further notes printed under the table (methods, readings of ambiguous clauses)
 * @param related published results no clause targets, printed after the clauses as context (SIPAS and DTI ranks,
 *     the Decision 766 index), one line each
 */
public record ProgressReport(
    String title,
    String source,
    String asOf,
    Language language,
    List<ClauseLine> clauses,
    List<IndicatorChart> charts,
    List<String> notes,
    List<String> related) {

  /**
   * Validates and copies the components.
   *
   * @param title the report title in its language
   * @param source where the plan comes from, such as {@code Decision 1256/QĐ-UBND, 22 Dec 2021}
   * @param asOf the period the assessment is made at, such as {@code 2025}
   * @param language the language of the texts
   * @param clauses the rows, in plan order
   * @param charts the charts, one per indicator
   * @param notes further notes printed under the table (methods, readings of ambiguous clauses)
   * @param related published results no clause targets, one line each
   * @throws NullPointerException if a component is {@code null}
   */
  public ProgressReport {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(language, "language");
    clauses = List.copyOf(clauses);
    charts = List.copyOf(charts);
    notes = List.copyOf(notes);
    related = List.copyOf(related);
  }

  /**
   * Returns a report without related results.
   *
   * @param title the report title in its language
   * @param source where the plan comes from
   * @param asOf the period the assessment is made at
   * @param language the language of the texts
   * @param clauses the rows, in plan order
   * @param charts the charts, one per indicator
   * @param notes further notes printed under the table
   * @throws NullPointerException if a component is {@code null}
   */
  public ProgressReport(
      String title,
      String source,
      String asOf,
      Language language,
      List<ClauseLine> clauses,
      List<IndicatorChart> charts,
      List<String> notes) {
    this(title, source, asOf, language, clauses, charts, notes, List.of());
  }

  /**
   * Returns whether any value shown (in the table or a chart) is an illustrative sample.
   *
   * @return whether the sample legend must be printed
   */
  public boolean hasSamples() {
    return clauses.stream().anyMatch(ClauseLine::sample)
        || charts.stream().flatMap(c -> c.points().stream()).anyMatch(ChartPoint::sample);
  }

  /**
   * Counts the clauses per status label, best status first in the order of {@link
   * ProgressStatus} (achieved, on track, at risk, off track, not achieved, not assessable, not
   * applicable, assessed by hand), then any other status in the order it first appears.
   *
   * @return the number of clauses per status label
   */
  public Map<String, Integer> countByStatus() {
    List<ClauseLine> ordered = new ArrayList<>(clauses);
    ordered.sort(Comparator.comparingInt(line -> order(line.status())));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ClauseLine clause : ordered) {
      counts.merge(clause.statusLabel(), 1, Integer::sum);
    }
    return counts;
  }

  private static int order(String status) {
    for (ProgressStatus known : ProgressStatus.values()) {
      if (known.name().equals(status)) {
        return known.ordinal();
      }
    }
    return ProgressStatus.values().length;
  }
}
