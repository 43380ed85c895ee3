package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * {@link SeriesValues}, the series read in place from the columns, against the series of observations the set
 * builds ({@link ObservationSet#series}): row by row the same period, last day, value, status and universe, over
 * generated sets with missing values, ranks with universes, notes (rows kept whole) and bounds.
 */
class SeriesValuesTest {

  private static final List<IndicatorCode> INDICATORS = List.of(IndicatorCode.of("PCI_RANK"), IndicatorCode.of("A"));
  private static final List<UnitCode> UNITS = List.of(UnitCode.of("51"), UnitCode.of("01"), UnitCode.of("00700"));
  private static final List<ReportingPeriod> PERIODS =
      List.of(
          CalendarYear.of(2020), CalendarYear.of(2021), CalendarYear.of(2022), HalfYear.of(2021, 2),
          Quarter.of(2021, 4), CalendarMonth.of(2021, 12));
  private static final List<BreakdownKey> BREAKDOWNS =
      List.of(BreakdownKey.TOTAL, BreakdownKey.parse("LEVEL=COMMUNE"));

  /** One observation of a small pool of keys: a value, a rank of a universe, a missing value, a note or a bound. */
  private static Observation observation(int seed) {
    Random random = new Random(seed);
    ImmutableObservation.Builder b =
        Observation.builder()
            .indicator(INDICATORS.get(random.nextInt(INDICATORS.size())))
            .unit(UNITS.get(random.nextInt(UNITS.size())))
            .period(PERIODS.get(random.nextInt(PERIODS.size())))
            .breakdown(BREAKDOWNS.get(random.nextInt(BREAKDOWNS.size())));
    switch (random.nextInt(6)) {
      case 0 -> b.status(ObservationStatus.fromCode("M"));
      case 1 -> b.value(1 + random.nextInt(63)).universe(63);
      case 2 -> b.value(random.nextInt(100) * 0.5).note("sample");
      case 3 -> b.bound(Bound.ofClosed(31, 63)).universe(63);
      case 4 -> b.value(random.nextInt(100) * 0.5).status(ObservationStatus.fromCode("B"));
      default -> b.value(random.nextInt(100) * 0.5);
    }
    return b.build();
  }

  private static void sameRows(TimeSeries expected, SeriesValues actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      Observation o = expected.get(i);
      assertEquals(o.period(), actual.period(i));
      assertEquals(o.period().endDate(), actual.endDate(i));
      assertEquals(o.value().isPresent(), actual.hasValue(i));
      assertEquals(o.value().orElse(Double.NaN), actual.value(i));
      assertEquals(o.status(), actual.status(i));
      assertEquals(o.universe(), actual.universe(i));
      assertEquals(o, actual.observation(i));
    }
  }

  @Test
  void everySeriesReadInPlaceIsTheSeriesOfObservations() {
    qt().withExamples(300)
        .forAll(lists().of(integers().all().map(SeriesValuesTest::observation)).ofSizeBetween(0, 80))
        .checkAssert(
            generated -> {
              Map<ObservationKey, Observation> firsts = new LinkedHashMap<>();
              generated.forEach(o -> firsts.putIfAbsent(o.key(), o));
              ObservationSet set = ObservationSet.of(firsts.values());
              for (IndicatorCode indicator : INDICATORS) {
                for (UnitCode unit : UNITS) {
                  for (BreakdownKey breakdown : BREAKDOWNS) {
                    sameRows(set.series(indicator, unit, breakdown), set.seriesValues(indicator, unit, breakdown));
                  }
                }
              }
            });
  }

  /** Ranks 45 and 33 of 63 for 2021 and 2022, a missing 2020 and a bounded 2023 of unit 51. */
  @Test
  void readsValuesStatusesUniversesAndBounds() {
    IndicatorCode pci = IndicatorCode.of("PCI_RANK");
    UnitCode unit = UnitCode.of("51");
    ObservationSet set =
        ObservationSet.of(
            List.of(
                Observation.builder().indicator(pci).unit(unit).period(CalendarYear.of(2020))
                    .status(ObservationStatus.fromCode("M")).build(),
                Observation.rank(pci, unit, CalendarYear.of(2021), 45, 63),
                Observation.rank(pci, unit, CalendarYear.of(2022), 33, 63),
                Observation.builder().indicator(pci).unit(unit).period(CalendarYear.of(2023))
                    .bound(Bound.ofClosed(31, 63)).universe(63).build(),
                Observation.builder().indicator(IndicatorCode.of("A")).unit(unit).period(CalendarYear.of(2021))
                    .value(12.5).build()));
    SeriesValues ranks = set.seriesValues(pci, unit, BreakdownKey.TOTAL);
    assertEquals(4, ranks.size());
    assertFalse(ranks.hasValue(0));
    assertTrue(Double.isNaN(ranks.value(0)));
    assertEquals(ObservationStatus.fromCode("M"), ranks.status(0));
    assertEquals(45.0, ranks.value(1));
    assertEquals(OptionalInt.of(63), ranks.universe(1));
    assertEquals(CalendarYear.of(2022).endDate(), ranks.endDate(2));
    assertFalse(ranks.hasValue(3));
    assertEquals(OptionalInt.of(63), ranks.universe(3));
    SeriesValues plain = set.seriesValues(IndicatorCode.of("A"), unit, BreakdownKey.TOTAL);
    assertEquals(12.5, plain.value(0));
    assertEquals(OptionalInt.empty(), plain.universe(0));
    assertEquals(0, set.seriesValues(pci, UnitCode.of("01"), BreakdownKey.TOTAL).size());
    assertThrows(IndexOutOfBoundsException.class, () -> ranks.value(4));
    assertThrows(IndexOutOfBoundsException.class, () -> ranks.period(-1));
  }
  /**
   * A drill-down of 12 agencies beside short ones: the index compares a pair's few breakdowns in place and leaves a
   * long run to its hash map; every series is found, each unknown breakdown is not, for both kinds of run.
   */
  @Test
  void breakdownsOfShortAndLongRunsAreFoundAndUnknownOnesAreNot() {
    IndicatorCode indicator = IndicatorCode.of("A");
    List<Observation> all = new java.util.ArrayList<>();
    for (int u = 1; u <= 3; u++) {
      UnitCode unit = UnitCode.of("0" + u);
      all.add(Observation.builder().indicator(indicator).unit(unit).period(CalendarYear.of(2021)).value(u).build());
      int agencies = u == 2 ? 12 : 2;
      for (int a = 0; a < agencies; a++) {
        all.add(Observation.builder().indicator(indicator).unit(unit).period(CalendarYear.of(2021))
            .breakdown(BreakdownKey.parse("AGENCY=A" + a)).value(100 * u + a).build());
      }
    }
    ObservationSet set = ObservationSet.of(all);
    for (int u = 1; u <= 3; u++) {
      UnitCode unit = UnitCode.of("0" + u);
      assertEquals(u, set.seriesValues(indicator, unit, BreakdownKey.TOTAL).value(0));
      int agencies = u == 2 ? 12 : 2;
      for (int a = 0; a < agencies; a++) {
        SeriesValues found = set.seriesValues(indicator, unit, BreakdownKey.parse("AGENCY=A" + a));
        assertEquals(1, found.size(), unit + " A" + a);
        assertEquals(100 * u + a, found.value(0));
      }
      assertEquals(0, set.seriesValues(indicator, unit, BreakdownKey.parse("AGENCY=A" + agencies)).size());
      assertEquals(0, set.seriesValues(indicator, unit, BreakdownKey.parse("AGENCY=B")).size());
      assertEquals(0, set.series(indicator, unit, BreakdownKey.parse("LEVEL=X")).size());
    }
  }
}
