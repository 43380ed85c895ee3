package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue 12: {@code validate} streams a 50 MB observation CSV (1,953,000 distinct rows) in
 * a separate JVM limited to 256 MB of heap, exits 0 and prints a record count equal to the rows written. Before,
 * it read the whole file into an observation set (21 s and 3.7 GB for such a file) and ran out of memory.
 */
class ValidateLargeCsvJarIT {

  /** 30 indicators × 700 communes × 93 months (2017-01 to 2024-09), every row a distinct key. */
  private static final int INDICATORS = 30;

  private static final int COMMUNES = 700;

  private static final int MONTHS = 93;

  @Test
  void aFiftyMegabyteFileIsValidatedWithin256MegabytesOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.csv");
    long rows = write(file);
    assertEquals(1_953_000, rows);
    assertTrue(Files.size(file) > 50_000_000L, "the file has " + Files.size(file) + " bytes");

    Path jar = Path.of(System.getProperty("reform.jar", "target/reform.jar"));
    assertTrue(Files.isRegularFile(jar), "built jar " + jar);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-jar", jar.toString(), "validate", file.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "validate ends");
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), printed + Files.readString(err, StandardCharsets.UTF_8));
    assertEquals(
        List.of(file + ": " + rows + " records read, " + rows + " accepted, 0 rejected",
            "1 file checked: 1 valid, 0 invalid"),
        printed.lines().toList());
  }

  private static long write(Path file) throws IOException {
    long rows = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("indicator,area,period,value\n");
      for (int month = 0; month < MONTHS; month++) {
        String period = String.format(Locale.ROOT, "%d-%02d", 2017 + month / 12, 1 + month % 12);
        for (int commune = 0; commune < COMMUNES; commune++) {
          String area = String.format(Locale.ROOT, "%05d", 20_000 + commune * 7);
          for (int indicator = 0; indicator < INDICATORS; indicator++) {
            int tenths = 100 + (int) (rows % 900);
            out.write(String.format(Locale.ROOT, "IND_%02d,%s,%s,%d.%d\n", indicator, area, period,
                tenths / 10, tenths % 10));
            rows++;
          }
        }
      }
    }
    return rows;
  }
}
