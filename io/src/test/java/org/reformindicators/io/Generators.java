package org.reformindicators.io;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarDay;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.DateRange;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;

/** QuickTheories generators of core values for the round-trip properties of the io module. */
public final class Generators {

  private static final List<String> WORDS =
      List.of(
          "Quảng Ngãi", "cải cách hành chính", "thủ tục", "Hà Nội", "Đà Nẵng", "dịch vụ công", "\"quoted\"",
          "a,b;c", "line\nbreak", "Kon Tum", "tỷ lệ %", "PCI", "  spaced  ", "ữ", "nghìn");

  private Generators() {}

  /**
   * Vietnamese and tricky text (quotes, delimiters, line ends), in NFC.
   *
   * @return the generator
   */
  public static Gen<String> text() {
    return lists()
        .of(Generate.pick(WORDS))
        .ofSizeBetween(1, 3)
        .map(words -> Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC));
  }

  /**
   * Periods of every kind between 1990 and 2060.
   *
   * @return the generator
   */
  public static Gen<ReportingPeriod> periods() {
    Gen<Integer> years = integers().between(1990, 2060);
    return integers()
        .between(0, 7)
        .zip(years, integers().between(1, 12), integers().between(0, 400), (kind, year, n, days) -> {
          LocalDate day = LocalDate.of(year, 1, 1).plusDays(days % 365);
          return switch (kind) {
            case 0 -> CalendarYear.of(year);
            case 1 -> HalfYear.of(year, 1 + n % 2);
            case 2 -> Quarter.of(year, 1 + n % 4);
            case 3 -> CalendarMonth.of(year, n);
            case 4 -> CalendarDay.of(day);
            case 5 -> yearToDate(year, n);
            case 6 -> Phase.of(year, year + 1 + n % 5);
            default -> DateRange.ofClosed(day, day.plusDays(n * 7L + 1));
          };
        });
  }

  private static ReportingPeriod yearToDate(int year, int months) {
    return ReportingPeriod.yearToDate(year, months);
  }

  /**
   * Indicator codes such as {@code PCI_RANK} or {@code X12_Y}.
   *
   * @return the generator
   */
  public static Gen<IndicatorCode> indicatorCodes() {
    return lists()
        .of(Generate.pick(List.of("PCI", "PAPI", "TTHC", "X", "RANK", "DVC766", "SHARE_ONLINE", "A1")))
        .ofSizeBetween(1, 3)
        .map(parts -> IndicatorCode.of(String.join("_", parts)));
  }

  /**
   * Measures of every type.
   *
   * @return the generator
   */
  public static Gen<Measure> measures() {
    return integers()
        .between(0, 7)
        .zip(doubles().between(-50, 50), doubles().between(0.001, 1000), (type, min, span) -> switch (type) {
          case 0 -> Measure.percentage();
          case 1 -> Measure.score(min, min + span);
          case 2 -> Measure.rank();
          case 3 -> Measure.count();
          case 4 -> Measure.ratio(span);
          case 5 -> Measure.share(span);
          case 6 -> Measure.completion();
          default -> Measure.qualitative();
        });
  }

  /**
   * Valid indicators with optional parts present or absent.
   *
   * @return the generator
   */
  public static Gen<Indicator> indicators() {
    return indicatorCodes()
        .zip(text(), text(), measures(), integers().between(0, 10), (code, vi, en, measure, decimals) -> {
          Indicator.Builder b =
              Indicator.builder()
                  .code(code)
                  .nameVi(vi)
                  .nameEn(en)
                  .measure(measure)
                  .direction(measure instanceof Measure.Rank || decimals % 3 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
                  .decimals(decimals)
                  .publisher("VCCI");
          if (decimals % 2 == 0) {
            b.description(vi + " — " + en).methodologyVersion("2021");
            b.addBreakdowns(BreakdownDimension.level(), BreakdownDimension.of("SECTOR", List.of("LAND", "HEALTH")));
          }
          if (decimals % 4 == 0) {
            // an open dimension (catalogue and plan format version 2)
            b.addBreakdowns(BreakdownDimension.open(BreakdownDimension.AGENCY));
          }
          return b.build();
        });
  }

  /**
   * Valid observations of every shape the CSV carries (no {@code source}, which has no column): values,
   * ranks with universes, missing values, breakdowns, notes.
   *
   * @return the generator
   */
  public static Gen<Observation> csvObservations() {
    return indicatorCodes()
        .zip(periods(), integers().between(0, 5), doubles().between(-1e6, 1e6), integers().between(1, 99),
            (code, period, shape, value, area) -> {
              String unit = String.format("%02d", area);
              // a code ending in _RANK claims a rank (a whole number from 1): only shape 1 writes ranks
              IndicatorCode indicator =
                  code.value().endsWith(IndicatorCode.RANK_SUFFIX) ? IndicatorCode.of(code.value() + "S") : code;
              Observation.Builder b = Observation.builder().indicator(indicator).unit(UnitCode.of(unit)).period(period);
              switch (shape) {
                case 0 -> b.value(value);
                case 1 -> b.value(1 + (area - 1) % 34).universe(34).status(ObservationStatus.PROVISIONAL_VALUE);
                case 2 -> b.status(ObservationStatus.MISSING_VALUE).note("không thu thập, \"chưa\" có");
                case 3 -> b.value(Math.rint(value)).breakdown(BreakdownKey.of(Map.of("LEVEL", "COMMUNE", "SECTOR", "LAND")));
                case 4 -> b.value(value / 1e9).status(ObservationStatus.TIME_SERIES_BREAK).note("line\nbreak; a,b");
                default -> b.value(0.1 + area / 1000.0);
              }
              return b.build();
            });
  }

  /**
   * Valid administrative units, with or without validity bounds and links.
   *
   * @return the generator
   */
  public static Gen<AdministrativeUnit> units() {
    return integers()
        .between(1, 99)
        .zip(text(), booleans().all(), integers().between(0, 3000), (code, name, linked, days) -> {
          AdministrativeUnit.Builder b =
              AdministrativeUnit.builder()
                  .code(UnitCode.of(String.format("%02d", code)))
                  .nameVi(name)
                  .level(AdministrativeLevel.PROVINCE);
          if (linked) {
            LocalDate from = LocalDate.of(2000, 1, 1).plusDays(days);
            b.nameEn("Province " + code)
                .category("tỉnh")
                .parentCode(UnitCode.of("VN"))
                .validFrom(from)
                .validUntil(from.plusDays(days))
                .addSuccessorCodes(UnitCode.of("99"))
                .addPredecessorCodes(UnitCode.of("98"))
                .source("Nghị quyết 202/2025/QH15");
          }
          return b.build();
        });
  }
}
