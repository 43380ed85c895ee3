package org.reformindicators.io.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Comparison;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.NotApplicable;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;

class TargetKindBindingTest extends ModuleTestBase {

  /** Every kind of the closed set, with parameters drawn at random. */
  static Gen<TargetKind> kinds() {
    return integers()
        .between(0, 11)
        .zip(doubles().between(1, 50), integers().between(1, 30), (type, x, n) -> {
          Threshold threshold = n % 2 == 0 ? Threshold.atLeast(x) : Threshold.atMost(x);
          return switch (type) {
            case 0 -> threshold;
            case 1 -> Band.of(x, x + n);
            case 2 -> RankBand.of(n, n + 5, 63);
            case 3 -> RankImprovementPerYear.of(x / 10, x / 10 + n, Baseline.of(CalendarYear.of(2020)));
            case 4 -> ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, x, 100, Baseline.of(CalendarYear.of(2021), x / 2));
            case 5 -> ReductionFromBaseline.of(x, Baseline.of(CalendarYear.of(2018)));
            case 6 -> Completion.of();
            case 7 -> Recurring.everyYear(threshold, 2021, 2021 + n % 5);
            case 8 -> NestedShare.of(IndicatorCode.of("QNG_PARENT"), Threshold.atLeast(x));
            case 9 -> Breakdown.of("LEVEL", Map.of("PROVINCE", Threshold.atLeast(x), "COMMUNE", Threshold.atLeast(x / 2)));
            case 10 -> ExternalThreshold.of("CENTRAL_RATIO", Comparison.AT_LEAST, BilingualText.of("Tỷ lệ do Trung ương quy định", "Ratio set centrally"));
            default -> Qualitative.of("Cơ cấu công chức hợp lý " + n);
          };
        });
  }

  @Test
  void everyTargetKindRoundTrips() {
    qt().withExamples(500)
        .forAll(kinds())
        .checkAssert(
            kind -> {
              assertEquals(kind, roundTrip(kind, DocumentFormat.JSON, TargetKind.class));
              assertEquals(kind, roundTrip(kind, DocumentFormat.YAML, TargetKind.class));
            });
  }

  @Test
  void everyTargetOfTheQuangNgaiPlanRoundTripsOnItsOwnWithItsReadingsInFull() {
    for (Target target : QuangNgaiPlan1256.plan().targets()) {
      assertEquals(target, roundTrip(target, DocumentFormat.JSON, Target.class));
      assertEquals(target, roundTrip(target, DocumentFormat.YAML, Target.class));
    }
  }

  @Test
  void smallValuesRoundTrip() {
    Reading reading = Reading.of("R1", "Cách hiểu", "Reading", "Alternative");
    assertEquals(reading, roundTrip(reading, DocumentFormat.YAML, Reading.class));
    NotApplicable na = new NotApplicable(LocalDate.of(2025, 7, 1), BilingualText.of("Bỏ cấp huyện", "District level abolished"));
    assertEquals(na, roundTrip(na, DocumentFormat.JSON, NotApplicable.class));
  }
}
