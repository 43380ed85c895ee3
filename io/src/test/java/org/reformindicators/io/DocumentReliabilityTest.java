package org.reformindicators.io;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;

/**
 * Regression tests of issue 12 for JSON and YAML documents: each finding of the review as the user met it,
 * through {@link ReformIndicatorsIo}: a refusal located at the offending value and worded plainly, never a
 * silent acceptance, another exception type or a follow-on problem.
 */
class DocumentReliabilityTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  /** Text a message of the readers never contains (the deny list of the fuzz tests). */
  static final Pattern DENIED =
      Pattern.compile(
          "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|Exception|Creator|CoercionConfig"
              + "|StreamReadConstraints|snakeyaml|Event\\(|`");

  /** A methodology whose lines are known: the children's weights are on lines 13 and 15, the scale on 10. */
  private static String methodology(String scale, String weightA, String weightB) {
    return "formatVersion: 1\nkind: methodology\nid: demo\nname: {vi: D, en: D}\npublisher: P\nsource: S\n"
        + "years: {from: 2020}\nmissingData: {policy: fail}\nranking: {method: competition}\n"
        + "root: {code: T, aggregation: {method: weighted-arithmetic, scale: " + scale + "}, children: [\n"
        + "  {code: A,\n"
        + "   maxPoints: 10,\n"
        + "   weight: " + weightA + "},\n"
        + "  {code: B,\n"
        + "   weight: " + weightB + "}]}\n";
  }

  private static List<Problem> problems(String text, DocumentFormat format, Class<?> type) {
    ReadException e = assertThrows(ReadException.class, () -> IO.readString(text, format, type));
    for (Problem problem : e.problems()) {
      assertFalse(DENIED.matcher(problem.message()).find(), problem.toString());
    }
    return e.problems();
  }

  private static Problem onlyProblem(String text, DocumentFormat format, Class<?> type) {
    List<Problem> problems = problems(text, format, type);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  // ---- 1. huge numbers in a methodology

  @Test
  void aScaleBeyondTheRangeOfADoubleIsRefusedAtItsPlace() {
    Problem problem = onlyProblem(methodology("1.0e+309", "0.5", "0.5"), DocumentFormat.YAML, CompositeIndex.class);
    assertEquals(
        "/root/aggregation/scale (line 10, column 67): 1.0e+309 is too large: a number must lie within"
            + " ±1.7976931348623157E308 (a 64-bit floating-point number)",
        problem.toString());
    assertEquals("1.0e+309", problem.value());
  }

  @Test
  void aWeightWithAHugeExponentIsRefusedAtItsPlace() {
    Problem problem =
        onlyProblem(methodology("10", "1.0e+999999999", "0.5"), DocumentFormat.YAML, CompositeIndex.class);
    assertEquals(
        "/root/children/0/weight (line 13, column 12): 1.0e+999999999 is too large: a number must lie within"
            + " ±1.7976931348623157E308 (a 64-bit floating-point number)",
        problem.toString());
  }

  @Test
  void weightsAndScalesBeyondTheDocumentedBoundsAreRefused() {
    assertEquals(
        "/root/children/0 (line 11, column 3): A: weight must be positive and at most 1000000, was 2000000",
        onlyProblem(methodology("10", "2000000", "0.5"), DocumentFormat.YAML, CompositeIndex.class).toString());
    assertEquals(
        "/root/aggregation (line 10, column 7): scale must be positive and at most 1000000, was 1.0E+300",
        onlyProblem(methodology("1.0e+300", "0.5", "0.5"), DocumentFormat.YAML, CompositeIndex.class).toString());
    assertEquals(
        "/root/children/1 (line 14, column 3): B: weight must have at most 20 digits after the decimal point,"
            + " was 0.0000000000000000000000001",
        onlyProblem(methodology("10", "0.5", "1e-25"), DocumentFormat.YAML, CompositeIndex.class).toString());
  }

  @Test
  void aMethodologyAtTheBoundsIsScoredExactly() throws ReadException {
    CompositeIndex index = IO.readString(methodology("1000000", "1000000", "0.00000000000000000001"),
        DocumentFormat.YAML, CompositeIndex.class);
    DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("51"), 10, 0).build();
    // s·Σwx/Σw = 1e6 × (1e6 × 10 + 1e-20 × 0) / (1e6 + 1e-20) = 1e7 / (1 + 1e-26) = 1e7 − 1e-19 + …,
    // divided in decimal128 (34 significant digits)
    BigDecimal total = CompositeCalculator.evaluate(index, data).exactScore(UnitCode.of("51"), ComponentCode.of("T")).orElseThrow();
    assertEquals(0, total.compareTo(new BigDecimal("9999999.9999999999999999999")), total.toPlainString());
  }

  // ---- 2. YAML number forms that YAML readers disagree on

  /** A plan with one threshold target whose value is on line 14, column 58. */
  private static String plan(String value) {
    return "formatVersion: 1\nkind: plan\nid: p\ntitle: {vi: K, en: P}\n"
        + "legalReference: {number: 1/QĐ, date: 2021-12-22, issuer: {vi: U, en: C}}\n"
        + "unitCode: \"51\"\nphase: 2021/2025\nrankUniverseRule: RELATIVE_POSITION\nindicators:\n"
        + "  - {code: SHARE, nameVi: T, nameEn: S, measure: {type: percentage}, direction: HIGHER_IS_BETTER,"
        + " decimals: 2, publisher: P}\n"
        + "targets:\n"
        + "  - clauseId: T5\n"
        + "    indicatorCode: SHARE\n"
        + "    kind: {type: threshold, comparison: AT_LEAST, value: " + value + "}\n"
        + "    deadline: \"2025\"\n    sourceText: s\n    englishRendering: e\n";
  }

  @ParameterizedTest(name = "value: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "010  | write 10, not 010: YAML readers disagree (YAML 1.1 reads 010 as the octal number 8, YAML 1.2 as 10)",
        "0100 | write 100, not 0100: YAML readers disagree (YAML 1.1 reads 0100 as the octal number 64, YAML 1.2 as"
            + " 100)",
        "080  | write 80, not 080: YAML readers disagree on numbers with a leading zero",
        "1_000 | write 1000, not 1_000: YAML readers disagree (YAML 1.1 reads digits grouped with '_' as one number,"
            + " YAML 1.2 as text)",
        "0x1F | write 31, not 0x1F: YAML readers disagree (YAML 1.1 and YAML 1.2 read hexadecimal, octal and binary"
            + " prefixes differently)",
        "0o17 | write 15, not 0o17: YAML readers disagree (YAML 1.1 and YAML 1.2 read hexadecimal, octal and binary"
            + " prefixes differently)",
        "0b101 | write 5, not 0b101: YAML readers disagree (YAML 1.1 and YAML 1.2 read hexadecimal, octal and"
            + " binary prefixes differently)",
        "1:30 | write 90, not 1:30: YAML readers disagree (YAML 1.1 reads 1:30 as the base-60 number 90, YAML 1.2 as"
            + " text)",
      })
  void numberFormsYamlReadersDisagreeOnAreRefusedInANumberField(String value, String message) {
    Problem problem = onlyProblem(plan(value), DocumentFormat.YAML, Plan.class);
    assertEquals("/targets/0/kind/value (line 14, column 58): " + message, problem.toString());
    assertEquals(value, problem.value());
  }

  @Test
  void theSamePlanWithPlainDecimalsIsRead() throws ReadException {
    Plan read = IO.readString(plan("10"), DocumentFormat.YAML, Plan.class);
    assertEquals(10.0, ((Threshold) read.targets().get(0).kind()).value());
  }

  @Test
  void textFieldsKeepTheTextOfScalarsThatLookLikeNumbers() throws ReadException {
    String yaml = "formatVersion: 1\nkind: observations\nobservations:\n"
        + "  - {indicator: PCI, area: 01, period: 2020, value: 1, note: 1:30}\n"
        + "  - {indicator: PCI, area: 0100, period: 2020, value: 2, note: 0x1F}\n"
        + "  - {indicator: PCI, area: 010, period: 2020, value: 3, note: yes}\n";
    ObservationSet set = IO.readString(yaml, DocumentFormat.YAML, ObservationSet.class);
    assertEquals(
        java.util.Set.of("01 1:30", "0100 0x1F", "010 yes"),
        set.observations().stream().map(o -> o.unit() + " " + o.note().orElseThrow()).collect(
            java.util.stream.Collectors.toSet()));
  }

  @Test
  void textThatLooksLikeADisputedNumberRoundTripsThroughYaml() throws ReadException {
    for (String note : List.of("010", "1_000", "0x1F", "1:30", ".nan", "yes", "~", "null", "1.0e-400")) {
      ObservationSet set = ObservationSet.of(List.of(org.reformindicators.core.observation.Observation.builder()
          .indicator(org.reformindicators.core.indicator.IndicatorCode.parse("PCI")).unit(UnitCode.of("01"))
          .period(org.reformindicators.core.period.ReportingPeriod.parse("2020")).value(1).note(note).build()));
      String yaml = IO.writeString(set, DocumentFormat.YAML);
      assertEquals(set, IO.readString(yaml, DocumentFormat.YAML, ObservationSet.class), yaml);
    }
  }

  @Test
  void yamlBooleanWordsAreRefusedInABooleanField() {
    String yaml = methodology("10", "0.5", "0.5")
        .replace("  {code: B,\n", "  {code: B, normalisation: {kind: distance-to-target, target: 1, capAtTarget: yes},\n");
    assertEquals(
        "/root/children/1/normalisation/capAtTarget (line 14, column 79): write true, not yes: YAML readers"
            + " disagree (YAML 1.1 reads yes as true, YAML 1.2 as text)",
        onlyProblem(yaml, DocumentFormat.YAML, CompositeIndex.class).toString());
  }

  // ---- 3. numbers that overflow to infinity or underflow to zero

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of("1.0e-400", "1.0e-400 is too small: it is not zero but rounds to 0 as a 64-bit floating-point"
            + " number (the smallest is 4.9E-324); write 0 if zero is meant"),
        Arguments.of("-2.5e-330", "-2.5e-330 is too small: it is not zero but rounds to 0 as a 64-bit"
            + " floating-point number (the smallest is 4.9E-324); write 0 if zero is meant"),
        Arguments.of("1.0e+400", "1.0e+400 is too large: a number must lie within ±1.7976931348623157E308 (a"
            + " 64-bit floating-point number)"),
        Arguments.of("-1e400", "-1e400 is too large: a number must lie within ±1.7976931348623157E308 (a 64-bit"
            + " floating-point number)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfRange")
  void numbersThatOverflowOrUnderflowAreRefusedInJsonAndYaml(String number, String message) {
    String json = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": [\n"
        + "  {\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2020\", \"value\": " + number + "}]}";
    assertEquals("/observations/0/value (line 2, column 65): " + message,
        onlyProblem(json, DocumentFormat.JSON, ObservationSet.class).toString());
    String yaml = "formatVersion: 1\nkind: observations\nobservations:\n"
        + "  - {indicator: PCI, area: \"51\", period: 2020, value: " + number + "}\n";
    assertEquals("/observations/0/value (line 4, column 55): " + message,
        onlyProblem(yaml, DocumentFormat.YAML, ObservationSet.class).toString());
  }

  @Test
  void theSmallestAndLargestNumbersAreRead() throws ReadException {
    String json = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": ["
        + "{\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2020\", \"value\": 4.9E-324},"
        + "{\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2022\", \"value\": 1.7976931348623157E308}]}";
    List<Double> values = IO.readString(json, DocumentFormat.JSON, ObservationSet.class).observations().stream()
        .map(o -> o.value().orElseThrow()).toList();
    assertEquals(List.of(Double.MIN_VALUE, Double.MAX_VALUE), values);
  }

  // ---- 4. the string limit holds for YAML as for JSON

  @Test
  void aYamlStringLongerThanTheLimitIsRefusedAsInJson() {
    String note = "x".repeat(1_048_576);
    String yaml = "formatVersion: 1\nkind: observations\nobservations:\n"
        + "  - {indicator: PCI, area: \"51\", period: 2020, value: 1, note: " + note + "}\n";
    assertEquals(
        "/observations/0/note (line 4, column 64): a text value is 1,048,576 characters long; at most 1,000,000"
            + " characters are allowed",
        onlyProblem(yaml, DocumentFormat.YAML, ObservationSet.class).toString());
    String json = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": [{\"indicator\": \"PCI\","
        + " \"area\": \"51\", \"period\": \"2020\", \"value\": 1, \"note\": \"" + note + "\"}]}";
    // JSON stops at the first characters beyond the limit, so it counts fewer
    assertTrue(
        onlyProblem(json, DocumentFormat.JSON, ObservationSet.class).message().matches(
            "a text value is 1,0[0-9]{2},[0-9]{3} characters long; at most 1,000,000 characters are allowed"));
  }

  @Test
  void aYamlStringAtTheLimitIsRead() throws ReadException {
    String note = "x".repeat(1_000_000);
    String yaml = "formatVersion: 1\nkind: observations\nobservations:\n"
        + "  - {indicator: PCI, area: \"51\", period: 2020, value: 1, note: " + note + "}\n";
    assertEquals(
        1_000_000,
        IO.readString(yaml, DocumentFormat.YAML, ObservationSet.class).observations().get(0).note().orElseThrow()
            .length());
  }

  // ---- 5. null is never a value

  @Test
  void aNullWeightIsRefusedInsteadOfBecomingTheDefault() {
    assertEquals(
        "/root/children/0/weight (line 13, column 12): 'weight' is null: null is not a value here, give 'weight'"
            + " a value or leave it out",
        onlyProblem(methodology("10", "~", "0.5"), DocumentFormat.YAML, CompositeIndex.class).toString());
  }

  @Test
  void nullIsRefusedForRequiredPropertiesListsAndListEntries() {
    assertEquals(
        "/targets/0/kind (line 14, column 11): 'kind' is null: null is not a value here, give 'kind' a value or"
            + " leave it out",
        onlyProblem(plan("10").replace("kind: {type: threshold, comparison: AT_LEAST, value: 10}", "kind: null"),
            DocumentFormat.YAML, Plan.class).toString());
    assertEquals(
        "/indicators (line 9, column 13): 'indicators' is null: null is not a value here, give 'indicators' a"
            + " value or leave it out",
        onlyProblem(plan("10").replaceFirst("indicators:\n  - \\{[^\n]*\n", "indicators: ~\n"),
            DocumentFormat.YAML, Plan.class).toString());
    String json = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": [\n"
        + "  {\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2020\", \"value\": 1},\n  null]}";
    assertEquals(
        "/observations/1 (line 3, column 3): a list entry is null: null is not a value here, leave the entry out",
        onlyProblem(json, DocumentFormat.JSON, ObservationSet.class).toString());
  }

  @Test
  void aWeightLeftOutStillTakesItsDefault() throws ReadException {
    CompositeIndex index = IO.readString(
        methodology("10", "0.5", "0.5").replace("   weight: 0.5}]}", "   maxPoints: 10}]}"),
        DocumentFormat.YAML, CompositeIndex.class);
    assertEquals(BigDecimal.ONE, index.root().children().get(1).effectiveWeight());
  }

  // ---- 7. unpaired surrogates

  @Test
  void aLoneSurrogateInJsonTextIsRefusedWithItsPlace() {
    String json = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": [\n"
        + "  {\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2020\", \"value\": 1, \"note\": \"a\\ud800b\"}]}";
    Problem problem = onlyProblem(json, DocumentFormat.JSON, ObservationSet.class);
    assertEquals(
        "/observations/0/note (line 2, column 76): the text holds an unpaired surrogate \\ud800 at character 2: it"
            + " is not a character, and no Unicode text contains it alone; remove it or write the whole character",
        problem.toString());
  }

  @Test
  void aPairedSurrogateIsOneCharacterAndIsRead() throws ReadException {
    String json = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": ["
        + "{\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2020\", \"value\": 1, \"note\": \"\\ud83d\\ude00\"}]}";
    assertEquals("\ud83d\ude00",
        IO.readString(json, DocumentFormat.JSON, ObservationSet.class).observations().get(0).note().orElseThrow());
  }

  // ---- 8. messages that leaked internals or pointed at the wrong place

  private static String quangNgaiPlan() {
    try (InputStream in = DocumentReliabilityTest.class.getResourceAsStream("/plans/quang-ngai-1256.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDuplicatedKeyInATargetIsTheOnlyProblem() {
    String yaml = quangNgaiPlan().replaceFirst("(\n( *)value: ([0-9.]+))", "$1\n$2value: $3");
    assertEquals(
        "/targets/6/kind/value (line 475, column 7): the key 'value' appears twice in the same mapping",
        onlyProblem(yaml, DocumentFormat.YAML, Plan.class).toString());
  }

  @Test
  void aLeadingZeroValueInTheQuangNgaiPlanIsReportedPlainly() {
    String yaml = quangNgaiPlan().replaceFirst("(\n( *)value: )([0-9.]+)", "$1080");
    assertEquals(
        "/targets/6/kind/value (line 474, column 14): write 80, not 080: YAML readers disagree on numbers with a"
            + " leading zero",
        onlyProblem(yaml, DocumentFormat.YAML, Plan.class).toString());
  }

  @Test
  void aTopLevelNumberIsNotAPlan() {
    assertEquals("/ (line 1, column 1): expected a mapping with the properties of a plan, found the number 42",
        onlyProblem("42\n", DocumentFormat.YAML, Plan.class).toString());
    assertEquals("/ (line 1, column 1): expected an object with the properties of a plan, found a list",
        onlyProblem("[1, 2]", DocumentFormat.JSON, Plan.class).toString());
  }

  @Test
  void nestingTooDeepIsReportedWithItsLine() {
    String json = "{\"formatVersion\": 1,\n\"x\": " + "[".repeat(70);
    Problem problem = onlyProblem(json, DocumentFormat.JSON, Plan.class);
    assertEquals(2, ((org.reformindicators.io.problem.ProblemLocation.Document) problem.location()).line());
    assertEquals("lists and mappings are nested 65 deep here; at most 64 levels are allowed", problem.message());
  }

  @Test
  void aNaNWeightIsTheOnlyProblem() {
    String json = "{\"formatVersion\": 1, \"kind\": \"methodology\", \"id\": \"x\", \"name\": {\"vi\": \"a\", \"en\":"
        + " \"b\"}, \"publisher\": \"p\", \"source\": \"s\", \"years\": {\"from\": 2020}, \"missingData\":"
        + " {\"policy\": \"fail\"}, \"ranking\": {\"method\": \"competition\"},\n\"root\": {\"code\": \"X\","
        + " \"aggregation\": {\"method\": \"sum\"}, \"children\": [\n{\"code\": \"A\", \"weight\": NaN, \"maxPoints\":"
        + " 10}]}}";
    assertEquals(
        "/root/children/0/weight (line 3, column 28): NaN is not a JSON number: write a finite decimal number",
        onlyProblem(json, DocumentFormat.JSON, CompositeIndex.class).toString());
  }

  @Test
  void anUnknownTopLevelKeyIsReportedAtItsOwnLine() {
    String yaml = methodology("10", "0.5", "0.5") + "extra: 1\n";
    assertEquals(
        "/extra (line 16, column 1): unknown property 'extra'; known properties are [formatVersion, id, kind,"
            + " missingData, name, publisher, ranking, root, source, unverified, years]",
        onlyProblem(yaml, DocumentFormat.YAML, CompositeIndex.class).toString());
  }

  // ---- 8, in general: every reader reads or fails with located, plain problems

  static Stream<Arguments> badDocuments() {
    List<Class<?>> readers = List.of(
        Plan.class, org.reformindicators.core.indicator.IndicatorCatalogue.class,
        org.reformindicators.core.area.UnitRegistry.class, CompositeIndex.class, ObservationSet.class,
        org.reformindicators.core.evaluation.PlanAssessment.class,
        org.reformindicators.io.composite.CompositeResultDocument.class);
    List<String[]> inputs = List.of(
        new String[] {"json", ""},
        new String[] {"json", "null"},
        new String[] {"json", "{\"formatVersion\": 1,"},
        new String[] {"json", "{\"formatVersion\": 1, \"kind\": x}"},
        new String[] {"json", "{\"formatVersion\": NaN}"},
        new String[] {"json", "{\"formatVersion\": 1, \"formatVersion\": 1}"},
        new String[] {"json", "{\"formatVersion\": \"1\"}"},
        new String[] {"json", "{\"formatVersion\": 1.5}"},
        new String[] {"json", "{\"formatVersion\": 99999999999}"},
        new String[] {"json", "{\"formatVersion\": 1} {}"},
        new String[] {"json", "[{\"a\": 1}]"},
        new String[] {"json", "{\"a\": " + "[".repeat(80) + "]"},
        new String[] {"json", "{\"a\": \"\\q\"}"},
        new String[] {"json", "{\"a\": 010}"},
        new String[] {"json", "{// comment\n}"},
        new String[] {"json", "{\"a\": \"\u0001\"}"},
        new String[] {"yaml", ""},
        new String[] {"yaml", "~"},
        new String[] {"yaml", "a: [unclosed\n"},
        new String[] {"yaml", "a: 1\n  b: 2\n"},
        new String[] {"yaml", "a:\n\t- 1\n"},
        new String[] {"yaml", "? [a]\n: 1\n"},
        new String[] {"yaml", "a: &x 1\nb: *x\n"},
        new String[] {"yaml", "formatVersion: 010\n"},
        new String[] {"yaml", "formatVersion: yes\n"},
        new String[] {"yaml", "formatVersion: [1]\n"},
        new String[] {"yaml", "- 1\n- 2\n"},
        new String[] {"yaml", "a: b\na: c\n"},
        new String[] {"yaml", "formatVersion: 1\nkind: plan\n" + "x: [".repeat(1) + "[".repeat(70) + "\n"});
    return readers.stream().flatMap(type -> inputs.stream().map(input -> Arguments.of(type.getSimpleName(),
        type, input[0], input[1])));
  }

  @ParameterizedTest(name = "{0} {2}: {3}")
  @MethodSource("badDocuments")
  void everyReaderFailsOnlyWithLocatedPlainProblems(String name, Class<?> type, String format, String text) {
    DocumentFormat documentFormat = format.equals("json") ? DocumentFormat.JSON : DocumentFormat.YAML;
    ReadException e = assertThrows(ReadException.class, () -> IO.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), documentFormat, type, "bad." + format));
    for (Problem problem : e.problems()) {
      assertFalse(DENIED.matcher(problem.message()).find(), problem.toString());
      assertTrue(((org.reformindicators.io.problem.ProblemLocation.Document) problem.location()).line() > 0,
          problem.toString());
    }
  }
  // ---- 9. a character YAML does not allow, reported where it is

  @Test
  void aControlCharacterInYamlIsRefusedAtItsLineAndColumn() {
    // 40 comment lines of 40 characters push the control character past SnakeYAML's read-ahead buffer
    String padding = ("# " + "x".repeat(37) + "\n").repeat(40);
    String text = methodology("100", "0.5", "0.5").replace("publisher: P\n", "publisher: P\n" + padding)
        .replace("source: S", "source: S\u0002x");
    Problem problem = onlyProblem(text, DocumentFormat.YAML, CompositeIndex.class);
    org.reformindicators.io.problem.ProblemLocation.Document at =
        (org.reformindicators.io.problem.ProblemLocation.Document) problem.location();
    assertEquals(List.of(46, 10), List.of(at.line(), at.column()), problem.toString());
    assertEquals(
        "control character U+0002 is not allowed in YAML; remove it or write it escaped in a double-quoted string",
        problem.message());
    assertEquals("U+0002", problem.value());
  }

  @Test
  void aDeleteAtTheStartOfAYamlDocumentIsRefusedAtLineOneColumnOne() {
    Problem problem = onlyProblem("\u007FformatVersion: 1\nkind: plan\n", DocumentFormat.YAML, Plan.class);
    org.reformindicators.io.problem.ProblemLocation.Document at =
        (org.reformindicators.io.problem.ProblemLocation.Document) problem.location();
    assertEquals(List.of(1, 1), List.of(at.line(), at.column()), problem.toString());
    assertTrue(problem.message().startsWith("control character U+007F is not allowed in YAML"), problem.message());
  }

  // ---- 10. a refused number of a plain part does not hide the problems after it

  @Test
  void everyRefusedNumberIsReportedNotOnlyTheFirst() {
    String text = methodology("100", "0.5", "0.5")
        .replace("years: {from: 2020}", "years: {from: 1e-66583}")
        .replace("maxPoints: 10", "maxPoints: 1" + "0".repeat(401));
    List<Problem> problems = problems(text, DocumentFormat.YAML, CompositeIndex.class);
    assertEquals(List.of("/years/from", "/root/children/0/maxPoints"),
        problems.stream().map(p -> ((org.reformindicators.io.problem.ProblemLocation.Document) p.location()).pointer()).toList(),
        problems.toString());
  }

  // ---- 11. a breakdown key core refuses is reported at the key's own line

  @Test
  void aBreakdownKeyOutsideTheCodeSyntaxIsRefusedAtItsLine() {
    String text = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": [\n"
        + "  {\"indicator\": \"PCI_RANK\", \"area\": \"51\", \"period\": \"2020\",\n"
        + "   \"value\": 36, \"universe\": 63, \"status\": \"A\", \"breakdown\": {\n"
        + "     \"LEVEL\": \"COMMUNE\",\n"
        + "     \"level2\": \"X\"}}]}\n";
    Problem problem = onlyProblem(text, DocumentFormat.JSON, ObservationSet.class);
    org.reformindicators.io.problem.ProblemLocation.Document at =
        (org.reformindicators.io.problem.ProblemLocation.Document) problem.location();
    assertEquals("/observations/0/breakdown/level2", at.pointer(), problem.toString());
    assertEquals(5, at.line(), problem.toString());
    assertEquals(
        "breakdown 'level2=X' at position 1: a dimension must be upper-case ASCII letters, digits and underscores"
            + " starting with a letter",
        problem.message());
  }
}
