package org.reformindicators.io.csv;

import org.reformindicators.core.area.UnitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.problem.ReadException;

/** The optional columns numerator and denominator of the observation CSV ({@code docs/formats/observations.md}). */
class ObservationCountsCsvTest {

  @Test
  void writtenOnRequestAndReadBack() throws Exception {
    Observation derived =
        Observation.builder().indicator(IndicatorCode.of("DVC766_PROGRESS")).unit(UnitCode.of("51")).period(CalendarYear.of(2024))
            .value(82.4).numerator(412).denominator(500).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObservationCsvWriter writer = ObservationCsvWriter.create(out, CsvDialect.STANDARD, true)) {
      writer.write(derived);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(
        "indicator,area,period,value,universe,status,breakdown,note,numerator,denominator\r\n"
            + "DVC766_PROGRESS,51,2024,82.4,,A,,,412,500\r\n",
        text);
    List<Observation> read =
        ObservationCsvReader.create().read(new ByteArrayInputStream(out.toByteArray()), "derived.csv").observations();
    assertEquals(List.of(derived), read);
  }

  @Test
  void oneWithoutTheOtherIsAProblem() {
    String csv = "indicator,area,period,value,numerator,denominator\nX,51,2024,50,1,\n";
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> ObservationCsvReader.create().read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x.csv"));
    assertEquals(
        "numerator and denominator must be given together; denominator is empty", e.problems().get(0).message());
  }
}
