package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.observation.Observation;

/**
 * Reads a generated file of 1.5 million rows through the streaming callback and checks that the heap in use
 * does not grow with the file. A reader that kept every observation would hold well over 200 MB here; the
 * bound of 32 MB of growth leaves room for garbage-collector noise.
 */
class ObservationCsvStreamingTest {

  private static final int ROWS = 1_500_000;
  private static final long ALLOWED_GROWTH_BYTES = 32L * 1024 * 1024;

  @Test
  void aMillionsOfRowsFileIsReadWithBoundedMemory(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("indicator,area,period,value,status\r\n");
      for (int i = 0; i < ROWS; i++) {
        // 63 provinces x many years and months: every row is distinct
        out.write("PCI_SUB_" + (i % 7) + "," + String.format("%02d", 1 + i % 63) + "," + (1990 + (i / 63) % 100)
            + "-" + String.format("%02d", 1 + (i / 6300) % 12) + "," + (i % 1000) / 10.0 + ",A\r\n");
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Long> samples = new ArrayList<>();
    long[] count = {0};
    double[] sum = {0};
    long delivered =
        ObservationCsvReader.create()
            .read(
                Files.newInputStream(file),
                file.toString(),
                (Observation o) -> {
                  count[0]++;
                  sum[0] += o.value().getAsDouble();
                  if (count[0] % 300_000 == 0) {
                    System.gc();
                    samples.add(memory.getHeapMemoryUsage().getUsed());
                  }
                },
                problem -> {
                  throw new AssertionError(problem.toString());
                });
    assertEquals(ROWS, delivered);
    assertEquals(ROWS, count[0]);
    // each block of 1000 rows holds (0 + 0.1 + … + 99.9) = 49 950
    assertEquals(49_950.0 * (ROWS / 1000), sum[0], 1e-3);
    assertEquals(5, samples.size());
    long growth = samples.get(samples.size() - 1) - samples.get(0);
    System.out.println("heap in use after gc every 300 000 rows (bytes): " + samples + ", growth " + growth);
    assertTrue(growth < ALLOWED_GROWTH_BYTES, "heap grew by " + growth + " bytes while streaming: " + samples);
  }
}
