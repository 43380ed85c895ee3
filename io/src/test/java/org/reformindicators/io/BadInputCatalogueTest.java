package org.reformindicators.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;

/**
 * A catalogue of bad inputs across the formats: each case names the exact location and message of the first
 * problem reported.
 */
class BadInputCatalogueTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  /** One bad input. */
  record Case(String name, String format, Class<?> type, String input, String location, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String CSV_HEADER = "indicator,area,period,value,universe,status,breakdown,note\n";
  private static final String CATALOGUE_HEAD = "formatVersion: 1\nkind: indicator-catalogue\nindicators:\n";
  private static final String INDICATOR =
      "  - {code: PCI, nameVi: Chỉ số PCI, nameEn: PCI, measure: {type: score, min: 0, max: 100},"
          + " direction: HIGHER_IS_BETTER, decimals: 2, publisher: VCCI";

  /** A small plan in YAML, lines 1–11, whose targets follow from line 12. */
  private static final String PLAN_HEAD =
      "formatVersion: 1\nkind: plan\nid: small-plan\ntitle: {vi: K, en: P}\n"
          + "legalReference: {number: 1/QĐ, date: 2021-12-22, issuer: {vi: U, en: C}}\n"
          + "unitCode: \"51\"\nphase: 2021/2025\nrankUniverseRule: RELATIVE_POSITION\nindicators:\n"
          + "  - {code: SHARE, nameVi: T, nameEn: S, measure: {type: percentage}, direction: HIGHER_IS_BETTER, decimals: 2, publisher: P}\n"
          + "targets:\n";

  /** One target of the small plan, on one line. */
  private static String target(String clauseId, String indicator, double value, String deadline) {
    return "  - {clauseId: " + clauseId + ", indicatorCode: " + indicator + ", kind: {type: threshold, comparison: AT_LEAST, value: "
        + value + "}, deadline: \"" + deadline + "\", sourceText: s, englishRendering: e}\n";
  }

  /** The same small plan in JSON, one member a line; the targets follow from line 12. */
  private static final String PLAN_HEAD_JSON =
      "{\"formatVersion\": 1,\n\"kind\": \"plan\",\n\"id\": \"small-plan\",\n\"title\": {\"vi\": \"K\", \"en\": \"P\"},\n"
          + "\"legalReference\": {\"number\": \"1/QĐ\", \"date\": \"2021-12-22\", \"issuer\": {\"vi\": \"U\", \"en\": \"C\"}},\n"
          + "\"unitCode\": \"51\",\n\"phase\": \"2021/2025\",\n\"rankUniverseRule\": \"RELATIVE_POSITION\",\n\"indicators\": [\n"
          + "  {\"code\": \"SHARE\", \"nameVi\": \"T\", \"nameEn\": \"S\", \"measure\": {\"type\": \"percentage\"}, \"direction\": \"HIGHER_IS_BETTER\", \"decimals\": 2, \"publisher\": \"P\"}],\n"
          + "\"targets\": [\n";

  /** One target of the small JSON plan, on one line. */
  private static String jsonTarget(String clauseId, double value, boolean last) {
    return "  {\"clauseId\": \"" + clauseId + "\", \"indicatorCode\": \"SHARE\", \"kind\": {\"type\": \"threshold\", \"comparison\": \"AT_LEAST\", \"value\": "
        + value + "}, \"deadline\": \"2025\", \"sourceText\": \"s\", \"englishRendering\": \"e\"}" + (last ? "]}\n" : ",\n");
  }

  static Stream<Case> cases() {
    return Stream.of(
        // ---- observation CSV
        csv("empty file", "", "line 1", "the file is empty; a header row is required, such as indicator,area,period,value (long form) or area,period,CODE,… (wide form)"),
        csv("missing required column", "indicator,area,period\nPCI,51,2020\n", "line 1, column 'value'", "required column 'value' is missing from the header [indicator, area, period]"),
        csv("unknown column", "indicator,area,period,value,unit\nPCI,51,2020,1,x\n", "line 1, column 'unit'", "unknown column 'unit'; expected columns are [indicator, area, period, value, universe, status, breakdown, note, numerator, denominator, lower, upper]"),
        csv("duplicate column", "indicator,area,period,value,value\n", "line 1, column 'value'", "column 'value' appears twice in the header"),
        csv("semicolon file without the dialect", "indicator;area;period;value\nPCI;51;2020;6,29\n", "line 1, column 'indicator;area;period;value'", "the header is a single column holding ';': the file is delimited by ';', not ','; a spreadsheet export with ';' and a decimal comma needs the semicolon-decimal-comma dialect (--csv-dialect semicolon-decimal-comma)"),
        csv("decimal comma", CSV_HEADER + "PCI,51,2020,\"6,29\",,A,,\n", "line 2, column 'value'", "value '6,29' is not a decimal number with '.' as the decimal mark; a decimal comma is read only with the semicolon-decimal-comma dialect (--csv-dialect semicolon-decimal-comma)"),
        csv("percent sign", CSV_HEADER + "PCI,51,2020,75%,,A,,\n", "line 2, column 'value'", "value '75%' must be written without a percent sign (percentages are on 0–100)"),
        csv("not a number", CSV_HEADER + "PCI,51,2020,n/a,,A,,\n", "line 2, column 'value'", "value 'n/a' is not a plain decimal number such as 6.29 or -12"),
        csv("empty value without missing status", CSV_HEADER + "PCI,51,2020,,,A,,\n", "line 2, column 'value'", "an empty value is allowed only with a missing-value status (M, O, L, Q or H) or with lower and upper bounds, status was A"),
        csv("value with missing status", CSV_HEADER + "PCI,51,2020,5,,M,,\n", "line 2, column 'status'", "missing-value status M must come with an empty value, value was 5"),
        csv("unknown status", CSV_HEADER + "PCI,51,2020,5,,Z,,\n", "line 2, column 'status'", "status must be an SDMX CL_OBS_STATUS code [A, B, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, S, U, V, W], was 'Z'"),
        csv("bad indicator code", CSV_HEADER + "pci,51,2020,5,,A,,\n", "line 2, column 'indicator'", "indicator code must be upper-case ASCII letters, digits and underscores starting with a letter, was 'pci'"),
        csv("bad period", CSV_HEADER + "PCI,51,2020-Q5,5,,A,,\n", "line 2, column 'period'", "\"2020-Q5\": quarter must be 1–4"),
        csv("empty area", CSV_HEADER + "PCI,,2020,5,,A,,\n", "line 2, column 'area'", "area must not be empty; it is a unit code such as 51"),
        csv("zero universe", CSV_HEADER + "PCI_RANK,51,2020,5,0,A,,\n", "line 2, column 'universe'", "universe must be a whole number of ranked units, at least 1 (e.g. 63), was '0'"),
        csv("bad breakdown", CSV_HEADER + "PCI,51,2020,5,,A,LEVEL:COMMUNE,\n", "line 2, column 'breakdown'", "breakdown 'LEVEL:COMMUNE' at position 6: '=' expected after the dimension; pairs are DIMENSION=VALUE joined by ';' (e.g. LEVEL=COMMUNE;SECTOR=LAND)"),
        csv("too few fields", CSV_HEADER + "PCI,51,2020\n", "line 2", "the record has 3 fields but the header has 8"),
        csv("stray quote", CSV_HEADER + "PCI,51,20\"20,5,,A,,\n", "line 2", "a quote (\") inside an unquoted field; enclose the field in quotes and double the inner quote"),
        csv("unterminated quote", CSV_HEADER + "PCI,51,2020,5,,A,,\"open\n", "line 2", "a quoted field opened on line 2 is never closed"),
        csv("duplicate observation", CSV_HEADER + "PCI,51,2020,5,,A,,\nPCI,51,2020,6,,A,,\n", "line 3", "conflicts with the observation on line 2 for PCI, unit 51, period 2020 (5 there, 6 here)"),
        // ---- JSON
        json("syntax error", Plan.class, "{\"formatVersion\": 1,,}", "/formatVersion (line 1, column 21)", "expected a key in double quotes, found ','"),
        json("trailing content", IndicatorCatalogue.class, "{\"formatVersion\":1,\"kind\":\"indicator-catalogue\",\"indicators\":[]} []", "/ (line 1, column 66)", "more content follows the end of the document: a file holds exactly one document"),
        json("missing formatVersion", IndicatorCatalogue.class, "{\"kind\":\"indicator-catalogue\",\"indicators\":[]}", "/formatVersion (line 1, column 1)", "a document must state its formatVersion (2)"),
        json("newer formatVersion", IndicatorCatalogue.class, "{\"formatVersion\":3,\"kind\":\"indicator-catalogue\",\"indicators\":[]}", "/formatVersion (line 1, column 1)", "formatVersion of kind 'indicator-catalogue' must be within 1..2 (the versions this library reads), was 3"),
        json("wrong kind", IndicatorCatalogue.class, "{\"formatVersion\":1,\"kind\":\"plan\",\"indicators\":[]}", "/kind (line 1, column 1)", "kind must be 'indicator-catalogue' for this document, was 'plan'"),
        json("duplicate key", IndicatorCatalogue.class, "{\"formatVersion\":1,\"formatVersion\":1}", "/formatVersion (line 1, column 35)", "the key 'formatVersion' appears twice in the same mapping"),
        json("too deep", IndicatorCatalogue.class, "{\"formatVersion\":1,\"kind\":\"indicator-catalogue\",\"indicators\":[],\"x\":" + "[".repeat(70), "/x" + "/0".repeat(63) + " (line 1, column 133)", "lists and mappings are nested 65 deep here; at most 64 levels are allowed"),
        json("unknown property of an observation", ObservationSet.class, "{\"formatVersion\":1,\"kind\":\"observations\",\"observations\":[{\"indicator\":\"PCI\",\"area\":\"51\",\"period\":\"2020\",\"value\":1,\"unit\":\"%\"}]}", "/observations/0/unit (line 1, column 115)", "unknown property 'unit'; known properties are [area, bound, breakdown, indicator, note, period, source, status, universe, value]"),
        json("status not an SDMX code", ObservationSet.class, "{\"formatVersion\":1,\"kind\":\"observations\",\"observations\":[{\"indicator\":\"PCI\",\"area\":\"51\",\"period\":\"2020\",\"value\":1,\"status\":\"X\"}]}", "/observations/0/status (line 1, column 124)", "status must be an SDMX CL_OBS_STATUS code [A, B, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, S, U, V, W], was 'X'"),
        json("string for a number", ObservationSet.class, "{\"formatVersion\":1,\"kind\":\"observations\",\"observations\":[{\"indicator\":\"PCI\",\"area\":\"51\",\"period\":\"2020\",\"value\":\"1\"}]}", "/observations/0/value (line 1, column 113)", "expected a number, found the text \"1\""),
        // ---- YAML
        yaml("indicator refused by core", IndicatorCatalogue.class, CATALOGUE_HEAD + INDICATOR.replace("decimals: 2", "decimals: 11") + "}\n", "/indicators/0 (line 4, column 5)", "decimals of PCI must be within 0..10, was 11"),
        yaml("unknown measure type", IndicatorCatalogue.class, CATALOGUE_HEAD + INDICATOR.replace("type: score, min: 0, max: 100", "type: stars") + "}\n", "/indicators/0/measure (line 4, column 59)", "measure type must be one of [percentage, score, rank, count, ratio, share, completion, qualitative], was 'stars'"),
        yaml("missing required property", IndicatorCatalogue.class, CATALOGUE_HEAD + INDICATOR.replace(", publisher: VCCI", "") + "}\n", "/indicators/0 (line 4, column 5)", "required property 'publisher' is missing"),
        yaml("duplicate YAML key", IndicatorCatalogue.class, "formatVersion: 1\nformatVersion: 1\n", "/formatVersion (line 2, column 1)", "the key 'formatVersion' appears twice in the same mapping"),
        yaml("alias bomb", IndicatorCatalogue.class, "a: &a [x, x]\nb: &b [" + "*a, ".repeat(9) + "*a]\nc: &c [" + "*b, ".repeat(9) + "*b]\nd: [" + "*c, ".repeat(9) + "*c]\n", "/b/0 (line 2, column 8)", "YAML aliases are not supported (*a): write the value out in full"),
        yaml("unknown target type in a plan", Plan.class, "formatVersion: 1\nkind: plan\ntargets:\n  - clauseId: T1\n    kind: {type: wish}\n", "/targets/0/kind/type (line 5, column 11)", "target type must be one of [threshold, band, rank-band, rank-improvement-per-year, change-per-year, reduction-from-baseline, completion, recurring, nested-share, breakdown, external-threshold, qualitative], was 'wish'"),
        yaml("unknown property of a target type", Plan.class, "formatVersion: 1\nkind: plan\ntargets:\n  - clauseId: T1\n    kind: {type: band, min: 1, max: 2, colour: red}\n", "/targets/0/kind/colour (line 5, column 48)", "unknown property 'colour'; target type 'band' takes [min, max]"),
        yaml("parameter of another target type", Plan.class, "formatVersion: 1\nkind: plan\ntargets:\n  - clauseId: T1\n    kind: {type: band, min: 1, max: 2, value: 3}\n", "/targets/0/kind/value (line 5, column 11)", "target type 'band' takes [min, max], was also given [value]"),
        yaml("undeclared reading", Plan.class, "formatVersion: 1\nkind: plan\ntargets:\n  - clauseId: T1\n    readings: [NOWHERE]\n", "/targets/0/readings/0 (line 5, column 16)", "reading 'NOWHERE' is not declared in the plan's readings (a plan declares its readings before its targets; outside a plan give the reading in full)"),
        // ---- whole-plan rules, reported at the target that breaks them (line 12 is the first target)
        yaml("share of 160 % on one clause", Plan.class, PLAN_HEAD + target("T1", "SHARE", 90, "2025") + target("T5", "SHARE", 160, "2025"), "/targets/1 (line 13, column 5)", "T5: target value must be within the bounds of SHARE (PERCENTAGE, 0..100), was 160"),
        json("share of 160 % on one clause", Plan.class, PLAN_HEAD_JSON + jsonTarget("T1", 90, false) + jsonTarget("T5", 160, true), "/targets/1 (line 13, column 3)", "T5: target value must be within the bounds of SHARE (PERCENTAGE, 0..100), was 160"),
        yaml("duplicate clause id", Plan.class, PLAN_HEAD + target("T1", "SHARE", 90, "2025") + target("T2", "SHARE", 80, "2025") + target("T2", "SHARE", 70, "2024"), "/targets/2 (line 14, column 5)", "duplicate clause id T2: each clause must appear once"),
        json("duplicate clause id", Plan.class, PLAN_HEAD_JSON + jsonTarget("T3", 90, false) + jsonTarget("T3", 80, true), "/targets/1 (line 13, column 3)", "duplicate clause id T3: each clause must appear once"),
        yaml("deadline outside the phase", Plan.class, PLAN_HEAD + target("T1", "SHARE", 90, "2025") + target("T2", "SHARE", 80, "2027"), "/targets/1 (line 13, column 5)", "T2: period 2027 lies outside the plan's phase 2021/2025 (only milestones may)"),
        yaml("indicator not in the catalogue", Plan.class, PLAN_HEAD + target("T1", "OTHER", 90, "2025"), "/targets/0 (line 12, column 5)", "T1: indicator OTHER is not in the plan's indicator catalogue"),
        yaml("bad clause id", Plan.class, "formatVersion: 1\nkind: plan\ntargets:\n  - clauseId: X1\n", "/targets/0/clauseId (line 4, column 15)", "clause id must be T, a number 1..999 and an optional lower-case letter (e.g. T1a, T3, T12e), was 'X1'"),
        yaml("unit validity reversed", UnitRegistry.class, "formatVersion: 1\nkind: unit-registry\nunits:\n  - {code: \"51\", nameVi: Quảng Ngãi, level: PROVINCE, validFrom: 2025-07-01, validUntil: 2025-06-30}\n", "/units/0 (line 4, column 5)", "validUntil of unit 51 must not be before validFrom, was 2025-07-01..2025-06-30"),
        yaml("bad date", UnitRegistry.class, "formatVersion: 1\nkind: unit-registry\nunits:\n  - {code: \"51\", nameVi: Quảng Ngãi, level: PROVINCE, validFrom: 2025-13-01}\n", "/units/0/validFrom (line 4, column 66)", "a date must be ISO-8601 yyyy-MM-dd, was '2025-13-01'"),
        yaml("methodology enum", CompositeIndex.class, "formatVersion: 1\nkind: methodology\nid: x\nname: {vi: X, en: X}\npublisher: P\nsource: S\nyears: {from: 2020}\nmissingData: {policy: fail}\nranking: {method: olympic}\nroot: {code: X, aggregation: {method: sum}, children: [{code: A}]}\n", "/ranking (line 1, column 1)", "ranking must be one of [competition, dense, fractional], was 'olympic'"));
  }

  private static Case csv(String name, String input, String location, String message) {
    return new Case("CSV: " + name, "csv", ObservationSet.class, input, location, message);
  }

  private static Case json(String name, Class<?> type, String input, String location, String message) {
    return new Case("JSON: " + name, "json", type, input, location, message);
  }

  private static Case yaml(String name, Class<?> type, String input, String location, String message) {
    return new Case("YAML: " + name, "yaml", type, input, location, message);
  }

  @Test
  void aDocumentInWindows1258IsRejectedAsALegacyEncoding() {
    byte[] bytes = "formatVersion: 1\nkind: unit-registry\nunits:\n  - {code: \"51\", nameVi: Qu\u00e1ng, level: PROVINCE}\n".getBytes(StandardCharsets.ISO_8859_1);
    ReadException e =
        assertThrows(ReadException.class, () -> IO.read(new ByteArrayInputStream(bytes), DocumentFormat.YAML, UnitRegistry.class, "legacy.yaml"));
    assertEquals(
        "/ (line 4): the file is not valid UTF-8 (byte 0xE1 on line 4, byte offset 71); it is probably in a"
            + " legacy Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258): convert it to UTF-8 (Unicode) and read it again",
        e.problems().get(0).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExactLocationAndMessage(Case c) {
    byte[] bytes = c.input().getBytes(StandardCharsets.UTF_8);
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> {
              if (c.format().equals("csv")) {
                ObservationCsvReader.create().read(new ByteArrayInputStream(bytes), "bad.csv");
              } else {
                IO.read(new ByteArrayInputStream(bytes), c.format().equals("json") ? DocumentFormat.JSON : DocumentFormat.YAML, c.type(), "bad");
              }
            });
    List<Problem> problems = e.problems();
    // the last problem: the one that ended the read, or the only one
    Problem first = problems.get(problems.size() - 1);
    assertEquals(c.location(), first.location().describe(), c.name());
    if (c.message() != null) {
      assertEquals(c.message(), first.message(), c.name());
    }
  }

  @Test
  void theCatalogueCoversEveryFormat() {
    java.util.Map<String, Long> byFormat =
        cases().collect(java.util.stream.Collectors.groupingBy(Case::format, java.util.stream.Collectors.counting()));
    assertEquals(49, cases().count());
    assertEquals(java.util.Map.of("csv", 20L, "json", 12L, "yaml", 17L), byFormat);
  }
}
