package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.Generators;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadResult;

class ObservationCsvReaderTest {

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Problem> problems(String text) {
    return problems(ObservationCsvReader.create(), utf8(text));
  }

  static List<Problem> problems(ObservationCsvReader reader, InputStream in) {
    return assertThrows(ReadException.class, () -> reader.read(in, "obs.csv")).problems();
  }

  @Test
  void readsTheContractExampleWithBomAndCrlf() throws IOException {
    String text = "\uFEFFindicator,area,period,value,universe,status\r\nPCI_TRANSPARENCY,51,2020,6.29,,A\r\nPCI_RANK,51,2020,36,63,A\r\n";
    ObservationSet set = ObservationCsvReader.create().read(utf8(text), "example.csv");
    assertEquals(
        List.of(
            Observation.rank(IndicatorCode.of("PCI_RANK"), "51", CalendarYear.of(2020), 36, 63),
            Observation.of(IndicatorCode.of("PCI_TRANSPARENCY"), "51", CalendarYear.of(2020), 6.29)),
        set.observations());
  }

  @Test
  void columnsMayComeInAnyOrderAndTextIsNormalisedToNfc() throws IOException {
    String decomposed = "Qua\u0309ng Nga\u0303i"; // combining hook above and tilde
    String text = "note,value,period,area,indicator,status\n" + decomposed + ",,2021,51,T4_DONE,M\n";
    Observation read = ObservationCsvReader.create().read(utf8(text), "x.csv").observations().get(0);
    assertEquals("Quảng Ngãi", read.note().orElseThrow());
    assertEquals(ObservationStatus.MISSING_CANNOT_EXIST, read.status());
    assertTrue(read.value().isEmpty());
  }

  @Test
  void spreadsheetDialectIsReadOnlyWhenChosen() throws IOException {
    String text = "indicator;area;period;value;breakdown\nPCI;51;2020;\"6,29\";\nX;01;2020;-12,5;\"LEVEL=COMMUNE;SECTOR=LAND\"\n";
    ObservationSet set =
        ObservationCsvReader.create(ReadOptions.defaults(), CsvDialect.SEMICOLON_DECIMAL_COMMA).read(utf8(text), "vi.csv");
    assertEquals(6.29, set.find(IndicatorCode.of("PCI"), "51", CalendarYear.of(2020)).orElseThrow().value().getAsDouble());
    Observation x = set.filter(o -> o.indicator().equals(IndicatorCode.of("X"))).observations().get(0);
    assertEquals(-12.5, x.value().getAsDouble());
    assertEquals(java.util.Map.of("LEVEL", "COMMUNE", "SECTOR", "LAND"), x.breakdown());
    List<Problem> problems = problems(text);
    assertEquals(1, problems.size());
    assertEquals(
        "line 1, column 'indicator;area;period;value;breakdown': the header is a single column holding ';': the"
            + " file is delimited by ';', not ','; a spreadsheet export with ';' and a decimal comma needs the"
            + " SEMICOLON_DECIMAL_COMMA dialect",
        problems.get(0).toString());
  }

  @Test
  void writeThenReadGivesTheSameObservations() {
    qt().withExamples(200)
        .forAll(lists().of(Generators.csvObservations()).ofSizeBetween(0, 20))
        .checkAssert(
            list -> {
              ObservationSet set = ObservationSet.builder().addAll(dedupe(list)).build();
              for (CsvDialect dialect : CsvDialect.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                  try (ObservationCsvWriter writer = ObservationCsvWriter.create(out, dialect)) {
                    for (Observation o : set.observations()) {
                      writer.write(o);
                    }
                  }
                  ObservationSet back =
                      ObservationCsvReader.create(ReadOptions.defaults(), dialect)
                          .read(new ByteArrayInputStream(out.toByteArray()), "rt.csv");
                  assertEquals(set, back, out.toString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
  }

  private static List<Observation> dedupe(List<Observation> list) {
    java.util.Map<Object, Observation> byKey = new java.util.LinkedHashMap<>();
    list.forEach(o -> byKey.putIfAbsent(o.key(), o));
    return new ArrayList<>(byKey.values());
  }

  @Test
  void lenientModeReturnsValidRowsAndEveryRejectedRow() throws IOException {
    String text = "indicator,area,period,value\nPCI,51,2020,6.29\nPCI,51,2021,abc\nPCI,51,2022,7\nPCI,51,2020,6.3\n";
    ReadResult<Observation> result = ObservationCsvReader.create().readLenient(utf8(text), "l.csv");
    assertEquals(2, result.records().size());
    assertEquals(2, result.rejectedRecords());
    assertEquals(
        List.of(
            "line 3, column 'value': value 'abc' is not a plain decimal number such as 6.29 or -12",
            "line 5: conflicts with the observation on line 2 for PCI, unit 51, period 2020 (6.29 there, 6.3 here)"),
        result.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void strictStreamingStopsDeliveringAtTheFirstProblemButReportsAll() {
    String text = "indicator,area,period,value\nPCI,51,2020,1\nPCI,51,2021,x\nPCI,51,2022,2\nPCI,51,20x,3\n";
    List<Observation> delivered = new ArrayList<>();
    List<Problem> seen = new ArrayList<>();
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> ObservationCsvReader.create().read(utf8(text), "s.csv", delivered::add, seen::add));
    assertEquals(1, delivered.size());
    assertEquals(2, e.problems().size());
    assertEquals(seen, e.problems());
  }

  @Test
  void aFileInTcvn3IsRejectedWithTheLineOfTheFirstBadByte() {
    // "Quảng" in TCVN3 is Qu 0xB6 ng: 0xB6 is a lone continuation byte in UTF-8
    byte[] head = "indicator,area,period,value,note\nPCI,51,2020,1,ok\nPCI,51,2021,2,Qu".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "ng\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xB6;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    List<Problem> problems = problems(ObservationCsvReader.create(), new ByteArrayInputStream(bytes));
    assertEquals(1, problems.size());
    assertEquals(
        "line 3: the file is not valid UTF-8 (byte 0xB6 on line 3, byte offset 66); it is probably in a legacy"
            + " Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258): convert it to UTF-8 (Unicode) and read it again",
        problems.get(0).toString());
  }

  @Test
  void unknownColumnsAreIgnoredOnlyWhenAsked() throws IOException {
    String text = "indicator,area,period,value,source_sheet\nPCI,51,2020,6.29,Sheet1\n";
    List<Problem> problems = problems(text);
    assertEquals("line 1, column 'source_sheet'", problems.get(0).location().describe());
    ObservationSet set =
        ObservationCsvReader.create(ReadOptions.defaults().ignoringUnknownFields(), CsvDialect.STANDARD)
            .read(utf8(text), "extra.csv");
    assertEquals(List.of(Observation.of(IndicatorCode.of("PCI"), "51", CalendarYear.of(2020), 6.29)), set.observations());
  }

  @Test
  void lenientStreamingDeliversEveryValidRowAndReportsEveryBadOne() throws IOException {
    String text = "indicator,area,period,value\nPCI,51,2020,1\nPCI,51,2021,x\nPCI,51,2022,2\nPCI,51,20x,3\n";
    List<Observation> delivered = new ArrayList<>();
    List<Problem> seen = new ArrayList<>();
    long count =
        ObservationCsvReader.create(ReadOptions.defaults().lenient(), CsvDialect.STANDARD)
            .read(utf8(text), "s.csv", delivered::add, seen::add);
    assertEquals(2, count);
    assertEquals(2, delivered.size());
    assertEquals(List.of("line 3, column 'value'", "line 5, column 'period'"), seen.stream().map(p -> p.location().describe()).toList());
  }

  @Test
  void problemsBeyondTheLimitAreCountedNotKept() {
    StringBuilder text = new StringBuilder("indicator,area,period,value\n");
    for (int i = 0; i < 250; i++) {
      text.append("PCI,51,2020,bad").append(i).append('\n');
    }
    ReadException e = assertThrows(ReadException.class, () -> ObservationCsvReader.create().read(utf8(text.toString()), "many.csv"));
    assertEquals(ReadOptions.DEFAULT_MAX_PROBLEMS, e.problems().size());
    assertEquals(250, e.totalProblems());
    assertTrue(e.getMessage().startsWith("many.csv: 250 problems"), e.getMessage());
    assertTrue(e.getMessage().endsWith("… and 240 more"), e.getMessage());
  }

  @Test
  void aFileWithoutAFinalLineEndIsRead() throws IOException {
    // Issue 12: every such file crashed with "Current state = FLUSHED, new state = CODING_END".
    ObservationSet set = ObservationCsvReader.create().read(utf8("indicator,area,period,value\nPCI_RANK,51,2020,36"), "a.csv");
    assertEquals(List.of(Observation.of(IndicatorCode.of("PCI_RANK"), "51", CalendarYear.of(2020), 36)), set.observations());
  }

  @Test
  void aLastLineEndingInABareCarriageReturnIsALocatedProblem() {
    List<Problem> problems = problems("indicator,area,period,value\nPCI_RANK,51,2020,36\r");
    assertEquals(
        List.of("line 2: a carriage return (CR) must be followed by a line feed (LF) outside quotes"),
        problems.stream().map(Problem::toString).toList());
  }
}
