package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.examples.report.ReportBuilder;

class InputsTest {

  @TempDir Path dir;

  @Test
  void readsTheBundledQuangNgaiObservations() {
    ObservationSet set = Inputs.bundledObservations("/org/reformindicators/examples/quang-ngai/observations.csv");
    assertEquals(159, set.size()); // issue 16: 12 published results of 2022–2025 added
    // PAR INDEX rank 39/63 in 2021: Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022.
    var rank = set.find(IndexCodes.PAR_INDEX_RANK, UnitCode.of("51"), CalendarYear.of(2021)).orElseThrow();
    assertEquals(39, rank.value().getAsDouble());
    assertEquals(63, rank.universe().getAsInt());
    assertTrue(!ReportBuilder.isSample(rank));
    // VCCI, PCI 2019 provincial profile of Quảng Ngãi.
    assertEquals(6.96, set.find(IndicatorCode.of("PCI_TRANSPARENCY"), UnitCode.of("51"), CalendarYear.of(2019))
        .orElseThrow().value().getAsDouble());
    // The derived PAR INDEX 2020 is estimated (E), never presented as published.
    assertEquals("E", set.find(IndicatorCode.of("PAR_INDEX"), UnitCode.of("51"), CalendarYear.of(2020))
        .orElseThrow().status().code());
    long samples = set.observations().stream().filter(ReportBuilder::isSample).count();
    assertEquals(113, samples);
    // Every row of an official index code is a published or derived figure, never a sample.
    assertTrue(set.observations().stream()
        .filter(o -> o.indicator().toString().startsWith("P"))
        .noneMatch(ReportBuilder::isSample));
  }

  @Test
  void reportsEveryBadRowWithItsLineAndColumn() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "indicator,area,period,value\nPCI,51,2020,63.20\nPCI,51,2021-13,1\nPCI,51,2022,abc\n");
    InvalidInputException ex = assertThrows(InvalidInputException.class, () -> Inputs.observations(file));
    List<String> printed = ex.problems().stream().map(Problem::toString).toList();
    assertEquals(2, printed.size(), printed.toString());
    assertTrue(printed.get(0).startsWith(file + ":3: column 'period': "), printed.toString());
    assertTrue(printed.get(1).startsWith(file + ":4: column 'value': "), printed.toString());
  }

  @Test
  void reportsMissingFilesAndDirectories() {
    Path missing = dir.resolve("none.csv");
    assertEquals(missing + ": file not found",
        assertThrows(InvalidInputException.class, () -> Inputs.observations(missing)).getMessage());
    assertEquals(dir + ": is a directory, not a file",
        assertThrows(InvalidInputException.class, () -> Inputs.observations(dir)).getMessage());
  }

  /** Codes used by the tests. */
  private static final class IndexCodes {
    static final IndicatorCode PAR_INDEX_RANK = IndicatorCode.of("PAR_INDEX_RANK");
  }
}
