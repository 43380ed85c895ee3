package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.core.period.ReportingPeriod;

class ObservationLinesTest {

  @TempDir Path dir;

  private static ObservationKey key(String indicator, String area, String period) {
    return new ObservationKey(IndicatorCode.of(indicator), UnitCode.of(area), ReportingPeriod.parse(period), BreakdownKey.TOTAL);
  }

  @Test
  void findsTheFirstLineOfEachRecordAcrossQuotedLineBreaksBlankLinesAndCrlf() throws IOException {
    Path file = CliFiles.write(dir.resolve("obs.csv"), "\uFEFFindicator,area,period,value,note\r\n"
        + "PCI_TRANSPARENCY,51,2020,6.29,\"a note\r\nover two lines\"\r\n"
        + "\r\n"
        + "PCI_ENTRY_COSTS,51,2020-A1,8.16,\r\n"
        + "PCI_TRANSPARENCY,48,2020,7.30,\"PCI_ENTRY_COSTS, 48 \"\"quoted\"\"\"\r\n"
        + "PCI_ENTRY_COSTS,48,2020,11,");
    Map<ObservationKey, Long> lines = ObservationLines.find(file, Set.of(
        key("PCI_TRANSPARENCY", "48", "2020"), key("PCI_ENTRY_COSTS", "51", "2020"),
        key("PCI_ENTRY_COSTS", "48", "2020"), key("PCI_ENTRY_COSTS", "49", "2020")));
    assertEquals(Map.of(key("PCI_ENTRY_COSTS", "51", "2020"), 5L, key("PCI_TRANSPARENCY", "48", "2020"), 6L,
        key("PCI_ENTRY_COSTS", "48", "2020"), 7L), lines);
  }
}
