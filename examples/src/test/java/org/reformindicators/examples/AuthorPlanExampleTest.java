package org.reformindicators.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.io.problem.Problem;

class AuthorPlanExampleTest {

  @Test
  void readsEvaluatesAndShowsAnAuthorsMistake() throws IOException {
    ExampleOutput out = new ExampleOutput();
    List<Problem> problems = AuthorPlanExample.run(out.stream);
    String text = out.text();
    assertTrue(text.startsWith("example-digital-procedures-2024: Example plan"), text);
    assertTrue(text.contains("  T1  EX_DOSSIERS_ONLINE  "), text);
    assertTrue(text.contains("  T2  PCI_RANK  "), text);
    assertTrue(text.contains("  T3  EX_DATA_SHARED  "), text);
    assertTrue(text.contains("Assessment as of 2024:"), text);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("160"), problems.toString());
  }
}
