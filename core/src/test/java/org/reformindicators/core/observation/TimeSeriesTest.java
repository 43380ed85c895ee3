package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Quarter;

class TimeSeriesTest {

  private static final IndicatorCode PCI_RANK = IndicatorCode.of("PCI_RANK");

  // VCCI, PCI provincial profile of Quảng Ngãi (2019, 2020) and Báo Mới / Thanh Niên reports of the PCI 2022 launch: PCI rank 41/63 (2019), 36/63 (2020), 33/63 (2022)
  private static final Observation Y2019 = Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2019), 41, 63);
  private static final Observation Y2020 = Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36, 63);
  private static final Observation Y2022 = Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2022), 33, 63);
  private static final Observation Y2021_MISSING =
      Observation.builder()
          .from(Observation.missing(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2021), ObservationStatus.MISSING_VALUE))
          .universe(63)
          .build();

  @Test
  void sortsByPeriodWhateverTheInputOrder() {
    TimeSeries series = TimeSeries.of(List.of(Y2022, Y2019, Y2021_MISSING, Y2020));
    assertEquals(List.of(Y2019, Y2020, Y2021_MISSING, Y2022), series.observations());
    assertArrayEquals(new double[] {41, 36, Double.NaN, 33}, series.valuesOrNaN());
    assertEquals(4, series.size());
    assertEquals(PCI_RANK, series.indicator());
    assertEquals(UnitCode.of("51"), series.unit());
    assertEquals(Optional.of(Y2019), series.first());
    assertEquals(Optional.of(Y2022), series.last());
    assertEquals(Y2020, series.get(1));
    assertEquals(
        "PCI_RANK 51: 2019=41 of 63, 2020=36 of 63, 2021=missing (O), 2022=33 of 63", series.toString());
  }

  @Test
  void findsAPeriodByBinarySearch() {
    TimeSeries series = TimeSeries.of(List.of(Y2019, Y2020, Y2022));
    assertEquals(Optional.of(Y2020), series.at(CalendarYear.of(2020)));
    assertEquals(Optional.empty(), series.at(CalendarYear.of(2021)));
    assertEquals(Optional.empty(), series.at(Quarter.of(2020, 1)));
  }

  @Test
  void latestValueEndingOnOrBeforeSkipsMissingValuesAndLaterPeriods() {
    TimeSeries series = TimeSeries.of(List.of(Y2019, Y2020, Y2021_MISSING, Y2022));
    assertEquals(Optional.of(Y2020), series.latestValueEndingOnOrBefore(LocalDate.of(2022, 6, 30)));
    assertEquals(Optional.of(Y2022), series.latestValueEndingOnOrBefore(LocalDate.of(2022, 12, 31)));
    assertEquals(Optional.empty(), series.latestValueEndingOnOrBefore(LocalDate.of(2019, 12, 30)));
  }

  @Test
  void withoutMissingValuesKeepsOrder() {
    TimeSeries series = TimeSeries.of(List.of(Y2022, Y2021_MISSING, Y2019));
    assertEquals(List.of(Y2019, Y2022), series.withoutMissingValues().observations());
  }

  @Test
  void rejectsMixedKeysAndRepeatedPeriods() {
    Observation otherUnit = Observation.rank(PCI_RANK, UnitCode.of("62"), CalendarYear.of(2020), 50, 63);
    IllegalArgumentException mixed =
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.of(List.of(Y2019, otherUnit)));
    assertEquals(
        "a time series holds one indicator, unit and breakdown: PCI_RANK, unit 51, period 2019 and "
            + "PCI_RANK, unit 62, period 2020",
        mixed.getMessage());
    Observation again = Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 37, 63);
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.of(List.of(Y2020, again)));
    assertTrue(twice.getMessage().startsWith("a time series holds one observation per period"), twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TimeSeries.of(List.of()));
  }

  @Test
  void emptySeriesAndEquality() {
    TimeSeries empty = TimeSeries.empty(PCI_RANK, UnitCode.of("51"), BreakdownKey.TOTAL);
    assertTrue(empty.isEmpty());
    assertEquals(Optional.empty(), empty.last());
    assertEquals("PCI_RANK 51:", empty.toString());
    assertEquals(TimeSeries.of(List.of(Y2019, Y2020)), TimeSeries.of(List.of(Y2020, Y2019)));
    assertEquals(TimeSeries.of(List.of(Y2019, Y2020)).hashCode(), TimeSeries.of(List.of(Y2020, Y2019)).hashCode());
  }

  @Test
  void valuesArrayIsACopy() {
    TimeSeries series = TimeSeries.of(List.of(Y2019));
    series.valuesOrNaN()[0] = 1;
    assertEquals(41, series.valuesOrNaN()[0]);
  }
}
