package org.reformindicators.benchmarks.scale;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.io.csv.ObservationCsvReader;

/**
 * Measures the heap retained per observation by what scenario 1 reads (not an estimate): in a forked JVM with the
 * serial collector, the used heap after full collections holding the result, minus the used heap after full
 * collections before reading (the file's bytes held in both), divided by the number of rows.
 *
 * <p>Run {@code java -cp benchmarks/target/benchmarks.jar
 * org.reformindicators.benchmarks.scale.RetainedBytes}: it forks one JVM for the {@link ObservationSet} and one
 * for the list of records of {@link CsvToObservationSetBenchmark#jacksonBindToRecord()}, and prints both.
 */
public final class RetainedBytes {

  private RetainedBytes() {}

  /**
   * Forks a measuring JVM per kind, or measures one kind when given it.
   *
   * @param args none, or {@code set} or {@code records} in a forked JVM
   * @throws IOException if a fork cannot be started
   * @throws InterruptedException if interrupted while waiting for a fork
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 1) {
      measure(args[0]);
      return;
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classPath = System.getProperty("java.class.path");
    for (String kind : List.of("set", "records")) {
      Process fork =
          new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx3g", "-cp", classPath, RetainedBytes.class.getName(), kind)
              .inheritIO()
              .start();
      if (fork.waitFor() != 0) {
        throw new IllegalStateException("the fork measuring " + kind + " failed");
      }
    }
  }

  private static void measure(String kind) throws IOException {
    byte[] file = NationalObservationFile.bytes();
    long before = usedAfterGc();
    Object held;
    int size;
    if (kind.equals("set")) {
      ObservationSet set = ObservationCsvReader.create().read(new ByteArrayInputStream(file), "generated.csv");
      size = set.size();
      held = set;
    } else {
      List<CsvToObservationSetBenchmark.Row> rows = CsvToObservationSetBenchmark.bindToRecords(file);
      size = rows.size();
      held = new ArrayList<>(rows); // trimmed to size, as a user keeping the list would hold it
    }
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%-8s %,d rows: %,d bytes retained, %.1f bytes per observation (JDK %s, %s)%n",
        kind, size, after - before, (after - before) / (double) size, System.getProperty("java.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    if (held.hashCode() == 42 && file.length == 0) {
      System.out.println(); // keeps the result and the file reachable until after the measurement
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
