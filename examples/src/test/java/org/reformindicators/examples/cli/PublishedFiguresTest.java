package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.examples.report.ReportBuilder;

/**
 * Issue 16: the published figures of 2022–2025 bundled for Quảng Ngãi (unit 51), read from the bundled
 * observations. Each row cites the public source its value comes from; the row's note in the CSV must name the
 * same publisher or title, carry no sample marker and have status A.
 */
class PublishedFiguresTest {

  private static final ObservationSet BUNDLED =
      Inputs.bundledObservations("/org/reformindicators/examples/quang-ngai/observations.csv");

  private static final String BQN_2025 = "Quảng Ngãi tụt hạng chỉ số SIPAS và PAR INDEX";
  private static final String PORTAL_2025_05 = "Quang Ngai ranks 13th nationwide in online payment rate";

  static Stream<Arguments> figures() {
    return Stream.of(
        // Báo Quảng Ngãi, "Quảng Ngãi tụt hạng chỉ số SIPAS và PAR INDEX", 8 Apr 2025: PAR INDEX 2024, 43rd of 63
        Arguments.of("PAR_INDEX_RANK", CalendarYear.of(2024), 43.0, 63, BQN_2025),
        // same article: SIPAS 2024, 59th of 63, among the bottom five
        Arguments.of("SIPAS_RANK", CalendarYear.of(2024), 59.0, 63, BQN_2025),
        // VietNamNet, "DTI năm 2022: Quảng Ngãi tăng 34 bậc, đứng thứ 26/63"
        Arguments.of("DTI_RANK", CalendarYear.of(2022), 26.0, 63, "VietNamNet"),
        // Báo Mới, report on DTI 2023 (Quảng Ngãi tăng 5 bậc): 21st of 63
        Arguments.of("DTI_RANK", CalendarYear.of(2023), 21.0, 63, "Báo Mới"),
        // Quảng Ngãi provincial portal, "Quang Ngai ranks 13th nationwide in online payment rate", May 2025:
        // 82.01 points, rated "Tốt" (Good)
        Arguments.of("DVC766", CalendarMonth.of(2025, 5), 82.01, 0, PORTAL_2025_05),
        // same article: 19th of 63
        Arguments.of("DVC766_RANK", CalendarMonth.of(2025, 5), 19.0, 63, PORTAL_2025_05),
        // Nhân Dân, as reproduced by a secondary site, July 2025: 5th of 34, the merged province
        Arguments.of("DVC766_RANK", CalendarMonth.of(2025, 7), 5.0, 34, "Nhân Dân"));
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("figures")
  void theBundledFigureIsThePublishedOne(
      String code, ReportingPeriod period, double value, int universe, String source) {
    Observation observation =
        BUNDLED.find(IndicatorCode.of(code), UnitCode.of("51"), period).orElseThrow();
    assertEquals(value, observation.value().orElseThrow(), 0.0);
    assertEquals(universe == 0 ? OptionalInt.empty() : OptionalInt.of(universe), observation.universe());
    assertEquals(ObservationStatus.NORMAL_VALUE, observation.status());
    assertFalse(ReportBuilder.isSample(observation), observation.toString());
    String note = observation.note().orElseThrow();
    assertTrue(note.contains(source), note);
  }
}
