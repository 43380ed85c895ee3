package org.reformindicators.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Finds the lines of an observation CSV file on which given observations stand, such as line 4 for
 * {@code PCI_TRANSPARENCY, unit 51, period 2020}, so that a problem found after the file was read
 * (a value outside its component's range) can name the offending cell.
 *
 * <p>It runs only when there is a problem to locate: it reads the file again record by record
 * (RFC 4180: a line break inside quotes does not end a record; blank lines are skipped), and each
 * record that may hold a wanted observation is read by {@code io}'s own reader, with the header, so
 * that the observation is recognised exactly as it was read (periods such as {@code 2020-A1} and
 * {@code 2020} alike). The file has already been read without problems.
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
    Set<String> indicators = new HashSet<>();
    wanted.forEach(key -> indicators.add(key.indicator().toString()));
    Map<ObservationKey, Long> lines = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = null;
      StringBuilder record = new StringBuilder();
      long line = 1;
      long start = 1;
      boolean quoted = false;
      for (int c = in.read(); ; c = in.read()) {
        boolean end = c == -1 || (c == '\n' && !quoted);
        if (!end) {
          record.append((char) c);
          quoted ^= c == '"';
          line += c == '\n' ? 1 : 0;
          continue;
        }
        String text = record.toString();
        if (!text.isBlank()) {
          if (header == null) {
            header = text;
          } else if (mayHold(text, indicators)) {
            for (Observation observation : read(header, text, file)) {
              if (wanted.contains(observation.key())) {
                lines.putIfAbsent(observation.key(), start);
              }
            }
          }
        }
        if (c == -1) {
          return lines;
        }
        record.setLength(0);
        line++;
        start = line;
      }
    }
  }

  private static boolean mayHold(String record, Set<String> indicators) {
    for (String indicator : indicators) {
      if (record.contains(indicator)) {
        return true;
      }
    }
    return false;
  }

  private static Iterable<Observation> read(String header, String record, Path file) throws IOException {
    byte[] bytes = (header + "\n" + record + "\n").getBytes(StandardCharsets.UTF_8);
    return ObservationCsvReader.create(ReadOptions.defaults().lenient(), CsvDialect.STANDARD)
        .readLenient(new ByteArrayInputStream(bytes), file.toString())
        .records();
  }
}
