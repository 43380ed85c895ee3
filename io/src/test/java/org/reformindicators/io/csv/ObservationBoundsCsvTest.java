package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Bound;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;

/**
 * The optional columns lower and upper of the observation CSV: a value published only as a range. From PCI 2023,
 * VCCI publishes scores and ranks only for the 30 best provinces (pcivietnam.vn), so a rank outside them is "31–63 of
 * 63"; the rows here are test data.
 */
class ObservationBoundsCsvTest {

  private static final Observation OUTSIDE_TOP_30 =
      Observation.builder()
          .indicator(IndicatorCode.of("PCI_RANK"))
          .unit(UnitCode.of("51"))
          .period(CalendarYear.of(2023))
          .universe(63)
          .bound(Bound.ofClosed(31, 63))
          .build();

  private static ObservationSet read(String csv) throws Exception {
    return ObservationCsvReader.create()
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bounds.csv");
  }

  private static List<Problem> problems(String csv) {
    return assertThrows(ReadException.class, () -> read(csv)).problems();
  }

  @Test
  void aBoundIsReadWithAnEmptyValueAndAnyStatus() throws Exception {
    ObservationSet set = read("indicator,area,period,value,universe,status,lower,upper\n"
        + "PCI_RANK,51,2023,,63,,31,63\n"
        + "PCI_RANK,51,2024,,63,E,31,63\n"
        + "PCI_RANK,51,2022,33,63,A,,\n");
    assertEquals(3, set.size());
    assertEquals(List.of(OUTSIDE_TOP_30), set.boundedObservations().subList(0, 1));
    assertEquals(2, set.boundedObservations().size());
    assertEquals(33.0, set.observations().get(0).value().getAsDouble());
  }

  @Test
  void writtenWithTheColumnsAndReadBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObservationCsvWriter writer = ObservationCsvWriter.create(out, CsvDialect.STANDARD, false, true)) {
      writer.write(OUTSIDE_TOP_30);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(
        "indicator,area,period,value,universe,status,breakdown,note,lower,upper\r\n"
            + "PCI_RANK,51,2023,,63,A,,,31,63\r\n",
        text);
    assertEquals(List.of(OUTSIDE_TOP_30), read(text).observations());
  }

  @Test
  void aWriterWithoutTheColumnsRefusesABoundRatherThanLoseIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObservationCsvWriter writer = ObservationCsvWriter.create(out)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(OUTSIDE_TOP_30));
      assertTrue(e.getMessage().contains("needs the columns lower and upper"), e.getMessage());
    }
  }

  @Test
  void badBoundsAreReportedAtTheirColumn() {
    List<Problem> found = problems("indicator,area,period,value,universe,status,lower,upper\n"
        + "PCI_RANK,51,2023,,63,A,31,\n"
        + "PCI_RANK,51,2024,40,63,A,31,63\n"
        + "PCI_RANK,51,2025,,63,A,63,31\n"
        + "PCI_RANK,51,2021,,63,A,31,64\n");
    assertEquals(4, found.size(), found.toString());
    assertEquals("lower and upper must be given together (inclusive ends of a value published only as a range,"
        + " e.g. 31 and 63); upper is empty", found.get(0).message());
    assertEquals("a value published only as a range has an empty value and its lower and upper ends, value was 40",
        found.get(1).message());
    assertEquals("upper must not be less than lower, was lower 63 and upper 31", found.get(2).message());
    assertTrue(found.get(3).message().startsWith("bound 31–64: rank must be within 1..63"), found.get(3).message());
    assertTrue(found.get(3).location().toString().contains("lower"), found.get(3).location().toString());
  }

  @Test
  void filesWithoutTheColumnsReadAsBefore() throws Exception {
    ObservationSet set = read("indicator,area,period,value,universe,status\nPCI_RANK,51,2020,36,63,A\n");
    assertTrue(set.boundedObservations().isEmpty());
    List<Problem> found = problems("indicator,area,period,value\nPCI,51,2020,\n");
    assertEquals("an empty value is allowed only with a missing-value status (M, O, L, Q or H) or with lower and"
        + " upper bounds, status was A", found.get(0).message());
  }
}
