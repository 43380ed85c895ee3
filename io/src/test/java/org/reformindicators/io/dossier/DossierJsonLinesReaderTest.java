package org.reformindicators.io.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;

class DossierJsonLinesReaderTest {

  private static final Set<String> FLAGS =
      Set.of("fee_bearing", "paid_online", "dossier_digitised", "result_digitised", "passed_electronically",
          "returned_for_supplement");

  /** The CSV fixture as JSON Lines: camelCase names, flags as booleans, the rating as a number, empty cells left out. */
  static String jsonLines(String csv) {
    String[] lines = csv.split("\n");
    List<String> columns = List.of(lines[0].split(","));
    StringBuilder out = new StringBuilder();
    for (int l = 1; l < lines.length; l++) {
      String[] cells = lines[l].split(",", -1);
      StringBuilder object = new StringBuilder("{");
      for (int c = 0; c < columns.size(); c++) {
        if (cells[c].isEmpty()) {
          continue;
        }
        String column = columns.get(c);
        boolean quoted = !FLAGS.contains(column) && !column.equals("satisfaction");
        object.append(object.length() == 1 ? "" : ", ").append('"').append(camel(column)).append("\": ")
            .append(quoted ? "\"" + cells[c] + "\"" : cells[c]);
      }
      out.append(object).append("}\n");
    }
    return out.toString();
  }

  private static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean up = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        name.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return name.toString();
  }

  private static List<String> problems(String text) {
    List<Problem> problems = new ArrayList<>();
    try {
      DossierJsonLinesReader.create(ReadOptions.defaults().lenient())
          .read(DossierFixture.stream(text), "d.jsonl", r -> {}, problems::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return problems.stream().map(Problem::toString).toList();
  }

  @Test
  void readsTheSameRecordsAsTheCsv() throws IOException {
    List<DossierRecord> records = new ArrayList<>();
    String text = jsonLines(DossierFixture.CSV);
    long accepted =
        DossierJsonLinesReader.create(ReadOptions.defaults()).read(DossierFixture.stream(text), "f", records::add,
            p -> {});
    assertEquals(6, accepted);
    assertEquals(DossierFixture.records(), records);
    // the fixture as a file, also checked against the JSON Schema by SchemaValidationTest
    assertEquals(text, Files.readString(Path.of("src/test/resources/dossiers/fixture.jsonl")));
  }

  @Test
  void crlfAByteOrderMarkAndTrailingBlankLinesAreAccepted() throws IOException {
    String text = "\uFEFF" + jsonLines(DossierFixture.CSV).replace("\n", "\r\n") + "\r\n\n";
    List<DossierRecord> records = new ArrayList<>();
    DossierJsonLinesReader.create(ReadOptions.defaults()).read(DossierFixture.stream(text), "f", records::add,
        p -> {});
    assertEquals(DossierFixture.records(), records);
  }

  @Test
  void everyBadLineIsReportedWithLinePointerAndColumnAndTheNextLinesAreRead() throws IOException {
    List<String> lines = new ArrayList<>(List.of(jsonLines(DossierFixture.CSV).split("\n")));
    lines.set(0, lines.get(0).replace("\"2024-03-01\"", "\"01/03/2024\""));
    lines.set(1, lines.get(1).replace("\"feeBearing\": false", "\"feeBearing\": \"no\""));
    lines.set(2, "{\"id\": \"D3\", \"unit\": ");
    lines.set(3, lines.get(3).replace("{", "{\"name\": \"Nguyễn Văn A\", "));
    lines.add(4, "");
    lines.set(6, lines.get(6).replace("\"satisfaction\": 4", "\"satisfaction\": 4.5"));
    String text = String.join("\n", lines) + "\n";
    List<DossierRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long accepted =
        DossierJsonLinesReader.create(ReadOptions.defaults().lenient())
            .read(DossierFixture.stream(text), "d.jsonl", records::add, problems::add);
    assertEquals(1, accepted, problems.toString());
    assertEquals("D5", records.get(0).id());
    List<String> found = problems.stream().map(Problem::toString).toList();
    assertEquals(6, found.size(), found.toString());
    assertEquals("/received (line 1, column 113): received must be a date YYYY-MM-DD, such as 2024-03-15, was"
        + " '01/03/2024'", found.get(0));
    assertTrue(found.get(1).startsWith("/feeBearing (line 2, column "), found.get(1));
    assertTrue(found.get(1).endsWith("feeBearing must be true or false (without quotes), was 'no'"), found.get(1));
    assertEquals("/ (line 3, column 22): the document ends inside an object: the file is cut short or a closing"
        + " bracket or quote is missing", found.get(2));
    assertEquals("/name (line 4, column 2): unknown property 'name'; a dossier has only the properties "
        + JsonLineParser.PROPERTIES + " (no personal data)", found.get(3));
    assertEquals("/ (line 5): a blank line: every line of a JSON Lines dossier file is one dossier object",
        found.get(4));
    assertTrue(found.get(5).startsWith("/satisfaction (line 7, column "), found.get(5));
    assertTrue(found.get(5).endsWith("satisfaction must be absent, null or a whole number from 1 to 5, was 4.5"),
        found.get(5));
    for (String message : found) {
      assertFalse(message.contains("Exception") || message.contains("com.fasterxml"), message);
    }
  }

  @Test
  void missingNullAndWronglyTypedPropertiesAreNamed() {
    String line = jsonLines(DossierFixture.CSV).split("\n")[0];
    assertEquals(
        List.of("/id (line 1, column 1): id is required and must not be null"),
        problems(line.replace("\"id\": \"D1\", ", "") + "\n"));
    assertEquals(
        List.of("/unit (line 1, column 22): unit is required and must not be null"),
        problems(line.replace("\"unit\": \"51\"", "\"unit\": null") + "\n"));
    assertEquals(
        List.of("/unit (line 1, column 22): unit must be text (in quotes), was 51"),
        problems(line.replace("\"unit\": \"51\"", "\"unit\": 51") + "\n"));
    assertEquals(
        List.of("/ (line 1, column 1): dossier D1: completed must be empty when the outcome is IN_PROGRESS, was"
            + " '2024-03-08'"),
        problems(line.replace("\"COMPLETED\"", "\"IN_PROGRESS\"") + "\n"));
    assertEquals(
        List.of("/ (line 1, column 1): a line must be one JSON object (a dossier), found a list"),
        problems("[1, 2]\n").stream().map(s -> s.replaceAll("found .*", "found a list")).toList());
  }

  @Test
  void aLineOverTheLimitIsReportedAndTheNextLineIsRead() {
    String[] lines = jsonLines(DossierFixture.CSV).split("\n");
    String longLine = "{\"id\": \"" + "x".repeat(DossierJsonLinesReader.MAX_LINE_LENGTH) + "\"}";
    assertEquals(
        List.of("/ (line 2): a line must be at most 65536 characters (one dossier object), was longer"),
        problems(lines[0] + "\n" + longLine + "\n" + lines[1] + "\n"));
  }

  @Test
  void strictFailsWithEveryProblem() {
    String text = "{}\n{\"id\": 1}\n";
    ReadException e =
        assertThrows(ReadException.class, () -> DossierJsonLinesReader.create(ReadOptions.defaults())
            .read(DossierFixture.stream(text), "d.jsonl", r -> {}, p -> {}));
    assertEquals(15 + 14, e.problems().size(), e.problems().toString());
  }
}
