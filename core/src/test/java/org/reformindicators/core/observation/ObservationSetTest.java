package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.PublishedIndicators;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;

class ObservationSetTest {

  private static final List<IndicatorCode> INDICATORS = List.of(IndicatorCode.of("A"), IndicatorCode.of("B"));
  private static final List<String> UNITS = List.of("01", "51", "62");
  private static final List<ReportingPeriod> PERIODS =
      List.of(
          CalendarYear.of(2020), CalendarYear.of(2021), Quarter.of(2021, 1), Quarter.of(2021, 4),
          HalfYear.of(2021, 2), CalendarYear.of(2019));

  @Test
  void buildKeepingFirstReportsEveryLaterObservationOfAKeyAndKeepsTheFirst() {
    UnitCode unit = UnitCode.of("51");
    Observation first = Observation.of(INDICATORS.get(1), unit, CalendarYear.of(2020), 6.29);
    Observation same = Observation.of(INDICATORS.get(1), unit, CalendarYear.of(2020), 6.29);
    Observation other = Observation.of(INDICATORS.get(1), unit, CalendarYear.of(2020), 6.3);
    Observation alone = Observation.of(INDICATORS.get(0), unit, CalendarYear.of(2020), 1);
    List<String> repeats = new ArrayList<>();
    ObservationSet set =
        ObservationSet.builder()
            .add(other.indicator(), unit, other.period(), 7.5)
            .add(alone)
            .add(first.indicator(), UnitCode.of("62"), first.period(), 2)
            .add(same)
            .add(other)
            .add(alone)
            .buildKeepingFirst((f, o, i, r) -> repeats.add(f + ":" + o.valueText() + "<" + i + ":" + r.valueText()));
    // canonical order of keys (A before B), then the order added
    assertEquals(List.of("1:1<5:1", "0:7.5<3:6.29", "0:7.5<4:6.3"), repeats);
    assertEquals(3, set.size());
    assertEquals(
        Optional.of(Observation.of(INDICATORS.get(1), unit, CalendarYear.of(2020), 7.5)),
        set.find(INDICATORS.get(1), unit, CalendarYear.of(2020)));
    assertThrows(ConflictingObservationsException.class, () -> ObservationSet.builder().add(first).add(other).build());
  }

  @Test
  void publishedResultsAreFoundByIndicatorAndUnit() {
    ObservationSet set =
        ObservationSet.builder(PublishedIndicators.catalogue(), VietnamUnits.registry())
            .addAll(PublishedObservations.quangNgai())
            .build();
    assertEquals(16, set.size());
    // PCI rank 41 (2019), 36 (2020), 45 (2021, derived: 33 in 2022 and up 12 places), 33 (2022): VCCI, PCI provincial profile of Quảng Ngãi; Báo Mới / Thanh Niên reports of the PCI 2022 launch
    TimeSeries pciRank = set.series(PublishedObservations.PCI_RANK, UnitCode.of("51"));
    assertEquals(
        List.of(CalendarYear.of(2019), CalendarYear.of(2020), CalendarYear.of(2021), CalendarYear.of(2022)),
        pciRank.periods());
    assertEquals(List.of(41.0, 36.0, 45.0, 33.0), boxed(pciRank.valuesOrNaN()));
    assertEquals(
        ObservationStatus.ESTIMATED_VALUE, pciRank.at(CalendarYear.of(2021)).orElseThrow().status());
    // PAR INDEX rank: 63/63 in 2020, 39/63 in 2021 (up 24)
    assertEquals(
        List.of(63.0, 39.0), boxed(set.series(PublishedObservations.PAR_INDEX_RANK, UnitCode.of("51")).valuesOrNaN()));
    assertEquals(
        Optional.of(63.2),
        set.find(PublishedObservations.PCI, UnitCode.of("51"), CalendarYear.of(2020)).map(o -> o.value().getAsDouble()));
    assertEquals(Optional.empty(), set.find(PublishedObservations.PCI, UnitCode.of("51"), CalendarYear.of(2021)));
    assertTrue(set.series(PublishedObservations.PCI, UnitCode.of("62")).isEmpty());
    assertEquals(Optional.of(CalendarYear.of(2022)), set.latestPeriod());
    assertEquals(7, set.indicators().size());
    assertEquals(List.of(UnitCode.of("51")), List.copyOf(set.units()));
  }

  @Test
  void conflictingDuplicatesAreAllReportedWithBothValues() {
    List<Observation> observations = new ArrayList<>(PublishedObservations.quangNgai());
    observations.add(Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 37, 63));
    observations.add(
        Observation.builder()
            .from(Observation.of(PublishedObservations.PCI, UnitCode.of("51"), CalendarYear.of(2019), 64.33))
            .source("published results of Quảng Ngãi")
            .status(ObservationStatus.PROVISIONAL_VALUE)
            .build());
    ConflictingObservationsException e =
        assertThrows(ConflictingObservationsException.class, () -> ObservationSet.of(observations));
    assertEquals(2, e.conflicts().size());
    assertEquals(
        "2 conflicting observations: PCI, unit 51, period 2019: 64.33 (A) vs 64.33 (P); "
            + "PCI_RANK, unit 51, period 2020: 36 of 63 (A) vs 37 of 63 (A)",
        e.getMessage());
  }

  @Test
  void identicalDuplicatesAreCollapsed() {
    List<Observation> twice = new ArrayList<>(PublishedObservations.quangNgai());
    twice.addAll(PublishedObservations.quangNgai());
    assertEquals(ObservationSet.of(PublishedObservations.quangNgai()), ObservationSet.of(twice));
    assertEquals(16, ObservationSet.of(twice).size());
  }

  @Test
  void aValidatingBuilderRejectsBadObservationsWhenAdded() {
    ObservationSet.Builder builder =
        ObservationSet.builder(PublishedIndicators.catalogue(), VietnamUnits.registry());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.add(Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 64, 63)));
    assertEquals(
        "PCI_RANK, unit 51, period 2020, value 64 of 63: rank must be within 1..63 (universe), was 64",
        e.getMessage());
    assertTrue(builder.build().isEmpty());
    IllegalArgumentException unit =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ObservationSet.builder(PublishedIndicators.catalogue())
                    .add(Observation.of(IndicatorCode.of("NOPE"), UnitCode.of("51"), CalendarYear.of(2020), 1)));
    assertEquals(
        "NOPE, unit 51, period 2020, value 1: indicator NOPE is not in the catalogue", unit.getMessage());
  }

  @Test
  void crossSectionListsOneIndicatorAndPeriodAcrossUnits() {
    ObservationSet set =
        ObservationSet.of(
            List.of(
                Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("62"), CalendarYear.of(2020), 50, 63),
                Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36, 63),
                Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2019), 41, 63)));
    assertEquals(
        List.of(UnitCode.of("51"), UnitCode.of("62")),
        set.crossSection(PublishedObservations.PCI_RANK, CalendarYear.of(2020)).stream()
            .map(Observation::unit)
            .toList());
    assertEquals(List.of(), set.crossSection(PublishedObservations.PCI, CalendarYear.of(2020)));
  }

  @Test
  void latestPeriodIsTheOneEndingLast() {
    ObservationSet set =
        ObservationSet.of(
            List.of(
                Observation.of(IndicatorCode.of("A"), UnitCode.of("51"), CalendarYear.of(2025), 1),
                Observation.of(IndicatorCode.of("A"), UnitCode.of("51"), Quarter.of(2025, 4), 1),
                Observation.of(IndicatorCode.of("B"), UnitCode.of("51"), Quarter.of(2025, 3), 1),
                Observation.of(IndicatorCode.of("B"), UnitCode.of("51"), CalendarYear.of(2024), 1)));
    // both end on 2025-12-31; the later one in natural order (the quarter starts later) is reported
    assertEquals(Optional.of(Quarter.of(2025, 4)), set.latestPeriod());
    assertEquals(Optional.empty(), ObservationSet.empty().latestPeriod());
  }

  @Test
  void breakdownsFormTheirOwnSeries() {
    IndicatorCode satisfaction = PublishedIndicators.TTHC_SATISFACTION.code();
    Observation total = Observation.of(satisfaction, UnitCode.of("51"), CalendarYear.of(2024), 88);
    Observation land =
        Observation.builder().from(total).value(84).breakdown(BreakdownKey.of("SECTOR", "LAND")).build();
    ObservationSet set = ObservationSet.of(List.of(land, total));
    assertEquals(List.of(total), set.series(satisfaction, UnitCode.of("51")).observations());
    assertEquals(List.of(land), set.series(satisfaction, UnitCode.of("51"), BreakdownKey.of("SECTOR", "LAND")).observations());
    assertEquals(2, set.allSeries().size());
    assertEquals(List.of(total), set.crossSection(satisfaction, CalendarYear.of(2024)));
  }

  @Test
  void filterAndPlusKeepTheSetInvariants() {
    ObservationSet all = ObservationSet.of(PublishedObservations.quangNgai());
    ObservationSet ranks = all.filter(o -> o.universe().isPresent());
    ObservationSet others = all.filter(o -> o.universe().isEmpty());
    assertEquals(8, ranks.size());
    assertEquals(all, ranks.plus(others));
    assertEquals(all, all.plus(ranks));
    assertThrows(
        ConflictingObservationsException.class,
        () ->
            all.plus(
                ObservationSet.of(
                    List.of(Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2022), 30, 63)))));
    assertEquals("ObservationSet[16 observations, 7 series]", all.toString());
    assertSame(ObservationSet.empty(), ObservationSet.empty());
  }

  @Test
  void buildingIsOrderIndependent() {
    qt().withExamples(300).forAll(observationLists(), integers().all())
        .checkAssert(
            (observations, seed) -> {
              List<Observation> shuffled = new ArrayList<>(observations);
              Collections.shuffle(shuffled, new Random(seed));
              // identical duplicates must not change the set either
              shuffled.addAll(observations.subList(0, observations.size() / 2));
              ObservationSet a = ObservationSet.of(observations);
              ObservationSet b = ObservationSet.of(shuffled);
              assertEquals(a, b);
              assertEquals(a.hashCode(), b.hashCode());
              assertEquals(a.observations(), b.observations());
              assertEquals(a.latestPeriod(), b.latestPeriod());
            });
  }

  @Test
  void observationsFollowTheCanonicalKeyOrder() {
    // Breakdowns whose texts share prefixes ("LEVEL=A" < "LEVEL=A1" < "LEVEL=A;SECTOR=LAND" < "LEVEL=A_B" in
    // text order, unlike an entry-by-entry order): the set sorts by KEY_ORDER whatever sorting shortcut it uses.
    List<Map<String, String>> breakdowns =
        List.of(
            Map.of(),
            Map.of("LEVEL", "A"),
            Map.of("LEVEL", "A1"),
            Map.of("LEVEL", "A_B"),
            Map.of("LEVEL", "A", "SECTOR", "LAND"));
    Gen<Observation> observation =
        integers()
            .between(0, INDICATORS.size() - 1)
            .zip(
                integers().between(0, UNITS.size() - 1),
                integers().between(0, PERIODS.size() - 1),
                integers().between(0, breakdowns.size() - 1),
                (i, u, p, b) ->
                    Observation.builder()
                        .indicator(INDICATORS.get(i))
                        .unit(UnitCode.of(UNITS.get(u)))
                        .period(PERIODS.get(p))
                        .value(i * 100 + u * 10 + p)
                        .breakdown(BreakdownKey.of(breakdowns.get(b)))
                        .build());
    qt().withExamples(300).forAll(lists().of(observation).ofSizeBetween(1, 60))
        .checkAssert(
            observations -> {
              List<Observation> expected =
                  observations.stream()
                      .distinct()
                      .sorted(Comparator.comparing(Observation::key, ObservationSet.KEY_ORDER))
                      .toList();
              assertEquals(expected, ObservationSet.of(observations).observations());
            });
  }

  @Test
  void timeSeriesAreSortedByPeriod() {
    qt().withExamples(300).forAll(observationLists())
        .checkAssert(
            observations -> {
              for (TimeSeries series : ObservationSet.of(observations).allSeries()) {
                List<ReportingPeriod> periods = series.periods();
                for (int i = 1; i < periods.size(); i++) {
                  assertTrue(periods.get(i - 1).compareTo(periods.get(i)) < 0, series.toString());
                }
              }
            });
  }

  /** The brute-force answer: the observations without breakdown that {@code keep} selects, sorted by {@code key}. */
  private static <K extends Comparable<? super K>> List<Observation> totals(
      List<Observation> observations, Predicate<Observation> keep, Function<Observation, K> key) {
    return observations.stream()
        .filter(keep)
        .filter(o -> o.breakdown().isTotal())
        .sorted(Comparator.comparing(key))
        .toList();
  }

  @Test
  void lookupsAgreeWithABruteForceScan() {
    qt().withExamples(300).forAll(observationLists())
        .checkAssert(
            observations -> {
              ObservationSet set = ObservationSet.of(observations);
              List<Observation> unique = observations.stream().distinct().toList();
              for (IndicatorCode indicator : INDICATORS) {
                for (String unit : UNITS) {
                  List<Observation> expected =
                      totals(unique, o -> o.indicator().equals(indicator) && o.unit().value().equals(unit), Observation::period);
                  assertEquals(expected, set.series(indicator, UnitCode.of(unit)).observations());
                  for (ReportingPeriod period : PERIODS) {
                    Optional<Observation> found =
                        expected.stream().filter(o -> o.period().equals(period)).findFirst();
                    assertEquals(found, set.find(indicator, UnitCode.of(unit), period));
                    assertEquals(found, set.series(indicator, UnitCode.of(unit)).at(period));
                  }
                }
                for (ReportingPeriod period : PERIODS) {
                  List<Observation> section =
                      totals(unique, o -> o.indicator().equals(indicator) && o.period().equals(period), Observation::unit);
                  assertEquals(section, set.crossSection(indicator, period));
                }
              }
              Optional<ReportingPeriod> latest =
                  unique.stream()
                      .map(Observation::period)
                      .max(Comparator.comparing(ReportingPeriod::endDate).thenComparing(Comparator.naturalOrder()));
              assertEquals(latest, set.latestPeriod());
            });
  }

  /** Observations over a small domain; the value is a function of the key, so lists never conflict. */
  private static Gen<List<Observation>> observationLists() {
    Gen<Observation> observation =
        integers()
            .between(0, INDICATORS.size() - 1)
            .zip(
                integers().between(0, UNITS.size() - 1),
                integers().between(0, PERIODS.size() - 1),
                integers().between(0, 3),
                ObservationSetTest::observation);
    return lists().of(observation).ofSizeBetween(1, 40);
  }

  private static Observation observation(int indicator, int unit, int period, int variant) {
    Observation.Builder builder =
        Observation.builder()
            .indicator(INDICATORS.get(indicator))
            .unit(UnitCode.of(UNITS.get(unit)))
            .period(PERIODS.get(period));
    // missing or not is decided by the key alone, so that equal keys always give equal observations
    if ((indicator * 7 + unit * 3 + period) % 5 == 0) {
      builder.status(ObservationStatus.MISSING_NOT_COLLECTED);
    } else {
      builder.value(indicator * 100 + unit * 10 + period);
    }
    if (variant >= 2) {
      builder.breakdown(BreakdownKey.of("SECTOR", "LAND"));
    }
    return builder.build();
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double value : values) {
      list.add(value);
    }
    return list;
  }
}
