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
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
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
import org.reformindicators.io.problem.ReadSummary;

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
            Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 36, 63),
            Observation.of(IndicatorCode.of("PCI_TRANSPARENCY"), UnitCode.of("51"), CalendarYear.of(2020), 6.29)),
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
  void openBreakdownCodesWithDotsAndDigitsAreReadAndWrittenBackAsTheyWere() throws IOException {
    // issue 13: agency codes (000.00.12.H48) and procedure codes beside the closed lists
    String text =
        "indicator,area,period,value,breakdown\n"
            + "X,51,2024,12,AGENCY=000.00.12.H48\n"
            + "X,51,2024,7,PROCEDURE=1.001234.000.00.00.H48;AGENCY=000.00.12.H48\n"
            + "X,51,2024,19,\n";
    ObservationSet set = ObservationCsvReader.create().read(utf8(text), "agencies.csv");
    assertEquals(
        List.of("", "AGENCY=000.00.12.H48", "AGENCY=000.00.12.H48;PROCEDURE=1.001234.000.00.00.H48"),
        set.allSeries().stream().map(s -> s.breakdown().toString()).toList());
    assertEquals(
        12.0,
        set.series(IndicatorCode.of("X"), UnitCode.of("51"), BreakdownKey.parse("AGENCY=000.00.12.H48"))
            .observations().get(0).value().getAsDouble());
    List<Problem> bad = problems("indicator,area,period,value,breakdown\nX,51,2024,1,AGENCY=000..12\n");
    assertEquals(1, bad.size());
    assertEquals(
        "breakdown 'AGENCY=000..12' at position 12: a value must be upper-case ASCII letters, digits and"
            + " underscores, in parts joined by single dots (e.g. COMMUNE, 000.00.12.H48)",
        bad.get(0).message());
  }

  @Test
  void spreadsheetDialectIsReadOnlyWhenChosen() throws IOException {
    String text = "indicator;area;period;value;breakdown\nPCI;51;2020;\"6,29\";\nX;01;2020;-12,5;\"LEVEL=COMMUNE;SECTOR=LAND\"\n";
    ObservationSet set =
        ObservationCsvReader.create(ReadOptions.defaults(), CsvDialect.SEMICOLON_DECIMAL_COMMA).read(utf8(text), "vi.csv");
    assertEquals(6.29, set.find(IndicatorCode.of("PCI"), UnitCode.of("51"), CalendarYear.of(2020)).orElseThrow().value().getAsDouble());
    Observation x = set.filter(o -> o.indicator().equals(IndicatorCode.of("X"))).observations().get(0);
    assertEquals(-12.5, x.value().getAsDouble());
    assertEquals(java.util.Map.of("LEVEL", "COMMUNE", "SECTOR", "LAND"), x.breakdown().asMap());
    List<Problem> problems = problems(text);
    assertEquals(1, problems.size());
    assertEquals(
        "line 1, column 'indicator;area;period;value;breakdown': the header is a single column holding ';': the"
            + " file is delimited by ';', not ','; a spreadsheet export with ';' and a decimal comma needs the"
            + " semicolon-decimal-comma dialect (--csv-dialect semicolon-decimal-comma)",
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
    assertEquals(List.of(Observation.of(IndicatorCode.of("PCI"), UnitCode.of("51"), CalendarYear.of(2020), 6.29)), set.observations());
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
    assertEquals(List.of(Observation.of(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 36)), set.observations());
  }

  @Test
  void eachObservationCanBeStreamedWithTheLineItsRecordStartsOn() throws IOException {
    String csv = "indicator,area,period,value,note\r\nPCI,51,2020,63.2,\"two\nlines\"\r\n\r\nPCI_RANK,51,2020,36,\n";
    List<String> seen = new ArrayList<>();
    long delivered = ObservationCsvReader.create().readWithLines(
        utf8(csv), "a.csv", (observation, line) -> seen.add(line + " " + observation.indicator()), problem -> {});
    assertEquals(2, delivered);
    assertEquals(List.of("2 PCI", "5 PCI_RANK"), seen);
  }

  @Test
  void aMalformedHeaderEndsTheReadWithALocatedProblemInEveryMode() {
    // Issue 12, found by ReaderFuzzTest: a syntax error in the header escaped as the tokenizer's own exception.
    for (String csv : List.of("indicator,area,period,value\rPCI_RANK,51,2020,36\r\n", "\"\"\"\n")) {
      ReadException strict = assertThrows(ReadException.class, () -> ObservationCsvReader.create().read(utf8(csv), "h.csv"));
      ReadException lenient = assertThrows(ReadException.class,
          () -> ObservationCsvReader.create(ReadOptions.defaults().lenient(), CsvDialect.STANDARD).readLenient(utf8(csv), "h.csv"));
      for (ReadException e : List.of(strict, lenient)) {
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).toString().startsWith("line 1: the header row cannot be read: "), e.getMessage());
      }
    }
  }

  @Test
  void aLastLineEndingInABareCarriageReturnIsALocatedProblem() {
    List<Problem> problems = problems("indicator,area,period,value\nPCI_RANK,51,2020,36\r");
    assertEquals(
        List.of("line 2: a carriage return (CR) must be followed by a line feed (LF) outside quotes"),
        problems.stream().map(Problem::toString).toList());
  }

  private static List<String> described(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  @Test
  void aRankIsAWholeNumberFromOneToTheUniverseOnItsRowEvenWithoutACatalogue() {
    // Issue 12: validate accepted PCI_RANK,51,2020,64,63 (rank 64 of 63), rank 0 and rank 2.5.
    String text = "indicator,area,period,value,universe\n"
        + "PCI_RANK,51,2020,64,63\n"
        + "PCI_RANK,51,2021,0,63\n"
        + "PCI_RANK,51,2022,2.5,63\n"
        + "PAPI_RANK,51,2020,0,\n"
        + "DTI_RANK,51,2020,7.5,\n"
        + "DVC_SHARE,51,2020,70,63\n"
        + "PCI_RANK,51,2023,63,63\n"
        + "DTI_RANK,51,2021,12,\n";
    assertEquals(
        List.of(
            "line 2, column 'value': rank must be within 1..63 (universe), was 64",
            "line 3, column 'value': rank must be within 1..63 (universe), was 0",
            "line 4, column 'value': rank must be a whole number, was 2.5",
            "line 5, column 'value': rank must be at least 1 (1 = best), was 0",
            "line 6, column 'value': rank must be a whole number, was 7.5",
            "line 7, column 'value': rank must be within 1..63 (universe), was 70"),
        described(problems(text)));
  }

  @Test
  void aUniverseLargerThanTheUnitsOfItsLevelInThePeriodIsRejected() {
    // Issue 12: a rank with universe 999999999 was read as achieved.
    String text = "indicator,area,period,value,universe\n"
        + "PCI_RANK,51,2020,1,999999999\n"
        + "PCI_RANK,51,2025-Q3,1,35\n"
        + "PCI_RANK,51,2025,1,63\n"
        + "PCI_RANK,21025,2024,1,999999999\n";
    assertEquals(
        List.of(
            "line 2, column 'universe': universe must be at most 63, the number of provinces in the unit registry"
                + " during 2020, was 999999999",
            "line 3, column 'universe': universe must be at most 34, the number of provinces in the unit registry"
                + " during 2025-Q3, was 35"),
        described(problems(text)));
    assertEquals("999999999", problems(text).get(0).value());
  }

  @Test
  void numbersHaveAtMostTheHundredCharactersOfTheDocuments() {
    // Issue 12: a 402-digit plain decimal was rejected with a message blaming a decimal comma.
    String longDecimal = "0." + "0".repeat(399) + "1";
    String longInteger = "1" + "0".repeat(100);
    String text = "indicator,area,period,value\n"
        + "PCI,51,2020," + longDecimal + "\n"
        + "PCI,51,2021," + longInteger + "\n"
        + "PCI,51,2022,1.0e-400\n"
        + "PCI,51,2023," + "9".repeat(100) + "\n"
        + "PCI,51,2024," + "4".repeat(402) + "\n";
    assertEquals(
        List.of(
            "line 2, column 'value': value is 402 characters long; a number may have at most 100 characters",
            "line 3, column 'value': value is 101 characters long; a number may have at most 100 characters",
            "line 4, column 'value': value '1.0e-400' is not a plain decimal number such as 6.29 or -12"
                + " (an exponent is not accepted)",
            "line 6, column 'value': value is 402 characters long; a number may have at most 100 characters"),
        described(problems(text)));
  }

  @Test
  void aValidatorChecksEachRowAsItIsReadWithItsLineAndColumn() throws IOException {
    // Issue 12: range errors in evaluate named the file but no line.
    ObservationCsvReader reader =
        ObservationCsvReader.create()
            .validatingWith(
                org.reformindicators.core.observation.ObservationValidator.of(
                        org.reformindicators.core.indicator.PublishedIndicators.catalogue())
                    .ignoringUnknownIndicators());
    String text = "indicator,area,period,value,universe\n"
        + "PAR_INDEX,51,2021,140,\n"
        + "PAPI,51,2021,7.5,\n"
        + "PCI_RANK,51,2020,36,\n"
        + "PCI,51,2020,63.2,63\n"
        + "DTI,51,2020,480,\n"
        + "DTI_RANK,51,2020,64,63\n"
        + "PCI_RANK,51,2021,30,999\n";
    assertEquals(
        List.of(
            "line 2, column 'value': percentage must be within 0..100, was 140",
            "line 3, column 'value': score must be within 8..80, was 7.5",
            "line 4, column 'value': rank needs a universe (the number of units ranked), was 36 of none",
            "line 5, column 'universe': universe is only for ranks, PCI is score 0..100, was 63",
            "line 7, column 'value': rank must be within 1..63 (universe), was 64",
            "line 8, column 'universe': universe must be at most 63, the number of provinces in the unit registry"
                + " during 2021, was 999"),
        described(problems(reader, utf8(text))));
    ObservationSet good = reader.read(utf8("indicator,area,period,value\nDTI,51,2020,480\nPAR_INDEX,51,2021,86.45\n"), "g.csv");
    assertEquals(2, good.size());
  }

  @Test
  void checkCountsEveryRecordAndRejectsRepeatedKeysWithCompactState() throws IOException {
    String text = "indicator,area,period,value,status,note\n"
        + "PCI,51,2020,6.29,A,\n"
        + "PCI,51,2021,abc,A,\n"
        + "PCI,51,2020,6.29,A,again\n"
        + "PCI,51,2020-A1,6.3,A,\n"
        + "\"broken,\"x\n"
        + "PCI,51,2022,,M,\n"
        + "PCI,51,2022,,O,\n"
        + "PCI,51,2023,1,A\n"
        + "PCI,51,2024,7,E,";
    List<Problem> seen = new ArrayList<>();
    ReadSummary summary = ObservationCsvReader.create().check(utf8(text), "c.csv", seen::add);
    assertEquals(
        List.of(
            "line 3, column 'value': value 'abc' is not a plain decimal number such as 6.29 or -12",
            "line 4: repeats the observation on line 2 for PCI, unit 51, period 2020",
            "line 5: conflicts with the observation on line 2 for PCI, unit 51, period 2020 (6.29 there, 6.3 here)",
            "line 6: unexpected character 'x' after a closing quote",
            "line 8: conflicts with the observation on line 7 for PCI, unit 51, period 2022"
                + " (missing (M) there, missing (O) here)",
            "line 9: the record has 5 fields but the header has 6"),
        described(seen));
    assertEquals(new ReadSummary(9, 3, 6, true), summary);
    assertEquals(6, summary.rejected());
  }

  @Test
  void readIntoASetReportsRepeatedKeysInLineOrderAmongTheOtherProblemsAsCheckDoes() throws IOException {
    String text = "indicator,area,period,value,status,note\n"
        + "PCI,51,2022,,M,\n"
        + "PCI,51,2020,6.29,A,\n"
        + "PCI,51,2021,abc,A,\n"
        + "PCI,51,2020,6.29,A,again\n"
        + "PCI,51,2022,,O,\n"
        + "PCI,51,2020-A1,6.3,A,\n"
        + "PCI,48,2020,1,A,\n"
        + "PCI,51,2020,6.3,A,\n";
    List<String> expected =
        List.of(
            "line 4, column 'value': value 'abc' is not a plain decimal number such as 6.29 or -12",
            "line 5: repeats the observation on line 3 for PCI, unit 51, period 2020",
            "line 6: conflicts with the observation on line 2 for PCI, unit 51, period 2022"
                + " (missing (M) there, missing (O) here)",
            "line 7, column 'period': period '2020-A1' is not a period such as 2024, 2024-Q3, 2024-06 or 2024-H1",
            "line 9: conflicts with the observation on line 3 for PCI, unit 51, period 2020 (6.29 there, 6.3 here)");
    ReadException e = assertThrows(ReadException.class, () -> ObservationCsvReader.create().read(utf8(text), "r.csv"));
    List<Problem> seen = new ArrayList<>();
    ObservationCsvReader.create().check(utf8(text), "r.csv", seen::add);
    assertEquals(described(seen), described(e.problems()));
    assertEquals(expected.size(), e.totalProblems());
    assertEquals(expected.subList(0, 2), described(e.problems()).subList(0, 2));
    assertEquals(expected.get(4), described(e.problems()).get(4));
  }

  @Test
  void readIntoASetKeepsTheRepeatsOfTheLowestLinesAndCountsEveryOne() {
    StringBuilder text = new StringBuilder("indicator,area,period,value\n");
    for (int i = 0; i < 30; i++) {
      text.append("PCI,").append(i + 10).append(",2020,1\n");
    }
    for (int i = 29; i >= 0; i--) {
      text.append("PCI,").append(i + 10).append(",2020,1\n");
    }
    text.append("PCI,51,2020,x\n");
    ReadOptions options = ReadOptions.defaults().withMaxProblems(10);
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> ObservationCsvReader.create(options, CsvDialect.STANDARD).read(utf8(text.toString()), "many.csv"));
    assertEquals(31, e.totalProblems());
    List<String> kept = described(e.problems());
    assertEquals(10, kept.size());
    for (int i = 0; i < kept.size(); i++) {
      // line 32 holds unit 39, the last unit of the first run, repeated first
      assertEquals("line " + (32 + i) + ": repeats the observation on line " + (31 - i) + " for PCI, unit " + (39 - i)
          + ", period 2020", kept.get(i));
    }
  }

  @Test
  void checkReportsAFileThatCannotBeReadToItsEndWithoutThrowing() throws IOException {
    List<Problem> seen = new ArrayList<>();
    ReadSummary summary =
        ObservationCsvReader.create().check(utf8("indicator,area,period,value\nPCI,51,2020,1\nPCI,51,\"2021\n"), "q.csv", seen::add);
    assertEquals(new ReadSummary(2, 1, 1, false), summary);
    assertEquals(List.of("line 3: a quoted field opened on line 3 is never closed"), described(seen));
    ReadSummary header = ObservationCsvReader.create().check(utf8("indicator,area\n"), "h.csv", problem -> {});
    assertEquals(new ReadSummary(0, 0, 2, false), header);
  }
}
