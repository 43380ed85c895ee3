package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.io.ReformIndicatorsIo;

class MethodologiesCommandTest {

  @Test
  void listsEveryBundledMethodologyWithItsSourceAndYears() {
    CliRun run = CliRun.of("methodologies");
    assertEquals(0, run.status(), run.toString());
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      assertTrue(run.out().lines().anyMatch(l -> l.startsWith(id + " ")), id + " in " + run.out());
    }
    assertTrue(run.out().contains("Provincial Competitiveness Index"), run.out());
    assertTrue(run.out().contains("VCCI"), run.out());
    assertTrue(run.out().contains("2009–2017"), "papi-2009 years: " + run.out());
  }

  @Test
  void takesNoArguments() {
    CliRun run = CliRun.of("methodologies", "pci");
    assertEquals(2, run.status(), run.toString());
  }
}
