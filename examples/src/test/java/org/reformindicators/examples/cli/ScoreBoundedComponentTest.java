package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a composite index needs the value of every component, so {@code reform score} refuses a component
 * published only as a bound, with a message naming the component, its unit and period, and the rule.
 */
class ScoreBoundedComponentTest {

  @TempDir Path dir;

  @Test
  void refusesABoundedComponentNamingIt() {
    // Quảng Ngãi's PCI 2020 sub-indices (VCCI, PCI 2020 provincial profile) with Transparency replaced by a
    // made-up bound 6–7, to show the refusal.
    Path file = CliFiles.write(dir.resolve("bounded.csv"), "indicator,area,period,value,universe,status,lower,upper\n"
        + "PCI_ENTRY_COSTS,51,2020,8.16,,A,,\n"
        + "PCI_LAND_ACCESS,51,2020,6.07,,A,,\n"
        + "PCI_TRANSPARENCY,51,2020,,,A,6,7\n"
        + "PCI_TIME_COSTS,51,2020,7.28,,A,,\n");
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", file.toString(), "--period", "2020");
    assertEquals(1, run.status(), run.toString());
    assertEquals("", run.out());
    String err = run.err();
    assertTrue(err.startsWith(file + ": "), err);
    assertTrue(err.contains("PCI_TRANSPARENCY"), err);
    assertTrue(err.contains("51"), err);
    assertTrue(err.contains("2020"), err);
    assertTrue(err.contains("a value published only as a bound cannot be scored or ranked"), err);
  }
}
