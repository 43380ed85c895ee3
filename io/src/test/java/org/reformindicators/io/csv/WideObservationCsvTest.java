package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformindicators.io.csv.ObservationCsvReaderTest.utf8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadSummary;

/** The wide form of the observation CSV: one row per area, a column per indicator code. */
class WideObservationCsvTest {

  private static ObservationSet read(ObservationCsvReader reader, String text) throws Exception {
    return reader.read(utf8(text), "wide.csv");
  }

  private static List<String> problems(ObservationCsvReader reader, String text) {
    List<String> found = new ArrayList<>();
    assertThrows(ReadException.class, () -> reader.read(utf8(text), "wide.csv")).problems()
        .forEach(p -> found.add(p.toString()));
    return found;
  }

  @Test
  void aWideTableReadsAsTheSameObservationsAsItsLongForm() throws Exception {
    String wide = "area,name,period,PCI_TRANSPARENCY,PCI_RANK\n51,Quảng Ngãi,2020,6.29,36\n48,\"Đà Nẵng, TP\",2020,7.01,\n";
    String longForm = "indicator,area,period,value\nPCI_TRANSPARENCY,51,2020,6.29\nPCI_RANK,51,2020,36\n"
        + "PCI_TRANSPARENCY,48,2020,7.01\n";
    ObservationSet fromWide = read(ObservationCsvReader.create(), wide);
    // the empty PCI_RANK cell of 48 is no observation
    assertEquals(3, fromWide.size());
    assertEquals(new HashSet<>(read(ObservationCsvReader.create(), longForm).observations()),
        new HashSet<>(fromWide.observations()));
    assertEquals(ObservationCsvForm.WIDE, ObservationCsvReader.create().form(utf8(wide), "wide.csv"));
    assertEquals(ObservationCsvForm.LONG, ObservationCsvReader.create().form(utf8(longForm), "long.csv"));
  }

  @Test
  void theUniverseColumnAppliesToEveryRankColumnOfItsRow() throws Exception {
    String wide = "area,period,universe,PCI_RANK,PAPI_RANK,PCI\n51,2020,61,36,40,63.18\n";
    ObservationSet set = read(ObservationCsvReader.create(), wide);
    Observation pciRank = set.find(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020)).orElseThrow();
    Observation papiRank = set.find(IndicatorCode.of("PAPI_RANK"), UnitCode.of("51"), CalendarYear.of(2020)).orElseThrow();
    Observation pci = set.find(IndicatorCode.of("PCI"), UnitCode.of("51"), CalendarYear.of(2020)).orElseThrow();
    assertEquals(61, pciRank.universe().getAsInt());
    assertEquals(61, papiRank.universe().getAsInt());
    assertTrue(pci.universe().isEmpty());
  }

  @Test
  void aStatedPeriodReplacesAMissingPeriodColumn() throws Exception {
    ObservationSet set = read(ObservationCsvReader.create().withPeriod(CalendarYear.of(2020)),
        "area,PCI_TRANSPARENCY\n51,6.29\n");
    assertEquals(6.29, set.find(IndicatorCode.of("PCI_TRANSPARENCY"), UnitCode.of("51"), CalendarYear.of(2020))
        .orElseThrow().value().getAsDouble());
    assertEquals(List.of("line 1, column 'period': required column 'period' is missing from the header"
            + " [area, PCI_TRANSPARENCY]; only a caller that states the period of the whole file (such as score"
            + " --period) may leave it out"),
        problems(ObservationCsvReader.create(), "area,PCI_TRANSPARENCY\n51,6.29\n"));
  }

  @Test
  void everyBadCellIsReportedOnceAtItsLineAndColumn() {
    String wide = "area,period,universe,PCI_TRANSPARENCY,PCI_RANK\n"
        + "51,2020,61,6.x9,70\n" // two bad cells: a value and a rank above the universe
        + "5 1,20x0,,5.5,3\n" // a bad area and a bad period, each reported once for the two columns
        + "48,2020,63,7.01,12\n";
    List<String> problems = problems(ObservationCsvReader.create(), wide);
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("line 2, column 'PCI_TRANSPARENCY': value '6.x9'"), problems.toString());
    assertTrue(problems.get(1).startsWith("line 2, column 'PCI_RANK': "), problems.toString());
    assertTrue(problems.get(1).contains("70"), problems.toString());
    assertTrue(problems.get(2).startsWith("line 3, column 'area': "), problems.toString());
    assertTrue(problems.get(3).startsWith("line 3, column 'period': "), problems.toString());
  }

  @Test
  void aHeaderWithNeitherFormIsRefusedNamingBoth() {
    List<String> problems = problems(ObservationCsvReader.create(), "province,PCI\n51,6.29\n");
    assertEquals(List.of("line 1, column 'province': the header [province, PCI] has neither an 'indicator'"
        + " column (the long form: indicator,area,period,value, one row per observation) nor an 'area' column (the"
        + " wide form: area,period,CODE,…, one row per area and a column per indicator code)"), problems);
  }

  @Test
  void aWideHeaderNamesEachBadColumn() {
    List<String> problems =
        problems(ObservationCsvReader.create(), "area,period,universe,value,PCI,PCI\n51,2020,,1,2,3\n");
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("line 1, column 'value': column 'value' of the wide form is neither"),
        problems.toString());
    assertEquals("line 1, column 'PCI': column 'PCI' appears twice in the header", problems.get(1));
    assertEquals("line 1, column 'universe': column 'universe' applies to the rank columns of its row (codes"
        + " ending in _RANK), and the header has none", problems.get(2));
    // unknown columns may be ignored, as in the long form
    ObservationCsvReader lenient =
        ObservationCsvReader.create(ReadOptions.defaults().ignoringUnknownFields(), CsvDialect.STANDARD);
    assertEquals(1, assertDoesNotThrowRead(lenient, "area,period,comment,PCI\n51,2020,ok,63.1\n").size());
  }

  private static ObservationSet assertDoesNotThrowRead(ObservationCsvReader reader, String text) {
    try {
      return read(reader, text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSemicolonDialectReadsWideTablesToo() throws Exception {
    ObservationSet set = read(ObservationCsvReader.create(ReadOptions.defaults(), CsvDialect.SEMICOLON_DECIMAL_COMMA),
        "area;period;PCI_TRANSPARENCY\n51;2020;6,29\n");
    assertEquals(6.29, set.observations().get(0).value().getAsDouble());
  }

  @Test
  void aCheckCountsEachCellAsARecord() throws Exception {
    List<Problem> found = new ArrayList<>();
    ReadSummary summary = ObservationCsvReader.create().check(
        utf8("area,period,PCI,PAPI\n51,2020,63.1,\n48,2020,x,40\n48,2020,,41\n"), "wide.csv", found::add);
    // 51: one cell; 48: two cells, one bad; 48 again: one cell whose key repeats
    assertEquals(4, summary.recordsRead());
    assertEquals(2, summary.accepted());
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).toString().startsWith("line 3, column 'PCI': value 'x'"), found.toString());
    assertTrue(found.get(1).toString().startsWith("line 4: conflicts with the observation on line 3"), found.toString());
  }

  @Test
  void sixtyThreeProvincesScoreTheSameFromTheWideAndTheLongForm() throws Exception {
    ObservationSet wide = read(ObservationCsvReader.create().withPeriod(CalendarYear.of(2020)), PciTables.wide(null));
    ObservationSet wideWithPeriod = read(ObservationCsvReader.create(), PciTables.wide("2020"));
    ObservationSet longForm = read(ObservationCsvReader.create(), PciTables.longForm("2020"));
    assertEquals(630, longForm.size());
    assertEquals(new HashSet<>(longForm.observations()), new HashSet<>(wide.observations()));
    assertEquals(new HashSet<>(longForm.observations()), new HashSet<>(wideWithPeriod.observations()));
    CompositeIndex pci = ReformIndicatorsIo.create().bundledMethodology("pci");
    CompositeResult fromWide = CompositeCalculator.evaluate(pci, matrix(wide));
    CompositeResult fromLong = CompositeCalculator.evaluate(pci, matrix(longForm));
    assertEquals(63, fromWide.units().size());
    for (UnitCode unit : fromLong.units()) {
      assertEquals(fromLong.total(unit), fromWide.total(unit), unit.value());
      assertEquals(fromLong.ranking().rank(unit), fromWide.ranking().rank(unit), unit.value());
    }
    // the first province (01, Hà Nội): PCI = 10 × Σ weight × sub-index (pci.yaml, VCCI PCI 2016 handbook)
    double[] weights = {0.05, 0.05, 0.20, 0.05, 0.10, 0.05, 0.05, 0.20, 0.20, 0.05};
    BigDecimal sum = BigDecimal.ZERO;
    for (int s = 0; s < 10; s++) {
      sum = sum.add(new BigDecimal(PciTables.value(0, s)).multiply(BigDecimal.valueOf(weights[s])));
    }
    assertEquals(sum.multiply(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP),
        fromWide.total(UnitCode.of("01")).orElseThrow());
  }

  private static DataMatrix matrix(ObservationSet set) {
    DataMatrix.Builder builder = DataMatrix.builder(PciTables.SUB_INDICES.stream().map(ComponentCode::of).toList());
    for (var unit : PciTables.provinces()) {
      BigDecimal[] row = new BigDecimal[PciTables.SUB_INDICES.size()];
      for (int s = 0; s < row.length; s++) {
        row[s] = BigDecimal.valueOf(set.find(IndicatorCode.of(PciTables.SUB_INDICES.get(s)), unit.code(),
            CalendarYear.of(2020)).orElseThrow().value().getAsDouble());
      }
      builder.row(unit.code(), row);
    }
    return builder.build();
  }
}
