package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;

class ReportCommandTest {

  /** The 38 clause ids of Decision 1256/QĐ-UBND, in plan order. */
  static final List<String> CLAUSES = List.of(
      "T1a", "T1b", "T1c", "T1d", "T1e", "T1f", "T2a", "T2b", "T3", "T4", "T5", "T6a", "T6b",
      "T7a", "T7b", "T7c", "T8a", "T8b", "T8c", "T9a", "T9b", "T9c", "T10a", "T10b", "T10c", "T11",
      "T12a", "T12b", "T12c", "T12d", "T12e", "T13a", "T13b", "T13c", "T14a", "T14b", "T14c", "T14d");

  static final List<String> STATUSES = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK",
      "NOT_ACHIEVED", "NOT_ASSESSABLE", "NOT_APPLICABLE", "MANUAL");

  @TempDir Path dir;

  @Test
  void withoutArgumentsPrintsTheVietnameseTextReport() {
    CliRun run = CliRun.of();
    assertEquals(0, run.status(), run.toString());
    assertEquals("", run.err());
    assertTrue(run.out().contains("— báo cáo tiến độ\n"), run.out());
    assertTrue(run.out().contains("Tính đến kỳ: 2024 (kỳ mới nhất trong chuỗi số liệu của các chỉ tiêu kế hoạch)"), run.out());
    // One row per clause, in plan order (T10a after T9c, never sorted as text).
    List<String> ids = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      var m = Pattern.compile("^(T\\d+[a-f]?) +\\|").matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    assertEquals(CLAUSES, ids);
    // Báo Quảng Ngãi, "Quảng Ngãi tụt hạng chỉ số SIPAS và PAR INDEX", 8 Apr 2025: PAR INDEX 43/63 in 2024, a published result: no sample marker.
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("T1b ") && l.contains("43/63 (2024)")), run.out());
    assertTrue(run.out().contains("* giá trị minh họa (SAMPLE), không phải kết quả đã công bố"), run.out());
    assertEquals(CliRun.of("report").out(), run.out());
    // T10a: the 2022 sample carries status B (Decree 42/2022/NĐ-CP); the report says so (the
    // Markdown table keeps each row on one line).
    String markdown = CliRun.of("report", "--format", "markdown").out();
    assertTrue(markdown.lines().anyMatch(l -> l.startsWith("| T10a |")
        && l.contains("Chuỗi số liệu gián đoạn (SDMX B) tại 2022.")), markdown);
  }

  @Test
  void jsonListsEveryClauseWithAStatus() throws IOException {
    CliRun run = CliRun.of("report", "--lang", "en", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("plan-assessment", root.get("kind").asText());
    assertEquals("2024", root.get("asOf").asText());
    List<String> ids = new ArrayList<>();
    for (JsonNode clause : root.get("clauses")) {
      ids.add(clause.get("clauseId").asText());
      assertTrue(STATUSES.contains(clause.get("status").asText()), clause.toString());
    }
    assertEquals(CLAUSES, ids);
    // T2b and T13a are qualitative: assessed by hand (Decision 1256/QĐ-UBND).
    assertEquals("MANUAL", root.get("clauses").get(7).get("status").asText());
    assertEquals("MANUAL", root.get("clauses").get(31).get("status").asText());
    // T1e, PCI rank 20–30 in 2021: the derived 45/63 (33/63 in 2022 and up 12 places, Báo Mới / Thanh Niên reports of the PCI 2022 launch) misses it.
    JsonNode t1e = root.get("clauses").get(4);
    assertEquals("NOT_ACHIEVED", t1e.get("status").asText());
    assertEquals(45, t1e.get("latestValue").asInt());
    assertEquals(63, t1e.get("latestUniverse").asInt());
    // The document is io's plan-assessment: it reads back to the engine's own assessment.
    PlanAssessment read =
        ReformIndicatorsIo.create().readString(run.out(), DocumentFormat.JSON, PlanAssessment.class);
    assertEquals(PlanEvaluator.defaults().evaluate(Bundled.plan(), Bundled.observations()), read);
  }

  @Test
  void asOfMovesTheAssessmentBack() throws IOException {
    CliRun run = CliRun.of("report", "--format", "json", "--as-of", "2021");
    assertEquals(0, run.status(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("2021", root.get("asOf").asText());
    assertTrue(!root.get("asOfFromData").asBoolean());
    for (JsonNode clause : root.get("clauses")) {
      if (clause.has("latestPeriod")) {
        assertTrue(clause.get("latestPeriod").asText().compareTo("2021") <= 0, clause.toString());
      }
    }
  }

  @Test
  void writesMarkdownAndHtmlInEitherLanguage() throws IOException {
    CliRun markdown = CliRun.of("report", "--lang", "en", "--format", "markdown");
    assertEquals(0, markdown.status(), markdown.toString());
    assertTrue(markdown.out().startsWith("# Plan for administrative reform"), markdown.out());
    assertEquals(38, markdown.out().lines().filter(l -> l.startsWith("| T")).count());

    Path html = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--format", "html", "--output", html.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals("", run.out());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assertTrue(page.contains("<figure id=\"chart-PAR_INDEX_RANK\">"), "a chart per indicator");
    assertTrue(page.contains("Quảng Ngãi"));
  }

  @Test
  void externalNormsMakeT12aAssessable() throws IOException {
    JsonNode without = new ObjectMapper().readTree(CliRun.of("report", "--format", "json").out());
    assertEquals("NOT_ASSESSABLE", clause(without, "T12a").get("status").asText());
    // The sample staff reduction is 10.10 % in 2024; a central norm of 10 % is met.
    CliRun run = CliRun.of("report", "--format", "json", "--norm", "CENTRAL_STAFF_REDUCTION_RATIO=10");
    assertEquals(0, run.status(), run.toString());
    JsonNode with = new ObjectMapper().readTree(run.out());
    assertEquals("ACHIEVED", clause(with, "T12a").get("status").asText());

    CliRun bad = CliRun.of("report", "--norm", "CENTRAL_STAFF_REDUCTION_RATIO=ten");
    assertEquals(2, bad.status(), bad.toString());
  }

  @Test
  void aNormThePlanDoesNotUseIsAUsageErrorNamingTheNormsItUses() {
    // issue 12: --norm NOPE=1 was silently ignored.
    CliRun run = CliRun.of("report", "--norm", "NOPE=1");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("reform: Invalid value for option '--norm': NOPE is not a norm of"
        + " this plan; the plan uses CENTRAL_STAFF_REDUCTION_RATIO\n"), run.err());
    assertTrue(run.err().contains("Usage: reform report"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aNormThatIsNotFiniteIsAUsageError() {
    for (String value : new String[] {"NaN", "Infinity", "-Infinity"}) {
      CliRun run = CliRun.of("report", "--norm", "CENTRAL_STAFF_REDUCTION_RATIO=" + value);
      assertEquals(2, run.status(), run.toString());
      assertTrue(run.err().startsWith("reform: Invalid value for option '--norm':"
          + " CENTRAL_STAFF_REDUCTION_RATIO=" + value + " must be a finite number\n"), run.err());
    }
  }

  private static JsonNode clause(JsonNode root, String id) {
    for (JsonNode clause : root.get("clauses")) {
      if (clause.get("clauseId").asText().equals(id)) {
        return clause;
      }
    }
    throw new AssertionError("no clause " + id);
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    CliRun period = CliRun.of("report", "--as-of", "2025-13");
    assertEquals(2, period.status(), period.toString());
    assertTrue(period.err().contains("'2025-13' is not a reporting period"), period.err());
    assertTrue(period.err().contains("Usage: reform report"), period.err());

    CliRun lang = CliRun.of("report", "--lang", "fr");
    assertEquals(2, lang.status(), lang.toString());
    assertTrue(lang.err().contains("--lang"), lang.err());

    CliRun format = CliRun.of("report", "--format", "pdf");
    assertEquals(2, format.status(), format.toString());
  }

  @Test
  void anUnwritableOutputIsInvalidInput() {
    Path output = dir.resolve("missing-folder").resolve("report.html");
    CliRun run = CliRun.of("report", "--format", "html", "-o", output.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(output + ": cannot write the file: "), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }
}
