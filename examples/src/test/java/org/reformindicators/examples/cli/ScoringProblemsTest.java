package org.reformindicators.examples.cli;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ScoringException;
import org.reformindicators.core.composite.ScoringProblem;
import org.reformindicators.core.composite.ScoringProblem.Source;
import org.reformindicators.core.period.ReportingPeriod;

class ScoringProblemsTest {

  @TempDir Path dir;

  @Test
  void aLeafCellIsLocatedOtherDataProblemsNameTheFileAndMethodologyProblemsTheMethodology() {
    Path file = CliFiles.write(dir.resolve("pci.csv"), "indicator,area,period,value\n"
        + "PCI_ENTRY_COSTS,51,2020,8.16\n"
        + "PCI_TRANSPARENCY,51,2020,11\n");
    ScoringException e = new ScoringException(List.of(
        new ScoringProblem(Source.METHODOLOGY, ComponentCode.of("PCI"), "scale 1E+309 is beyond …"),
        new ScoringProblem(Source.DATA, ComponentCode.of("PCI"), UnitCode.of("51"), "the score …"),
        new ScoringProblem(Source.DATA, ComponentCode.of("PCI_TRANSPARENCY"), UnitCode.of("51"), "11 is outside the component's range 0–10"),
        new ScoringProblem(Source.DATA, ComponentCode.of("PCI_LAND_ACCESS"), UnitCode.of("51"), "not in the file")));
    List<Problem> problems = ScoringProblems.located(
        e, Bundled.methodology("pci"), "pci", file, ReportingPeriod.parse("2020"));
    assertEquals(List.of(
        file + ":3: column 'value': PCI_TRANSPARENCY, area 51: 11 is outside the component's range 0–10",
        "pci: PCI: scale 1E+309 is beyond …",
        file + ": PCI, area 51: the score …",
        file + ": PCI_LAND_ACCESS, area 51: not in the file"),
        problems.stream().map(Problem::toString).toList());
  }
}
