package org.reformindicators.io.golden;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.PublishedIndicators;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;

/** The values the version-1 golden files hold, built in Java; the golden tests compare against these forever. */
final class GoldenFixtures {

  private GoldenFixtures() {}

  /** {@code golden/v1/indicator-catalogue.json}. */
  static IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.of(
        PublishedIndicators.PCI, PublishedIndicators.PCI_RANK, PublishedIndicators.TTHC_SATISFACTION);
  }

  /**
   * {@code golden/v2/indicator-catalogue.json}: the version-1 catalogue and an indicator of dossiers broken down by
   * the open dimensions AGENCY and PROCEDURE (format version 2) beside the closed LEVEL.
   */
  static IndicatorCatalogue catalogueV2() {
    Indicator dossiersOnline =
        Indicator.builder()
            .code(IndicatorCode.of("QNG_DOSSIERS_ONLINE_LEVEL_3_4"))
            .nameVi("Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ")
            .nameEn("Share of dossiers handled online at level 3 and 4")
            .measure(Measure.percentage())
            .direction(Direction.HIGHER_IS_BETTER)
            .decimals(2)
            .publisher("UBND tỉnh Quảng Ngãi")
            .addBreakdowns(
                BreakdownDimension.open(BreakdownDimension.AGENCY),
                BreakdownDimension.level(),
                BreakdownDimension.open(BreakdownDimension.PROCEDURE))
            .build();
    return IndicatorCatalogue.of(
        PublishedIndicators.PCI, PublishedIndicators.PCI_RANK, PublishedIndicators.TTHC_SATISFACTION, dossiersOnline);
  }

  /** {@code golden/v1/unit-registry.yaml}: Quảng Ngãi and Kon Tum merged on 2025-07-01 (code 51 reused). */
  static UnitRegistry registry() {
    AdministrativeUnit vietnam =
        AdministrativeUnit.builder().code(UnitCode.of("VN")).nameVi("Việt Nam").nameEn("Viet Nam").level(AdministrativeLevel.NATIONAL).build();
    AdministrativeUnit quangNgaiBefore = mergedIntoQuangNgai("51", "Quảng Ngãi");
    AdministrativeUnit konTum = mergedIntoQuangNgai("62", "Kon Tum");
    AdministrativeUnit quangNgaiAfter =
        AdministrativeUnit.builder()
            .code(UnitCode.of("51"))
            .nameVi("Quảng Ngãi")
            .nameEn("Quang Ngai")
            .level(AdministrativeLevel.PROVINCE)
            .category("tỉnh")
            .parentCode(UnitCode.of("VN"))
            .validFrom(LocalDate.of(2025, 7, 1))
            .addPredecessorCodes(UnitCode.of("51"), UnitCode.of("62"))
            .source("Nghị quyết 202/2025/QH15")
            .build();
    return UnitRegistry.of(List.of(vietnam, quangNgaiBefore, konTum, quangNgaiAfter));
  }

  /** A pre-2025 province that ended on 2025-06-30 and went into the new Quảng Ngãi (code 51). */
  private static AdministrativeUnit mergedIntoQuangNgai(String code, String nameVi) {
    return AdministrativeUnit.builder()
        .code(UnitCode.of(code))
        .nameVi(nameVi)
        .level(AdministrativeLevel.PROVINCE)
        .category("tỉnh")
        .parentCode(UnitCode.of("VN"))
        .validUntil(LocalDate.of(2025, 6, 30))
        .addSuccessorCodes(UnitCode.of("51"))
        .build();
  }

  /** {@code golden/v1/observations.json} and {@code golden/v1/observations.csv}. */
  static ObservationSet observations() {
    IndicatorCode satisfaction = IndicatorCode.of("TTHC_SATISFACTION");
    return ObservationSet.of(
        List.of(
            // docs/formats/observations.md, example
            Observation.of(IndicatorCode.of("PCI_TRANSPARENCY"), UnitCode.of("51"), CalendarYear.of(2020), 6.29),
            Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 36, 63),
            Observation.builder()
                .indicator(IndicatorCode.of("PAR_INDEX_RANK"))
                .unit(UnitCode.of("51"))
                .period(CalendarYear.of(2025))
                .value(20)
                .universe(34)
                .status(ObservationStatus.PROVISIONAL_VALUE)
                .note("Sau sắp xếp: 34 tỉnh, thành phố")
                .build(),
            Observation.builder()
                .indicator(satisfaction)
                .unit(UnitCode.of("51"))
                .period(HalfYear.of(2024, 1))
                .value(92.5)
                .breakdown(BreakdownKey.of(Map.of("SECTOR", "LAND")))
                .source("Báo cáo CCHC 6 tháng đầu năm 2024")
                .build(),
            Observation.missing(satisfaction, UnitCode.of("51"), CalendarYear.of(2021), ObservationStatus.MISSING_NOT_COLLECTED)));
  }
}
