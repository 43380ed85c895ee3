package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class SeriesIndexTest {

  private static final List<BreakdownKey> BREAKDOWNS =
      List.of(BreakdownKey.TOTAL, BreakdownKey.of(Map.of("LEVEL", "A")), BreakdownKey.of(Map.of("SECTOR", "LAND")));

  /** Every series is found at its number and every absent key is not, whether the index has its table or not. */
  private static void findsEverySeries(ObservationColumns columns, List<IndicatorCode> indicators, List<UnitCode> units) {
    SeriesIndex index = new SeriesIndex(columns);
    for (int s = 0; s < columns.seriesCount(); s++) {
      assertEquals(s, index.of(columns.seriesIndicators[s], columns.seriesUnits[s], columns.seriesBreakdowns[s]));
      // equal codes, not the set's instances
      assertEquals(
          s,
          index.of(
              IndicatorCode.of(columns.seriesIndicators[s].value()),
              UnitCode.of(columns.seriesUnits[s].value()),
              BreakdownKey.parse(columns.seriesBreakdowns[s].toString())));
    }
    int found = 0;
    for (IndicatorCode indicator : indicators) {
      for (UnitCode unit : units) {
        for (BreakdownKey breakdown : BREAKDOWNS) {
          int s = index.of(indicator, unit, breakdown);
          if (s >= 0) {
            found++;
            assertEquals(List.of(indicator, unit, breakdown),
                List.of(columns.seriesIndicators[s], columns.seriesUnits[s], columns.seriesBreakdowns[s]));
          }
        }
      }
    }
    int present = 0;
    for (int s = 0; s < columns.seriesCount(); s++) {
      if (indicators.contains(columns.seriesIndicators[s]) && units.contains(columns.seriesUnits[s])) {
        present++;
      }
    }
    assertEquals(present, found);
    assertEquals(-1, index.of(IndicatorCode.of("ABSENT"), units.get(0), BreakdownKey.TOTAL));
    assertEquals(-1, index.of(indicators.get(0), UnitCode.of("ZZZ"), BreakdownKey.TOTAL));
  }

  @Test
  void aDenseSetIsIndexedByItsTableAndFindsTotalsAndBreakdowns() {
    // 3 indicators x 40 units; some pairs have breakdowns only, some a total only, some none
    List<IndicatorCode> indicators = List.of(IndicatorCode.of("A"), IndicatorCode.of("B_RATE"), IndicatorCode.of("C"));
    List<UnitCode> units = new java.util.ArrayList<>();
    ObservationAccumulator rows = new ObservationAccumulator();
    for (int u = 0; u < 40; u++) {
      units.add(UnitCode.of(String.format("%05d", 40 - u)));
    }
    for (int i = 0; i < indicators.size(); i++) {
      for (int u = 0; u < units.size(); u++) {
        for (int b = 0; b < BREAKDOWNS.size(); b++) {
          if ((i + u + b) % 3 != 0) {
            rows.add(Observation.builder().indicator(indicators.get(i)).unit(units.get(u)).period(CalendarYear.of(2020))
                .breakdown(BREAKDOWNS.get(b)).value(u).build());
          }
        }
      }
    }
    findsEverySeries(rows.build(), indicators, units);
  }

  @Test
  void aSparseSetIsIndexedByItsHashMapAlone() {
    // each of 300 indicators has its own 100 units: 30,000 series, 9,000,000 indicator-unit pairs
    List<IndicatorCode> indicators = new java.util.ArrayList<>();
    List<UnitCode> units = new java.util.ArrayList<>();
    ObservationAccumulator rows = new ObservationAccumulator();
    for (int i = 0; i < 300; i++) {
      indicators.add(IndicatorCode.of("I" + i));
      for (int u = 0; u < 100; u++) {
        UnitCode unit = UnitCode.of("U" + (i * 100 + u));
        units.add(unit);
        rows.add(indicators.get(i), unit, CalendarYear.of(2020), u);
      }
    }
    ObservationColumns columns = rows.build();
    SeriesIndex index = new SeriesIndex(columns);
    for (int s = 0; s < columns.seriesCount(); s += 7) {
      assertEquals(s, index.of(columns.seriesIndicators[s], columns.seriesUnits[s], BreakdownKey.TOTAL));
      assertEquals(-1, index.of(columns.seriesIndicators[s], units.get((s + 100) % units.size()), BreakdownKey.TOTAL));
    }
    findsEverySeries(columns, indicators.subList(0, 2), units.subList(0, 300));
  }
}
