package org.reformindicators.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.text.Language;
import org.reformindicators.core.text.NumberText;

/**
 * The published results of the plan's unit that no clause targets, such as Quảng Ngãi's SIPAS rank 2024 (59/63) or
 * its Decision 766 index (19/63 in May 2025, 5/34 in July 2025), as lines a report prints after its clauses.
 *
 * <p>A result is related when its indicator is the rank of an index ({@code _RANK}) that no clause uses, or the
 * total of such a rank, and its note does not mark it as a sample; it never enters a clause's series and never moves
 * the assessment period. Each line gives the values as published with their periods and universes, a bound as
 * published ({@code > 30/63 (2023)}), and the note, which quotes a published rating (the 766 index's "Tốt") and
 * cites the source. The Decision 766 index measures what clauses T6b, T7a–c, T10c and T14a of the bundled plan
 * measure in their own words, so its line names them as context. Stateless. Not part of the API.
 */
final class RelatedResults {

  /** The clauses of the bundled plan that the Decision 766 index gives context to, in plan order. */
  private static final List<String> DVC766_CONTEXT = List.of("T6b", "T7a", "T7b", "T7c", "T10c", "T14a");

  private RelatedResults() {}

  static List<String> lines(Plan plan, ObservationSet observations, Language language) {
    boolean vi = language == Language.VI;
    Set<IndicatorCode> targeted = new TreeSet<>();
    for (Target target : plan.targets()) {
      targeted.add(plan.indicatorOf(target).code());
    }
    Map<IndicatorCode, List<Observation>> byIndicator = new LinkedHashMap<>();
    Set<IndicatorCode> ranks = new TreeSet<>();
    for (Observation o : observations.observations()) {
      if (o.unit().equals(plan.unitCode()) && o.breakdown().isTotal() && !ReportBuilder.isSample(o)
          && !targeted.contains(o.indicator()) && o.indicator().value().endsWith(IndicatorCode.RANK_SUFFIX)) {
        ranks.add(o.indicator());
      }
    }
    for (Observation o : observations.observations()) {
      String code = o.indicator().value();
      boolean related = ranks.contains(o.indicator())
          || ranks.contains(IndicatorCode.of(code + IndicatorCode.RANK_SUFFIX));
      if (related && o.unit().equals(plan.unitCode()) && o.breakdown().isTotal() && !ReportBuilder.isSample(o)) {
        byIndicator.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<IndicatorCode, List<Observation>> entry : byIndicator.entrySet()) {
      List<Observation> found = entry.getValue();
      List<String> values = new ArrayList<>();
      Set<Integer> universes = new TreeSet<>();
      for (Observation o : found) {
        values.add(valueText(o, language) + " (" + o.period() + ")");
        o.universe().ifPresent(universes::add);
      }
      StringBuilder line = new StringBuilder(entry.getKey().value()).append(": ").append(String.join(", ", values));
      if (universes.size() > 1) {
        List<Integer> sizes = found.stream().filter(o -> o.universe().isPresent())
            .map(o -> o.universe().getAsInt()).distinct().toList();
        line.append(vi ? "; số đơn vị xếp hạng đổi " : "; universe changed ")
            .append(String.join(" → ", sizes.stream().map(String::valueOf).toList()));
      }
      if (entry.getKey().value().startsWith("DVC766")) {
        List<String> context = plan.targets().stream().map(t -> t.clauseId().toString())
            .filter(DVC766_CONTEXT::contains).toList();
        if (!context.isEmpty()) {
          line.append(vi ? "; tham khảo cho " : "; context for ").append(String.join(", ", context));
        }
      }
      String note = found.get(found.size() - 1).note().orElse("");
      if (!note.isEmpty()) {
        line.append(". ").append(note);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static String valueText(Observation o, Language language) {
    boolean rank = o.indicator().value().endsWith(IndicatorCode.RANK_SUFFIX);
    if (o.bound().isPresent()) {
      return boundText(o.bound().get().lower(), o.bound().get().upper(), o.universe(), rank, language);
    }
    if (o.value().isEmpty()) {
      return "—";
    }
    String value = NumberText.of(o.value().getAsDouble(), language);
    return rank && o.universe().isPresent() ? value + "/" + o.universe().getAsInt() : value;
  }

  /**
   * A bound as published: a rank "worse than 30 of 63" ({@code 31–63}) as {@code > 30/63}, other bounds as {@code
   * 31–40/63} or {@code 70–80}.
   */
  static String boundText(double lower, double upper, OptionalInt universe, boolean rank, Language language) {
    String of = rank && universe.isPresent() ? "/" + universe.getAsInt() : "";
    if (rank && universe.isPresent() && upper == universe.getAsInt() && lower > 1) {
      return "> " + NumberText.of(lower - 1, language) + of;
    }
    return NumberText.of(lower, language) + "–" + NumberText.of(upper, language) + of;
  }
}
