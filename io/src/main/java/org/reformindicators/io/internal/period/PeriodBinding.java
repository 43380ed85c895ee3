package org.reformindicators.io.internal.period;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.reformindicators.core.period.CalendarDay;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.DateRange;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.period.YearToDate;
import org.reformindicators.io.internal.deser.TextValueDeserializer;

/**
 * Registers the serializers and deserializers of reporting periods and dates, such as {@code "2025-Q3"}
 * read as {@code Quarter.of(2025, 3)}.
 *
 * <p>A property typed with a concrete kind (e.g. {@code Quarter}) accepts only text of that kind: {@code
 * "2025"} for a quarter fails with "expected a quarter such as 2025-Q3, was the calendar year 2025".
 * Stateless and thread-safe.
 */
public final class PeriodBinding {

  private PeriodBinding() {}

  /**
   * Adds the period and date bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    module.addSerializer(ReportingPeriod.class, ToStringSerializer.instance);
    module.addDeserializer(ReportingPeriod.class, new TextValueDeserializer<>(ReportingPeriod.class, ReportingPeriod::parse));
    kind(module, CalendarYear.class, "a calendar year such as 2025");
    kind(module, HalfYear.class, "a half-year such as 2025-S1");
    kind(module, Quarter.class, "a quarter such as 2025-Q3");
    kind(module, CalendarMonth.class, "a month such as 2025-03");
    kind(module, CalendarDay.class, "a day such as 2025-03-31");
    kind(module, YearToDate.class, "a year-to-date period");
    kind(module, Phase.class, "a phase such as 2021/2025");
    kind(module, DateRange.class, "a date range");
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addDeserializer(LocalDate.class, new TextValueDeserializer<>(LocalDate.class, PeriodBinding::date));
  }

  private static <P extends ReportingPeriod> void kind(SimpleModule module, Class<P> type, String expected) {
    module.addSerializer(type, ToStringSerializer.instance);
    module.addDeserializer(type, new TextValueDeserializer<>(type, text -> parseKind(type, text, expected)));
  }

  /**
   * Parses a period and checks its kind.
   *
   * @param type the expected kind
   * @param text the text
   * @param expected what the kind looks like, for the message
   * @param <P> the kind
   * @return the period
   * @throws IllegalArgumentException if the text is not a period or is another kind
   */
  static <P extends ReportingPeriod> P parseKind(Class<P> type, String text, String expected) {
    ReportingPeriod period = ReportingPeriod.parse(text);
    if (!type.isInstance(period)) {
      throw new IllegalArgumentException(
          "expected " + expected + ", was " + period.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + period);
    }
    return type.cast(period);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date must be ISO-8601 yyyy-MM-dd, was '" + text + "'", e);
    }
  }
}
