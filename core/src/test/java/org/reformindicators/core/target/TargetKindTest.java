package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class TargetKindTest {

  private static final Baseline BASE = Baseline.of(CalendarYear.of(2020));

  /** One of each kind, in the order of the visitor. */
  static final List<TargetKind> ONE_OF_EACH =
      List.of(
          Threshold.atLeast(80),
          Band.of(40, 60),
          RankBand.of(25, 30, 63),
          RankImprovementPerYear.of(5, 8, BASE),
          ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, BASE),
          ReductionFromBaseline.of(20, BASE),
          Completion.of(),
          Recurring.everyYear(Threshold.exactly(100), 2021, 2025),
          NestedShare.of(IndicatorCode.of("QNG_X"), Threshold.atLeast(30)),
          Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND"),
          ExternalThreshold.of("NORM", Comparison.AT_LEAST, BilingualText.of("chuẩn", "norm")),
          Qualitative.of("assessed"));

  private static final TargetKind.Visitor<String> NAMES =
      new TargetKind.Visitor<>() {
        @Override
        public String visit(Threshold kind) {
          return "Threshold";
        }

        @Override
        public String visit(Band kind) {
          return "Band";
        }

        @Override
        public String visit(RankBand kind) {
          return "RankBand";
        }

        @Override
        public String visit(RankImprovementPerYear kind) {
          return "RankImprovementPerYear";
        }

        @Override
        public String visit(ChangePerYear kind) {
          return "ChangePerYear";
        }

        @Override
        public String visit(ReductionFromBaseline kind) {
          return "ReductionFromBaseline";
        }

        @Override
        public String visit(Completion kind) {
          return "Completion";
        }

        @Override
        public String visit(Recurring kind) {
          return "Recurring";
        }

        @Override
        public String visit(NestedShare kind) {
          return "NestedShare";
        }

        @Override
        public String visit(Breakdown kind) {
          return "Breakdown";
        }

        @Override
        public String visit(ExternalThreshold kind) {
          return "ExternalThreshold";
        }

        @Override
        public String visit(Qualitative kind) {
          return "Qualitative";
        }
      };

  @Test
  void visitorDispatchesEachKindToItsOwnMethod() {
    for (TargetKind kind : ONE_OF_EACH) {
      assertEquals(kind.getClass().getSimpleName(), kind.accept(NAMES));
    }
    assertEquals(12, TargetKind.class.getPermittedSubclasses().length);
  }

  @Test
  void kindNamesAreStableAndUnique() {
    assertEquals(
        List.of(
            "threshold",
            "band",
            "rank-band",
            "rank-improvement-per-year",
            "change-per-year",
            "reduction-from-baseline",
            "completion",
            "recurring",
            "nested-share",
            "breakdown",
            "external-threshold",
            "qualitative"),
        ONE_OF_EACH.stream().map(TargetKind::kindName).toList());
    Set<String> names = new HashSet<>();
    ONE_OF_EACH.forEach(k -> names.add(k.kindName()));
    assertEquals(12, names.size());
  }
}
