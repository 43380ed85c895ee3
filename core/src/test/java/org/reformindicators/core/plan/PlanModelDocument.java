package org.reformindicators.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * Test support: renders a plan as the Markdown model document {@code docs/plan-1256-model.md}, from which the
 * {@code io} and {@code examples} modules author the YAML version of the plan.
 */
final class PlanModelDocument {

  private PlanModelDocument() {}

  /** Renders the parameters of a kind as {@code name=value} pairs, in the record's component order. */
  static final TargetKind.Visitor<String> PARAMETERS =
      new TargetKind.Visitor<>() {
        @Override
        public String visit(Threshold kind) {
          return "comparison=" + kind.comparison() + ", value=" + num(kind.value());
        }

        @Override
        public String visit(Band kind) {
          return "min=" + num(kind.min()) + ", max=" + num(kind.max());
        }

        @Override
        public String visit(RankBand kind) {
          return "best=" + kind.best() + ", worst=" + kind.worst() + ", universe=" + kind.universe();
        }

        @Override
        public String visit(RankImprovementPerYear kind) {
          return "minPlaces="
              + num(kind.minPlaces())
              + ", maxPlaces="
              + num(kind.maxPlaces())
              + ", baselineRank="
              + kind.baselineRank();
        }

        @Override
        public String visit(ChangePerYear kind) {
          return "measure="
              + kind.measure()
              + ", minChangePerYear="
              + num(kind.minChangePerYear())
              + ", ceiling="
              + (kind.ceiling().isPresent() ? num(kind.ceiling().getAsDouble()) : "none")
              + ", reference="
              + kind.reference()
              + ", base="
              + kind.base().map(Object::toString).orElse("none");
        }

        @Override
        public String visit(ReductionFromBaseline kind) {
          return "minReductionPercent=" + num(kind.minReductionPercent()) + ", baselineValue=" + kind.baselineValue();
        }

        @Override
        public String visit(Completion kind) {
          return "";
        }

        @Override
        public String visit(Recurring kind) {
          return "each=" + describe(kind.each()) + "; periods=" + kind.periods().stream().map(Object::toString)
              .collect(Collectors.joining(", "));
        }

        @Override
        public String visit(NestedShare kind) {
          return "parentIndicatorCode=" + kind.parentIndicatorCode() + ", share=" + describe(kind.share());
        }

        @Override
        public String visit(Breakdown kind) {
          List<String> parts = new ArrayList<>();
          for (Map.Entry<String, Threshold> e : kind.thresholds().entrySet()) {
            parts.add(e.getKey() + ": " + describe(e.getValue()));
          }
          return "dimension=" + kind.dimension() + ", thresholds={" + String.join("; ", parts) + "}";
        }

        @Override
        public String visit(ExternalThreshold kind) {
          return "normId=" + kind.normId() + ", comparison=" + kind.comparison();
        }

        @Override
        public String visit(Qualitative kind) {
          return "criterion=\"" + kind.criterion() + "\"";
        }
      };

  static String describe(TargetKind kind) {
    return kind.kindName() + "(" + kind.accept(PARAMETERS) + ")";
  }

  static String render(Plan plan) {
    StringBuilder md = new StringBuilder();
    md.append("# Decision 1256/QĐ-UBND as a plan model: every clause, indicator and reading\n\n");
    md.append(
        "This is the exact model of the Quảng Ngãi plan (Decision 1256/QĐ-UBND of 22 Dec 2021, Quảng Ngãi People's Committee) as the library builds it in Java\n"
            + "(`core/src/test/java/org/reformindicators/core/plan/QuangNgaiPlan1256.java`). The `io` and `examples`\n"
            + "modules author the YAML version of the plan from it. It is generated from that fixture and\n"
            + "`PlanModelDocumentTest` fails when the two differ; regenerate it with\n"
            + "`./mvnw -o -pl core test -Dtest=PlanModelDocumentTest -Dplan.model.write=true`.\n\n");
    md.append("## Plan\n\n| field | value |\n|---|---|\n");
    row(md, "id", "`" + plan.id() + "`");
    row(md, "title (vi)", plan.title().vi());
    row(md, "title (en)", plan.title().en());
    row(md, "legal reference", "`" + plan.legalReference().number() + "` of " + plan.legalReference().date());
    row(md, "issuer", plan.issuer().vi() + " / " + plan.issuer().en());
    row(md, "unit code (GSO)", "`" + plan.unitCode() + "`");
    row(md, "phase", "`" + plan.phase() + "`");
    for (LegalReference r : plan.implementedResolutions()) {
      row(md, "implements", "`" + r.number() + "` of " + r.date() + ", " + r.issuer().vi() + " / " + r.issuer().en());
    }
    row(md, "rank universe rule", "`" + plan.rankUniverseRule() + "`");
    row(md, "targets", String.valueOf(plan.targets().size()));
    md.append('\n');
    md.append(KINDS);
    for (List<String> kindRow : KIND_ROWS) {
      md.append("| ").append(String.join(" | ", kindRow)).append(" |\n");
    }
    md.append(TARGET_FIELDS);
    md.append("## Indicator catalogue\n\n");
    md.append("| code | name (vi) | name (en) | measure | direction | decimals | publisher | breakdowns |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Indicator i : plan.catalogue().indicators()) {
      md.append("| `")
          .append(i.code())
          .append("` | ")
          .append(cell(i.nameVi()))
          .append(" | ")
          .append(cell(i.nameEn()))
          .append(" | ")
          .append(i.measure().kind())
          .append(" | ")
          .append(i.direction())
          .append(" | ")
          .append(i.decimals())
          .append(" | ")
          .append(cell(i.publisher()))
          .append(" | ")
          .append(
              i.breakdowns().isEmpty()
                  ? "—"
                  : i.breakdowns().stream().map(PlanModelDocument::dimension).collect(Collectors.joining("; ")))
          .append(" |\n");
    }
    md.append("\n## Clauses, in plan order\n\n");
    md.append(
        "| id | indicator | breakdown | kind and parameters | deadline | milestone of | not applicable from "
            + "| readings |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Target t : plan.targets()) {
      md.append("| ")
          .append(t.clauseId())
          .append(" | `")
          .append(t.indicatorCode())
          .append("` | ")
          .append(t.breakdown().map(b -> "`" + b + "`").orElse("—"))
          .append(" | `")
          .append(cell(describe(t.kind())))
          .append("` | `")
          .append(t.deadline())
          .append("` | ")
          .append(t.milestoneOf().map(Object::toString).orElse("—"))
          .append(" | ")
          .append(t.notApplicable().map(n -> n.from().toString()).orElse("—"))
          .append(" | ")
          .append(
              t.readings().isEmpty()
                  ? "—"
                  : t.readings().stream().map(Reading::id).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    md.append("\n## Clause texts\n\nThe source text is verbatim from the seed (`000_428bda946ba92181.txt`).\n");
    for (Target t : plan.targets()) {
      md.append("\n### ").append(t.clauseId()).append("\n\n");
      md.append("- source (vi): «").append(t.sourceText()).append("»\n");
      md.append("- English: ").append(t.englishRendering()).append('\n');
      for (String note : t.notes()) {
        md.append("- note: ").append(note).append('\n');
      }
      t.notApplicable()
          .ifPresent(
              n -> md.append("- not applicable from ")
                  .append(n.from())
                  .append(": ")
                  .append(n.reason().vi())
                  .append(" / ")
                  .append(n.reason().en())
                  .append('\n'));
    }
    md.append("\n## Readings\n");
    for (Reading r : plan.readings()) {
      md.append("\n### `").append(r.id()).append("`\n\n");
      md.append("- vi: ").append(r.statement().vi()).append('\n');
      md.append("- en: ").append(r.statement().en()).append('\n');
      for (String alternative : r.alternatives()) {
        md.append("- alternative not taken: ").append(alternative).append('\n');
      }
      String clauses =
          plan.targets().stream()
              .filter(t -> t.readings().contains(r))
              .map(t -> t.clauseId().toString())
              .collect(Collectors.joining(", "));
      md.append("- clauses: ").append(clauses.isEmpty() ? "— (plan-wide)" : clauses).append('\n');
    }
    return md.toString();
  }

  private static final List<List<String>> KIND_ROWS =
      List.of(
          List.of(
              "`threshold`",
              "`Threshold`",
              "`comparison` (`AT_LEAST`, `AT_MOST`, `EXACTLY`), `value`",
              "value satisfies the comparison",
              "strictly better than `value` (never for `EXACTLY`)"),
          List.of(
              "`band`",
              "`Band`",
              "`min`, `max`",
              "`min ≤ value ≤ max`",
              "never (two-sided)"),
          List.of(
              "`rank-band`",
              "`RankBand`",
              "`best`, `worst`, `universe` (`1 ≤ best ≤ worst ≤ universe`)",
              "`rank ≤ worst`",
              "`rank < best`"),
          List.of(
              "`rank-improvement-per-year`",
              "`RankImprovementPerYear`",
              "`minPlaces`, `maxPlaces`, `baselineRank` (a period)",
              "`(baseline rank − rank) / years ≥ minPlaces`",
              "`> maxPlaces`"),
          List.of(
              "`change-per-year`",
              "`ChangePerYear`",
              "`measure` (`ABSOLUTE` points, `RELATIVE` %), `minChangePerYear`, `ceiling` (or none), `reference` "
                  + "(`YEAR_ON_YEAR`, `TRAJECTORY`), `base` (a period, exactly for `TRAJECTORY`)",
              "`value ≥ min(ceiling, y0 + rate·years)` or `min(ceiling, y0·(1 + rate/100)^years)`",
              "strictly above that"),
          List.of(
              "`reduction-from-baseline`",
              "`ReductionFromBaseline`",
              "`minReductionPercent` (0 < p ≤ 100), `baselineValue` (a period)",
              "`100·value ≤ baseline·(100 − p)`",
              "strictly below"),
          List.of(
              "`completion`",
              "`Completion`",
              "none",
              "recorded `1`",
              "never"),
          List.of(
              "`recurring`",
              "`Recurring`",
              "`each` (any kind but `recurring`), `periods` (in time order, no overlap)",
              "`each` met in every period",
              "— (per period)"),
          List.of(
              "`nested-share`",
              "`NestedShare`",
              "`parentIndicatorCode`, `share` (a threshold on 0–100)",
              "the share within the parent's population meets `share`",
              "as `share`"),
          List.of(
              "`breakdown`",
              "`Breakdown`",
              "`dimension`, `thresholds` (breakdown value → threshold, ordered)",
              "every breakdown value meets its threshold",
              "per value"),
          List.of(
              "`external-threshold`",
              "`ExternalThreshold`",
              "`normId`, `comparison`, `description` (vi/en)",
              "as a threshold once the norm's value is supplied",
              "as a threshold"),
          List.of(
              "`qualitative`",
              "`Qualitative`",
              "`criterion`",
              "assessed by hand",
              "—"));

  private static final String KINDS =
      "## Target kinds\n\n"
          + "Each kind is a record in `org.reformindicators.core.target`; its YAML name is `TargetKind.kindName()`\n"
          + "and its parameters are the record components, in this order. Values are in the indicator's unit\n"
          + "(percentages on 0–100). Bands are commitments at their weaker end (reading `BAND_AT_WEAKER_END`).\n\n"
          + "| kind name | type | parameters | met when | exceeded when |\n"
          + "|---|---|---|---|---|\n";

  private static final String TARGET_FIELDS =
      "\n"
          + "A target also has: `clauseId`, `indicatorCode`, `deadline` (a period; for `recurring`, its last period),\n"
          + "optionally `milestoneOf` (a clause id; milestones are exempt from the phase check), `breakdown`\n"
          + "(`KEY=VALUE`), `notApplicable` (`from` date and a vi/en reason), `sourceText` (verbatim Vietnamese),\n"
          + "`englishRendering`, `notes` and `readings` (ids of the plan's readings).\n\n";

  private static String dimension(BreakdownDimension d) {
    return "`" + d.key() + "`: " + String.join(", ", d.values());
  }

  private static void row(StringBuilder md, String field, String value) {
    md.append("| ").append(field).append(" | ").append(cell(value)).append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String num(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
