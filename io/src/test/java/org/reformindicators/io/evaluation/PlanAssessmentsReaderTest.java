package org.reformindicators.io.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;

/** The streamed read of {@code plan-assessments}: equal to the whole read, beyond 64 MiB, located problems. */
class PlanAssessmentsReaderTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();
  private static final PlanAssessmentsReader READER = PlanAssessmentsReader.of(IO);

  private static PlanAssessments streamed(PlanAssessmentsReader reader, String text, DocumentFormat format)
      throws IOException {
    List<UnitAssessment> units = new ArrayList<>();
    PlanAssessmentsHeader header = reader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, "doc", units::add);
    assertEquals(units.size(), header.unitCount());
    return new PlanAssessments(header.template(), header.asOf(), header.settings(), units);
  }

  private static ReadException refused(String text, List<UnitAssessment> seen) {
    return assertThrows(ReadException.class, () -> READER.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DocumentFormat.JSON, "doc", seen::add));
  }

  private static ProblemLocation.Document where(Problem problem) {
    return (ProblemLocation.Document) problem.location();
  }

  @Test
  void streamedGoldenFileEqualsTheWholeRead() throws IOException {
    PlanAssessments whole = IO.read(PlanAssessmentsBindingTest.GOLDEN, PlanAssessments.class);
    List<UnitAssessment> units = new ArrayList<>();
    PlanAssessmentsHeader header = IO.readPlanAssessments(PlanAssessmentsBindingTest.GOLDEN, units::add);
    assertEquals(whole.units(), units);
    assertEquals(whole, new PlanAssessments(header.template(), header.asOf(), header.settings(), units));
    assertEquals(3, header.unitCount());
  }

  @Test
  void streamedGeneratedDocumentsEqualTheWholeRead() throws IOException {
    PlanAssessments assessments = PlanAssessmentsBindingTest.assessments();
    for (DocumentFormat format : DocumentFormat.values()) {
      String text = IO.writeString(assessments, format);
      assertEquals(IO.readString(text, format, PlanAssessments.class), streamed(READER, text, format), format.name());
      assertEquals(assessments.units(), streamed(READER, text, format).units(), format.name());
    }
  }

  /**
   * A document of 75 units whose names are 900,000 characters long (the longest text allowed is 1,000,000):
   * 69 MB written and read in about a second, where units with 38 realistic clauses each would take many
   * seconds to bind. The real 64 MiB limit is used, not a lowered one.
   */
  @Test
  void documentLargerThan64MiBIsReadUnitByUnitWhereTheWholeReadRefusesIt(@TempDir Path dir) throws IOException {
    PlanAssessments golden = IO.read(PlanAssessmentsBindingTest.GOLDEN, PlanAssessments.class);
    PlanAssessment model = golden.units().get(1).assessment();
    String name = "Xã ".repeat(300_000);
    Path file = dir.resolve("national.json");
    int count = 75;
    try (OutputStream out = Files.newOutputStream(file);
        PlanAssessmentsWriter w = PlanAssessmentsWriter.open(
            out, DocumentFormat.JSON, golden.template(), golden.asOf(), golden.settings())) {
      for (int i = 0; i < count; i++) {
        AdministrativeUnit unit = AdministrativeUnit.builder()
            .code(UnitCode.of(String.format("%05d", 100 + i))).nameVi(name).level(AdministrativeLevel.COMMUNE).build();
        PlanAssessment a = PlanAssessment.builder().from(model)
            .plan(golden.template().withUnitCode(unit.code())).settings(golden.settings().forUnit(unit)).build();
        w.write(new UnitAssessment(unit, a));
      }
    }
    assertTrue(Files.size(file) > JsonMappers.MAX_DOCUMENT_LENGTH, "the document is over 64 MiB");

    ReadException whole = assertThrows(ReadException.class, () -> IO.read(file, PlanAssessments.class));
    Problem limit = whole.problems().get(whole.problems().size() - 1);
    assertTrue(limit.message().contains("longer than 67,108,864 bytes, the most a document may hold"), limit.message());
    assertFalse(limit.message().contains("StreamReadConstraints"), limit.message());
    assertTrue(where(limit).line() > 0 && where(limit).pointer().startsWith("/units/"), limit.toString());

    List<String> codes = new ArrayList<>();
    PlanAssessmentsHeader header = IO.readPlanAssessments(file, u -> {
      assertEquals(name.length(), u.unit().nameVi().length());
      assertEquals(model.clauses(), u.assessment().clauses());
      codes.add(u.unitCode().value());
    });
    assertEquals(count, header.unitCount());
    assertEquals(count, codes.size());
    assertEquals("00100", codes.get(0));
    assertEquals("00174", codes.get(count - 1));
  }

  @Test
  void anOverlongUnitIsRefusedAtItsPlaceUnderTheLoweredPartLimit() throws IOException {
    // the limit of a part is lowered through the package-private constructor: a 64 MiB unit would take long
    PlanAssessmentsReader small = new PlanAssessmentsReader(IO, 120_000);
    PlanAssessments golden = IO.read(PlanAssessmentsBindingTest.GOLDEN, PlanAssessments.class);
    String text = IO.writeString(golden, DocumentFormat.JSON);
    assertEquals(golden, streamed(small, text, DocumentFormat.JSON));

    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(text);
    ((ObjectNode) tree.path("units").path(1).path("unit")).put("nameVi", "Xã ".repeat(70_000));
    String big = tree.toPrettyString();
    List<UnitAssessment> seen = new ArrayList<>();
    ReadException e = assertThrows(ReadException.class, () -> small.read(
        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), DocumentFormat.JSON, "doc", seen::add));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertEquals("/units/1", where(problem).pointer());
    assertEquals(lineOf(big, "\"code\" : \"00001\"") - 2, where(problem).line(), "the line where unit 1 starts");
    assertTrue(problem.message().contains("this unit's entry is longer than 120,000 bytes"), problem.message());
    assertEquals(List.of(golden.units().get(0)), seen, "the unit before the problem was handed over");
  }

  @Test
  void aBadValueDeepInAUnitIsReportedWithItsPointerAndLineAsTheWholeReadDoes() throws IOException {
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Files.readString(PlanAssessmentsBindingTest.GOLDEN));
    ((ObjectNode) tree.path("units").path(1).path("clauses").path(5)).put("status", "BOGUS");
    String text = tree.toPrettyString();
    List<UnitAssessment> seen = new ArrayList<>();
    ReadException e = refused(text, seen);
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertEquals("/units/1/clauses/5/status", where(problem).pointer());
    assertEquals(lineOf(text, "\"BOGUS\""), where(problem).line());
    assertEquals("BOGUS", problem.value());
    ReadException whole = assertThrows(ReadException.class, () -> IO.readString(text, DocumentFormat.JSON, PlanAssessments.class));
    assertEquals(whole.problems(), e.problems(), "the same problem as the whole read");
    assertEquals(1, seen.size(), "the units before the problem, and none after it");
    assertEquals(UnitCode.of("51"), seen.get(0).unitCode());
  }

  @Test
  void aDocumentCutShortInAUnitIsALocatedProblemAfterTheUnitsBeforeIt() throws IOException {
    String text = Files.readString(PlanAssessmentsBindingTest.GOLDEN);
    int third = text.indexOf("\"code\" : \"00002\"");
    String cut = text.substring(0, text.indexOf("\"status\"", third) + 5);
    List<UnitAssessment> seen = new ArrayList<>();
    ReadException e = refused(cut, seen);
    Problem problem = e.problems().get(e.problems().size() - 1);
    assertTrue(problem.message().contains("the document ends inside"), problem.message());
    assertTrue(where(problem).line() > 0, problem.toString());
    assertTrue(where(problem).pointer().startsWith("/units/2/clauses/0"), problem.toString());
    assertEquals(List.of("51", "00001"), seen.stream().map(u -> u.unitCode().value()).toList());
  }

  @Test
  void aUnitListedTwiceIsRefusedAtItsEntry() throws IOException {
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Files.readString(PlanAssessmentsBindingTest.GOLDEN));
    tree.withArray("units").add(tree.path("units").path(1).deepCopy());
    ReadException e = refused(tree.toPrettyString(), new ArrayList<>());
    assertEquals("/units/3/unit", where(e.problems().get(0)).pointer());
    assertTrue(e.problems().get(0).message().startsWith("units must be distinct, was 00001"), e.getMessage());
  }

  @Test
  void aDocumentWithoutUnitsOrWithUnitsBeforeItsPlanIsRefused() throws IOException {
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Files.readString(PlanAssessmentsBindingTest.GOLDEN));
    ObjectNode noUnits = tree.deepCopy();
    noUnits.remove("units");
    ReadException e = refused(noUnits.toPrettyString(), new ArrayList<>());
    assertEquals("/units", where(e.problems().get(0)).pointer());
    assertEquals("a plan-assessments document requires 'units'", e.problems().get(0).message());

    ObjectNode unitsFirst = new ObjectMapper().createObjectNode();
    unitsFirst.set("units", tree.get("units"));
    tree.fieldNames().forEachRemaining(n -> unitsFirst.putIfAbsent(n, tree.get(n)));
    List<UnitAssessment> seen = new ArrayList<>();
    e = refused(unitsFirst.toPrettyString(), seen);
    assertTrue(seen.isEmpty());
    // the head ends at units: what follows is not seen, so the head is reported incomplete, from its envelope on
    assertEquals("/formatVersion", where(e.problems().get(0)).pointer());
  }

  private static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertTrue(at >= 0, fragment);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
