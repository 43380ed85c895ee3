package org.reformindicators.core.observation;

import java.util.List;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

/** Test fixture: Quảng Ngãi's published results of public sources, each row citing its source. */
final class PublishedObservations {

  static final IndicatorCode PCI = IndicatorCode.of("PCI");
  static final IndicatorCode PCI_RANK = IndicatorCode.of("PCI_RANK");
  static final IndicatorCode PCI_TRANSPARENCY = IndicatorCode.of("PCI_TRANSPARENCY");
  static final IndicatorCode PAR_INDEX = IndicatorCode.of("PAR_INDEX");
  static final IndicatorCode PAR_INDEX_RANK = IndicatorCode.of("PAR_INDEX_RANK");
  static final IndicatorCode PAPI = IndicatorCode.of("PAPI");
  static final IndicatorCode PAPI_RANK = IndicatorCode.of("PAPI_RANK");
  static final String QUANG_NGAI = "51";

  private PublishedObservations() {}

  static List<Observation> quangNgai() {
    return List.of(
        // PAR INDEX 2021 86.45 %, rank 39/63: Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022
        value(PAR_INDEX, 2021, 86.45, ObservationStatus.NORMAL_VALUE),
        rank(PAR_INDEX_RANK, 2021, 39, ObservationStatus.NORMAL_VALUE),
        // PAR INDEX 2020 ≈ 73.25 % (derived: 86.45 − 13.2), so estimated (E); rank 63/63
        value(PAR_INDEX, 2020, 73.25, ObservationStatus.ESTIMATED_VALUE),
        rank(PAR_INDEX_RANK, 2020, 63, ObservationStatus.NORMAL_VALUE),
        // PAPI 2021 40.980, rank 43/63; 2020 rank 62/63 (derived: 43 + 19), estimated (E)
        value(PAPI, 2021, 40.980, ObservationStatus.NORMAL_VALUE),
        rank(PAPI_RANK, 2021, 43, ObservationStatus.NORMAL_VALUE),
        rank(PAPI_RANK, 2020, 62, ObservationStatus.ESTIMATED_VALUE),
        // PCI 2019 64.33 rank 41/63, 2020 63.20 rank 36/63, 2022 65.18 rank 33/63
        value(PCI, 2019, 64.33, ObservationStatus.NORMAL_VALUE),
        value(PCI, 2020, 63.20, ObservationStatus.NORMAL_VALUE),
        value(PCI, 2022, 65.18, ObservationStatus.NORMAL_VALUE),
        rank(PCI_RANK, 2019, 41, ObservationStatus.NORMAL_VALUE),
        rank(PCI_RANK, 2020, 36, ObservationStatus.NORMAL_VALUE),
        rank(PCI_RANK, 2022, 33, ObservationStatus.NORMAL_VALUE),
        // PCI 2021 rank 45/63 (derived: 33 + 12), estimated (E)
        rank(PCI_RANK, 2021, 45, ObservationStatus.ESTIMATED_VALUE),
        // VCCI, PCI provincial profiles of Quảng Ngãi: Transparency 6.96 (2019), 6.29 (2020)
        value(PCI_TRANSPARENCY, 2019, 6.96, ObservationStatus.NORMAL_VALUE),
        value(PCI_TRANSPARENCY, 2020, 6.29, ObservationStatus.NORMAL_VALUE));
  }

  private static Observation value(IndicatorCode code, int year, double value, ObservationStatus status) {
    return published(code, year, value, status).build();
  }

  private static Observation rank(IndicatorCode code, int year, int rank, ObservationStatus status) {
    return published(code, year, rank, status).universe(63).build();
  }

  private static Observation.Builder published(
      IndicatorCode code, int year, double value, ObservationStatus status) {
    return Observation.builder()
        .indicator(code)
        .unit(UnitCode.of(QUANG_NGAI))
        .period(CalendarYear.of(year))
        .value(value)
        .status(status)
        .source("published results of Quảng Ngãi");
  }
}
