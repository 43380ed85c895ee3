package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Quarter;

class ObservationCsvWriterTest {

  @Test
  void writesTheContractHeaderPlainDecimalsAndQuotesOnlyWhenNeeded() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObservationCsvWriter writer = ObservationCsvWriter.create(out)) {
      writer.write(Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 36, 63));
      writer.write(Observation.of(IndicatorCode.of("X"), UnitCode.of("01"), Quarter.of(2025, 3), 1e-7));
      writer.write(
          Observation.builder()
              .indicator(IndicatorCode.of("Y"))
              .unit(UnitCode.of("51"))
              .period(CalendarYear.of(2021))
              .status(ObservationStatus.MISSING_VALUE)
              .breakdown(BreakdownKey.of(Map.of("SECTOR", "LAND", "LEVEL", "COMMUNE")))
              .note("chưa có \"số liệu\", xem sau")
              .build());
      assertEquals(3, writer.written());
    }
    assertEquals(
        "indicator,area,period,value,universe,status,breakdown,note\r\n"
            + "PCI_RANK,51,2020,36,63,A,,\r\n"
            + "X,01,2025-Q3,0.0000001,,A,,\r\n"
            + "Y,51,2021,,,O,LEVEL=COMMUNE;SECTOR=LAND,\"chưa có \"\"số liệu\"\", xem sau\"\r\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSpreadsheetDialectUsesSemicolonsAndADecimalComma() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObservationCsvWriter writer = ObservationCsvWriter.create(out, CsvDialect.SEMICOLON_DECIMAL_COMMA)) {
      writer.write(
          Observation.builder()
              .indicator(IndicatorCode.of("PCI"))
              .unit(UnitCode.of("51"))
              .period(CalendarYear.of(2020))
              .value(6.29)
              .breakdown(BreakdownKey.of(Map.of("LEVEL", "COMMUNE", "SECTOR", "LAND")))
              .build());
    }
    assertEquals(
        "indicator;area;period;value;universe;status;breakdown;note\r\nPCI;51;2020;6,29;;A;\"LEVEL=COMMUNE;SECTOR=LAND\";\r\n",
        out.toString(StandardCharsets.UTF_8));
  }
}
