package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;

/** Observations for the evaluation tests: the published Quảng Ngãi ranks and a builder for sample data. */
final class Fixtures {

  static final String QNG = QuangNgaiPlan1256.UNIT_CODE;

  private Fixtures() {}

  static Observation rank(String indicator, int year, int rank, int universe) {
    return Observation.rank(IndicatorCode.of(indicator), UnitCode.of(QNG), CalendarYear.of(year), rank, universe);
  }

  static Observation value(String indicator, int year, double value) {
    return Observation.of(IndicatorCode.of(indicator), UnitCode.of(QNG), CalendarYear.of(year), value);
  }

  static Observation value(String indicator, int year, double value, String breakdownKey, String breakdownValue) {
    return Observation.builder()
        .indicator(IndicatorCode.of(indicator))
        .unit(UnitCode.of(QNG))
        .period(CalendarYear.of(year))
        .value(value)
        .breakdown(BreakdownKey.of(breakdownKey, breakdownValue))
        .build();
  }

  static Observation withStatus(String indicator, int year, double value, ObservationStatus status) {
    return Observation.builder()
        .indicator(IndicatorCode.of(indicator))
        .unit(UnitCode.of(QNG))
        .period(CalendarYear.of(year))
        .value(value)
        .status(status)
        .build();
  }

  /**
   * The published results of Quảng Ngãi (pre-merger province), each with its public source.
   */
  static List<Observation> publishedRanks() {
    List<Observation> list = new ArrayList<>();
    list.add(rank(QuangNgaiPlan1256.PAR_INDEX_RANK, 2020, 63, 63)); // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022
    list.add(rank(QuangNgaiPlan1256.PAR_INDEX_RANK, 2021, 39, 63)); // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022
    list.add(rank(QuangNgaiPlan1256.PAPI_RANK, 2020, 62, 63)); // derived: 43/63 in 2021 and up 19 places, Sở TT&TT Quảng Ngãi, "Quảng Ngãi tăng 19 bậc về chỉ số PAPI"
    list.add(rank(QuangNgaiPlan1256.PAPI_RANK, 2021, 43, 63)); // Sở TT&TT Quảng Ngãi, "Quảng Ngãi tăng 19 bậc về chỉ số PAPI"
    list.add(rank(QuangNgaiPlan1256.PCI_RANK, 2019, 41, 63)); // VCCI, PCI provincial profile of Quảng Ngãi (2019)
    list.add(rank(QuangNgaiPlan1256.PCI_RANK, 2020, 36, 63)); // VCCI, PCI provincial profile of Quảng Ngãi (2020)
    list.add(rank(QuangNgaiPlan1256.PCI_RANK, 2021, 45, 63)); // derived: 33/63 in 2022 and up 12 places, Báo Mới / Thanh Niên reports of the PCI 2022 launch
    list.add(rank(QuangNgaiPlan1256.PCI_RANK, 2022, 33, 63)); // Báo Mới / Thanh Niên reports of the PCI 2022 launch
    return list;
  }

  static ObservationSet set(List<Observation> observations) {
    return ObservationSet.of(observations);
  }
}
