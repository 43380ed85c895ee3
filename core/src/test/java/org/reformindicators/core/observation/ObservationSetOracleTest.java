package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.QuangNgaiPlan1256;

/**
 * The columnar {@link ObservationSet} against the set as it was before issue 14, {@link ReferenceObservationSet},
 * kept as the oracle: over generated data sets with repeated and conflicting keys, breakdowns, missing values,
 * ranks and notes, both give the same observations in the same order, the same series, look-ups, cross-sections
 * and conflicts, and the bundled Quảng Ngãi plan is assessed alike on the set and on the oracle's observations.
 */
class ObservationSetOracleTest {

  private static final List<IndicatorCode> INDICATORS =
      List.of(
          IndicatorCode.of(QuangNgaiPlan1256.PCI_RANK),
          IndicatorCode.of(QuangNgaiPlan1256.PAR_INDEX_RANK),
          IndicatorCode.of(QuangNgaiPlan1256.PAPI_RANK),
          IndicatorCode.of("A"),
          IndicatorCode.of("A_B"));
  // Unit codes whose text order differs from their numeric order; 51 is Quảng Ngãi, the plan's unit.
  private static final List<String> UNITS = List.of("51", "01", "1", "10", "00700", "9");
  private static final List<ReportingPeriod> PERIODS =
      List.of(
          CalendarYear.of(2019), CalendarYear.of(2020), CalendarYear.of(2021), CalendarYear.of(2022),
          HalfYear.of(2021, 2), Quarter.of(2021, 4), CalendarMonth.of(2021, 12), CalendarMonth.of(2020, 1),
          Phase.of(2021, 2025));
  private static final List<Map<String, String>> BREAKDOWNS =
      List.of(
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of("LEVEL", "COMMUNE"),
          Map.of("SECTOR", "LAND", "LEVEL", "A"),
          Map.of("AGENCY", "000.00.12.H48"),
          Map.of("AGENCY", "000.00.12.H48", "PROCEDURE", "1.001234.000.00.00.H48"));

  private static Gen<Observation> observations() {
    return integers().between(0, Integer.MAX_VALUE).map(ObservationSetOracleTest::observation);
  }

  /** One observation drawn from small pools, so that keys repeat with equal and with different observations. */
  private static Observation observation(int seed) {
    Random random = new Random(seed);
    IndicatorCode indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
    Observation.Builder builder =
        Observation.builder()
            .indicator(indicator)
            .unit(UnitCode.of(UNITS.get(random.nextInt(UNITS.size()))))
            .period(PERIODS.get(random.nextInt(PERIODS.size())))
            .breakdown(BreakdownKey.of(BREAKDOWNS.get(random.nextInt(BREAKDOWNS.size()))));
    int kind = random.nextInt(10);
    if (kind == 0) {
      builder.status(ObservationStatus.fromCode("M"));
    } else if (indicator.value().endsWith("_RANK") || kind == 1) {
      int universe = 60 + random.nextInt(4);
      builder.value(1 + random.nextInt(universe)).universe(universe);
    } else {
      builder.value(random.nextInt(4) * 0.5 - (kind == 2 ? 0.0 : 0.5));
      if (kind == 3) {
        builder.status(ObservationStatus.fromCode("E"));
      }
      if (kind == 4) {
        builder.note("note " + random.nextInt(2));
      }
    }
    return builder.build();
  }

  @Test
  void theColumnarSetAnswersLikeTheOracle() {
    qt().withExamples(400)
        .forAll(lists().of(observations()).ofSizeBetween(0, 120), integers().all())
        .checkAssert(
            (generated, seed) -> {
              List<Observation> input = new ArrayList<>(generated);
              // Repeat some observations exactly, in another place, as files and merged sources do.
              Random random = new Random(seed);
              for (int i = 0; i < generated.size() / 4; i++) {
                input.add(generated.get(random.nextInt(generated.size())));
              }
              Collections.shuffle(input, random);
              ReferenceObservationSet reference;
              try {
                reference = ReferenceObservationSet.of(input);
              } catch (ConflictingObservationsException expected) {
                ConflictingObservationsException actual =
                    assertThrows(ConflictingObservationsException.class, () -> ObservationSet.of(input));
                assertEquals(expected.conflicts(), actual.conflicts());
                assertEquals(expected.getMessage(), actual.getMessage());
                return;
              }
              sameAnswers(reference, ObservationSet.of(input));
            });
  }

  @Test
  void buildKeepingFirstKeepsTheOraclesFirstOfEachKeyAndReportsEveryOtherRow() {
    qt().withExamples(300)
        .forAll(lists().of(observations()).ofSizeBetween(0, 150))
        .checkAssert(
            generated -> {
              Map<ObservationKey, Integer> firsts = new java.util.LinkedHashMap<>();
              List<String> expected = new ArrayList<>();
              for (int i = 0; i < generated.size(); i++) {
                Integer first = firsts.putIfAbsent(generated.get(i).key(), i);
                if (first != null) {
                  expected.add(first + " " + generated.get(first) + " / " + i + " " + generated.get(i));
                }
              }
              List<String> reported = new ArrayList<>();
              ObservationSet set =
                  ObservationSet.builder()
                      .addAll(generated)
                      .buildKeepingFirst((f, o, i, r) -> reported.add(f + " " + o + " / " + i + " " + r));
              Collections.sort(expected);
              Collections.sort(reported);
              assertEquals(expected, reported);
              List<Observation> kept = firsts.values().stream().map(generated::get).toList();
              sameAnswers(ReferenceObservationSet.of(kept), set);
            });
  }

  @Test
  void aSetWithoutConflictsAnswersLikeTheOracleAndIsAssessedAlike() {
    qt().withExamples(200)
        .forAll(lists().of(observations()).ofSizeBetween(0, 150))
        .checkAssert(
            generated -> {
              // Keep the first observation of each key, so that the set builds; then compare everything.
              Map<ObservationKey, Observation> firsts = new java.util.LinkedHashMap<>();
              generated.forEach(o -> firsts.putIfAbsent(o.key(), o));
              List<Observation> input = new ArrayList<>(firsts.values());
              ReferenceObservationSet reference = ReferenceObservationSet.of(input);
              ObservationSet set = ObservationSet.of(input);
              sameAnswers(reference, set);
              ObservationSet fromOracle = ObservationSet.of(reference.observations());
              assertEquals(fromOracle, set);
              assertEquals(fromOracle.hashCode(), set.hashCode());
              for (ReportingPeriod asOf : List.of(CalendarYear.of(2021), CalendarYear.of(2022))) {
                PlanAssessment expected =
                    PlanEvaluator.defaults().evaluate(QuangNgaiPlan1256.plan(), fromOracle, asOf);
                PlanAssessment actual = PlanEvaluator.defaults().evaluate(QuangNgaiPlan1256.plan(), set, asOf);
                assertEquals(expected, actual);
              }
            });
  }

  @Test
  void theFastAddOfAPlainObservationBuildsTheSameSetAsAddingTheObservation() {
    qt().withExamples(200)
        .forAll(lists().of(observations()).ofSizeBetween(0, 120))
        .checkAssert(
            generated -> {
              ObservationSet.Builder objects = ObservationSet.builder();
              ObservationSet.Builder fast = ObservationSet.builder();
              for (Observation observation : generated) {
                objects.add(observation);
                boolean plain =
                    observation.status().equals(ObservationStatus.NORMAL_VALUE)
                        && observation.breakdown().isTotal()
                        && observation.universe().isEmpty()
                        && observation.note().isEmpty()
                        && observation.source().isEmpty();
                if (plain) {
                  fast.add(
                      observation.indicator(),
                      observation.unit(),
                      observation.period(),
                      observation.value().getAsDouble());
                } else {
                  fast.add(observation);
                }
              }
              ObservationSet expected;
              try {
                expected = objects.build();
              } catch (ConflictingObservationsException e) {
                ConflictingObservationsException actual =
                    assertThrows(ConflictingObservationsException.class, fast::build);
                assertEquals(e.conflicts(), actual.conflicts());
                return;
              }
              ObservationSet actual = fast.build();
              assertEquals(expected, actual);
              assertEquals(expected.observations(), actual.observations());
            });
  }

  @Test
  void theFastAddChecksLikeObservationOf() {
    IndicatorCode code = IndicatorCode.of("A");
    ReportingPeriod period = CalendarYear.of(2021);
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      ObservationSet.Builder builder = ObservationSet.builder().add(code, UnitCode.of("51"), period, 1.0);
      IllegalArgumentException expected =
          assertThrows(IllegalArgumentException.class, () -> Observation.of(code, UnitCode.of("51"), period, bad));
      IllegalArgumentException actual =
          assertThrows(IllegalArgumentException.class, () -> builder.add(code, UnitCode.of("51"), period, bad));
      assertEquals(expected.getMessage(), actual.getMessage());
    }
    IllegalArgumentException expected =
        assertThrows(IllegalArgumentException.class, () -> Observation.of(code, UnitCode.of("5 1"), period, 1.0));
    IllegalArgumentException actual =
        assertThrows(IllegalArgumentException.class, () -> ObservationSet.builder().add(code, UnitCode.of("5 1"), period, 1.0));
    assertEquals(expected.getMessage(), actual.getMessage());
    // -0.0 becomes 0.0 on the fast path too (the unit is known from the first add), as Observation's check does.
    ReportingPeriod earlier = CalendarYear.of(2020);
    assertEquals(
        ObservationSet.of(List.of(Observation.of(code, UnitCode.of("51"), earlier, 1.0), Observation.of(code, UnitCode.of("51"), period, 0.0))),
        ObservationSet.builder().add(code, UnitCode.of("51"), earlier, 1.0).add(code, UnitCode.of("51"), period, -0.0).build());
  }

  private static void sameAnswers(ReferenceObservationSet reference, ObservationSet set) {
    assertEquals(reference.observations(), set.observations());
    assertEquals(reference.size(), set.size());
    assertEquals(reference.isEmpty(), set.isEmpty());
    assertEquals(reference.allSeries(), set.allSeries());
    assertEquals(reference.indicators(), set.indicators());
    assertEquals(reference.units(), set.units());
    assertEquals(reference.latestPeriod(), set.latestPeriod());
    assertEquals(reference.toString().replace("Reference", ""), set.toString());
    for (IndicatorCode indicator : INDICATORS) {
      for (ReportingPeriod period : PERIODS) {
        assertEquals(reference.crossSection(indicator, period), set.crossSection(indicator, period));
      }
      for (String unit : UNITS) {
        for (Map<String, String> pairs : BREAKDOWNS) {
          BreakdownKey breakdown = BreakdownKey.of(pairs);
          assertEquals(
              reference.series(indicator, UnitCode.of(unit), breakdown), set.series(indicator, UnitCode.of(unit), breakdown));
          for (ReportingPeriod period : PERIODS) {
            ObservationKey key = new ObservationKey(indicator, UnitCode.of(unit), period, breakdown);
            assertEquals(reference.find(key), set.find(key));
          }
        }
        assertEquals(reference.series(indicator, UnitCode.of(unit)), set.series(indicator, UnitCode.of(unit)));
        for (ReportingPeriod period : PERIODS) {
          assertEquals(reference.find(indicator, UnitCode.of(unit), period), set.find(indicator, UnitCode.of(unit), period));
        }
      }
    }
    for (int i = 0; i < set.size(); i++) {
      Observation observation = set.observations().get(i);
      assertEquals(reference.find(observation.key()), set.find(observation.key()));
    }
    assertEquals(
        reference.filter(o -> o.status().isMissing()).observations(),
        set.filter(o -> o.status().isMissing()).observations());
    assertEquals(reference.plus(reference).observations(), set.plus(set).observations());
  }
}
