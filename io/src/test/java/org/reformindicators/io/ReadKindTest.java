package org.reformindicators.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.problem.ReadException;

/** {@link ReformIndicatorsIo#readKind}: the kind of a document, or one located problem. */
class ReadKindTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  private static DocumentKind kind(String text, DocumentFormat format) throws IOException {
    return IO.readKind(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, "doc");
  }

  private static String problem(String text, DocumentFormat format) {
    ReadException e = assertThrows(ReadException.class, () -> kind(text, format));
    assertEquals(1, e.problems().size());
    return e.problems().get(0).toString();
  }

  @Test
  void readsTheKindAndNothingAfterIt() throws IOException {
    assertEquals(DocumentKind.PLAN, kind("formatVersion: 1\nkind: plan\ntargets: [unclosed\n", DocumentFormat.YAML));
    assertEquals(DocumentKind.METHODOLOGY,
        kind("{\"formatVersion\": 1, \"root\": {\"code\": \"X\"}, \"kind\": \"methodology\", oops", DocumentFormat.JSON));
  }

  @Test
  void readsTheKindOfAFileByItsExtension(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("obs.yml"), "kind: observations\n");
    assertEquals(DocumentKind.OBSERVATIONS, IO.readKind(file));
  }

  @Test
  void aMissingOrUnknownKindIsLocated() {
    assertEquals(
        "/ (line 1, column 1): a document must state its kind, one of [plan, indicator-catalogue, unit-registry,"
            + " methodology, observations, plan-assessment, composite-result, plan-assessments]",
        problem("formatVersion: 1\nid: x\n", DocumentFormat.YAML));
    assertEquals(
        "/kind (line 2, column 7): kind must be one of [plan, indicator-catalogue, unit-registry, methodology,"
            + " observations, plan-assessment, composite-result, plan-assessments], was 'plans'",
        problem("formatVersion: 1\nkind: plans\n", DocumentFormat.YAML));
    assertEquals(
        "/kind (line 1, column 10): kind must be text, one of [plan, indicator-catalogue, unit-registry,"
            + " methodology, observations, plan-assessment, composite-result, plan-assessments], found a list",
        problem("{\"kind\": [\"plan\"]}", DocumentFormat.JSON));
  }

  @Test
  void aDocumentThatIsNotAMappingOrNotWellFormedIsLocated() {
    assertEquals("/ (line 1, column 1): expected a mapping with formatVersion and kind, found a list",
        problem("- plan\n", DocumentFormat.YAML));
    assertEquals("/ (line 1, column 1): the document is empty: expected an object that starts with formatVersion"
        + " and kind", problem("", DocumentFormat.JSON));
    assertEquals("/id (line 1, column 31): NaN is not a JSON number: write a finite decimal number",
        problem("{\"formatVersion\": 1, \"id\": NaN, \"kind\": \"plan\"}", DocumentFormat.JSON));
  }
}
