package org.reformindicators.core.indicator;

/**
 * Test fixture: definitions of the official indicators that Quảng Ngãi's published figures use (VCCI, UNDP and CECODES, Ministry of Home Affairs).
 */
public final class PublishedIndicators {

  /** PCI total, 0–100, two decimals (VCCI, PCI 2016 handbook). */
  public static final Indicator PCI =
      Indicator.builder()
          .code(IndicatorCode.of("PCI"))
          .nameVi("Chỉ số năng lực cạnh tranh cấp tỉnh")
          .nameEn("Provincial Competitiveness Index")
          .measure(Measure.score(0, 100))
          .direction(Direction.HIGHER_IS_BETTER)
          .decimals(2)
          .publisher("VCCI")
          .build();

  /** PCI transparency sub-index, 0–10, two decimals (VCCI, PCI 2016 handbook). */
  public static final Indicator PCI_TRANSPARENCY =
      Indicator.builder()
          .code(IndicatorCode.of("PCI_TRANSPARENCY"))
          .nameVi("Tính minh bạch")
          .nameEn("Transparency and Access to Information")
          .measure(Measure.score(0, 10))
          .direction(Direction.HIGHER_IS_BETTER)
          .decimals(2)
          .publisher("VCCI")
          .build();

  /** Rank in the PCI (docs/formats/observations.md: total's code + {@code _RANK}). */
  public static final Indicator PCI_RANK = rank("PCI_RANK", "Xếp hạng PCI", "PCI rank", "VCCI");

  /** PAR INDEX, a percentage with two decimals (Ministry of Home Affairs, PAR INDEX reports). */
  public static final Indicator PAR_INDEX =
      Indicator.builder()
          .code(IndicatorCode.of("PAR_INDEX"))
          .nameVi("Chỉ số cải cách hành chính")
          .nameEn("Public Administration Reform Index")
          .measure(Measure.percentage())
          .direction(Direction.HIGHER_IS_BETTER)
          .decimals(2)
          .publisher("Bộ Nội vụ (Ministry of Home Affairs)")
          .methodologyVersion("1149/QĐ-BNV")
          .build();

  /** Rank in the PAR INDEX. */
  public static final Indicator PAR_INDEX_RANK =
      rank(
          "PAR_INDEX_RANK", "Xếp hạng Chỉ số CCHC", "PAR INDEX rank", "Bộ Nội vụ (Ministry of Home Affairs)");

  /** PAPI total on 8–80 since 2018, up to four decimals (UNDP and CECODES, PAPI). */
  public static final Indicator PAPI =
      Indicator.builder()
          .code(IndicatorCode.of("PAPI"))
          .nameVi("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh")
          .nameEn("Provincial Governance and Public Administration Performance Index")
          .measure(Measure.score(8, 80))
          .direction(Direction.HIGHER_IS_BETTER)
          .decimals(4)
          .publisher("UNDP, CECODES")
          .methodologyVersion("papi (8 dimensions, from 2018)")
          .build();

  /** Rank in PAPI. */
  public static final Indicator PAPI_RANK = rank("PAPI_RANK", "Xếp hạng PAPI", "PAPI rank", "UNDP, CECODES");

  /** Satisfaction with the handling of administrative procedures, by sector (Decision 1256/QĐ-UBND, T14a–b). */
  public static final Indicator TTHC_SATISFACTION =
      Indicator.builder()
          .code(IndicatorCode.of("TTHC_SATISFACTION"))
          .nameVi("Mức độ hài lòng về giải quyết thủ tục hành chính")
          .nameEn("Satisfaction with the handling of administrative procedures")
          .measure(Measure.percentage())
          .direction(Direction.HIGHER_IS_BETTER)
          .decimals(2)
          .publisher("UBND tỉnh Quảng Ngãi")
          .addBreakdowns(BreakdownDimension.sector())
          .build();

  /** Reorganisation of units completed (Decision 1256/QĐ-UBND, T4). */
  public static final Indicator UNITS_REORGANISED =
      Indicator.builder()
          .code(IndicatorCode.of("UNITS_REORGANISED"))
          .nameVi("Hoàn thành sắp xếp đơn vị hành chính")
          .nameEn("Reorganisation of administrative units completed")
          .measure(Measure.completion())
          .direction(Direction.HIGHER_IS_BETTER)
          .decimals(0)
          .publisher("UBND tỉnh Quảng Ngãi")
          .build();

  private PublishedIndicators() {}

  /**
   * Returns the catalogue of every fixture indicator.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.of(
        PCI, PCI_TRANSPARENCY, PCI_RANK, PAR_INDEX, PAR_INDEX_RANK, PAPI, PAPI_RANK, TTHC_SATISFACTION,
        UNITS_REORGANISED);
  }

  private static Indicator rank(String code, String nameVi, String nameEn, String publisher) {
    return Indicator.builder()
        .code(IndicatorCode.of(code))
        .nameVi(nameVi)
        .nameEn(nameEn)
        .measure(Measure.rank())
        .direction(Direction.LOWER_IS_BETTER)
        .decimals(0)
        .publisher(publisher)
        .build();
  }
}
