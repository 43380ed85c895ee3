package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Finds the lines of an observation CSV file on which given observations stand, such as line 4 for
 * {@code PCI_TRANSPARENCY, unit 51, period 2020}, so that a problem found after the file was read
 * (a value outside its component's range) can name the offending cell.
 *
 * <p>It runs only when there is a problem to locate: it streams the file again through {@code io}'s
 * reader, which hands over each observation with the line its record starts on, so the observation
 * is recognised exactly as it was read the first time. The file has already been read without
 * problems; memory grows with the wanted keys only.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class ObservationLines {

  private ObservationLines() {}

  /**
   * Returns the line on which each wanted observation starts.
   *
   * @param file the observation CSV file, already read without problems
   * @param wanted the keys of the observations to find
   * @return the first line of each wanted observation that was found
   * @throws IOException if the file cannot be read again
   */
  static Map<ObservationKey, Long> find(Path file, Set<ObservationKey> wanted) throws IOException {
    return find(file, ObservationCsvReader.create(ReadOptions.defaults().lenient(), CsvDialect.STANDARD), wanted);
  }

  /**
   * Returns the line on which each wanted observation starts, reading the file as it was read the first time.
   *
   * @param file the observation CSV file, already read without problems
   * @param reader a lenient reader with the dialect and stated period of the first read
   * @param wanted the keys of the observations to find
   * @return the first line of each wanted observation that was found
   * @throws IOException if the file cannot be read again
   */
  static Map<ObservationKey, Long> find(Path file, ObservationCsvReader reader, Set<ObservationKey> wanted)
      throws IOException {
    Map<ObservationKey, Long> lines = new HashMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      reader.readWithLines(
          in,
          file.toString(),
          (observation, line) -> {
            if (wanted.contains(observation.key())) {
              lines.putIfAbsent(observation.key(), line);
            }
          },
          problem -> {});
    }
    return lines;
  }
}
