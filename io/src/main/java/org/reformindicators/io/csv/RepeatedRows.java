package org.reformindicators.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;

/**
 * The lines of the rows a read added to an {@link ObservationSet.Builder}, and the problems of the rows whose key
 * an earlier row had, such as line 5 repeating {@code PCI, unit 51, period 2020} of line 2: the set's one sort
 * finds them ({@link ObservationSet.Builder#buildKeepingFirst}), so the reader keeps no table of keys besides.
 *
 * <p>Memory: one {@code long} per row added, and at most the problem limit of messages (the repeats with the
 * lowest lines); every repeat is counted. Mutable and not thread-safe; one per read.
 */
final class RepeatedRows implements ObservationSet.RepeatedKeys {

  private final int limit;
  private long[] lines = new long[1024];
  private int added;
  /** The repeats with the lowest lines, by line; at most {@link #limit}. */
  private final TreeMap<Long, Problem> lowest = new TreeMap<>();

  private long count;

  RepeatedRows(int limit) {
    this.limit = limit;
  }

  /** Records the line of the next row added to the builder. */
  void added(long line) {
    if (added == lines.length) {
      lines = Arrays.copyOf(lines, (int) Math.min(Integer.MAX_VALUE - 8, added * 2L));
    }
    lines[added++] = line;
  }

  @Override
  public void repeated(int firstIndex, Observation first, int index, Observation repeat) {
    count++;
    long line = lines[index];
    if (lowest.size() == limit && line > lowest.lastKey()) {
      return;
    }
    lowest.put(line, problem(lines[firstIndex], first, line, repeat));
    if (lowest.size() > limit) {
      lowest.pollLastEntry();
    }
  }

  /** The problem of a repeated row, worded as the streaming check words it. */
  static Problem problem(long firstLine, Observation first, long line, Observation observation) {
    boolean same = first.valueText().equals(observation.valueText()) && first.status() == observation.status();
    return new Problem(
        new ProblemLocation.Csv(line, ""),
        "",
        observation.valueText(),
        (same ? "repeats" : "conflicts with")
            + " the observation on line "
            + firstLine
            + " for "
            + observation.key()
            + (same ? "" : " (" + first.valueText() + " there, " + observation.valueText() + " here)"));
  }

  /** Whether a row repeated an earlier key. */
  boolean any() {
    return count > 0;
  }

  /**
   * The read's failure: the problems of the rows (in file order, as kept up to the limit) and those of the
   * repeats, merged by line and cut at the limit, with the count of both.
   */
  ReadException failure(String source, List<Problem> rowProblems, long rowProblemCount) {
    List<Problem> merged = new ArrayList<>(Math.min(limit, rowProblems.size() + lowest.size()));
    int next = 0;
    for (Map.Entry<Long, Problem> repeat : lowest.entrySet()) {
      while (next < rowProblems.size() && lineOf(rowProblems.get(next)) <= repeat.getKey()) {
        merged.add(rowProblems.get(next++));
      }
      merged.add(repeat.getValue());
    }
    merged.addAll(rowProblems.subList(next, rowProblems.size()));
    return new ReadException(
        source, merged.subList(0, Math.min(limit, merged.size())), rowProblemCount + count);
  }

  private static long lineOf(Problem problem) {
    return problem.location() instanceof ProblemLocation.Csv csv ? csv.line() : 0;
  }
}
