package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.io.problem.ReadException;

class ConformanceSuiteTest {

  @TempDir Path dir;

  static final String VECTOR = "{\"id\": \"%s\", \"kind\": \"composite\", \"tags\": [\"aggregation:sum\"],"
      + " \"inputs\": {\"observations\": {}}, \"expected\": {\"units\": []}, \"rationale\": \"hand arithmetic\"%s}";

  private void write(String vectors) throws IOException {
    Files.writeString(dir.resolve("suite.json"),
        "{\"formatVersion\": 1, \"kind\": \"conformance-suite\", \"suiteVersion\": 2, \"files\": [\"a.json\"]}");
    Files.writeString(dir.resolve("a.json"),
        "{\"formatVersion\": 1, \"kind\": \"conformance-vectors\", \"vectors\": [" + vectors + "]}");
  }

  @Test
  void readsAFolderWithItsVersionAndSkipsRetiredVectorsWhenLive() throws IOException {
    write(String.format(VECTOR, "old-one", ", \"retiredBy\": \"new-one\"") + ", " + String.format(VECTOR, "new-one", ""));
    ConformanceSuite suite = ConformanceSuite.read(dir);
    assertEquals(2, suite.suiteVersion());
    assertEquals(2, suite.vectors().size());
    assertEquals(List.of("new-one"), suite.live().stream().map(ConformanceVector::id).toList());
    assertTrue(suite.find("old-one").orElseThrow().retired());
    assertEquals("a.json", suite.find("new-one").orElseThrow().file());
    assertEquals(VectorKind.COMPOSITE, suite.find("new-one").orElseThrow().kind());
    assertEquals(List.of(ConformanceTag.AGGREGATION_SUM), suite.find("new-one").orElseThrow().tags());
  }

  @Test
  void reportsEveryProblemWithFileAndPointer() throws IOException {
    write(String.format(VECTOR, "same", "") + ", " + String.format(VECTOR, "same", "")
        + ", {\"id\": \"Upper\", \"kind\": \"graph\", \"tags\": [\"no-tag\"], \"inputs\": 1, \"expected\": {},"
        + " \"rationale\": \" \", \"extra\": true}");
    ReadException e = assertThrows(ReadException.class, () -> ConformanceSuite.read(dir));
    List<String> problems = e.problems().stream().map(p -> p.location().describe() + " " + p.message()).toList();
    String all = String.join("\n", problems);
    assertTrue(all.contains("/vectors/1/id a.json: id must be unique in the suite, was repeated"), all);
    assertTrue(all.contains("/vectors/2/id a.json: id must match"), all);
    assertTrue(all.contains("/vectors/2/kind a.json: kind must be plan, composite or uncertainty, was 'graph'"), all);
    assertTrue(all.contains("/vectors/2/tags/0 a.json: tag is not in the fixed list"), all);
    assertTrue(all.contains("/vectors/2/inputs a.json: inputs must be an object"), all);
    assertTrue(all.contains("/vectors/2/rationale a.json: rationale must give the hand arithmetic"), all);
    assertTrue(all.contains("/vectors/2/extra a.json: unknown member"), all);
    assertFalse(all.contains("Exception"), all);
  }

  @Test
  void aFolderWithoutItsIndexCannotBeRead() {
    assertThrows(IOException.class, () -> ConformanceSuite.read(dir));
  }

  @Test
  void theBundledSuiteHasUniqueIdsAndAtLeastOneVectorPerFile() throws IOException {
    ConformanceSuite suite = ConformanceSuite.bundled();
    assertEquals(suite.vectors().size(), suite.vectors().stream().map(ConformanceVector::id).distinct().count());
    assertTrue(suite.vectors().stream().allMatch(v -> ConformanceSuite.ID.matcher(v.id()).matches()));
  }

  @Test
  void refusesAVersionBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new ConformanceSuite(0, List.of()));
  }
}
