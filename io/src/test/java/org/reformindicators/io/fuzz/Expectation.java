package org.reformindicators.io.fuzz;

import java.util.Collections;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a mutation lets the property demand beyond "reads, or fails with located plain problems".
 *
 * <p>The set is closed: {@link Any} for an input the reader may accept or refuse; {@link SameAsSeed} for a
 * change that does not change the content (a byte-order mark, CRLF line ends, no final line end), which must
 * read to the seed's value; {@link Refused} for an input that must be refused, optionally with the exact set
 * of lines that hold problems (every bad record reported, no follow-on error on another line).
 */
sealed interface Expectation permits Expectation.Any, Expectation.SameAsSeed, Expectation.Refused {

  /** The reader may accept or refuse. */
  record Any() implements Expectation {}

  /** The reader must read the seed's value. */
  record SameAsSeed() implements Expectation {}

  /**
   * The reader must refuse; when {@code lines} is not empty, the problems must lie on exactly these lines.
   *
   * @param lines the lines expected to hold problems, or empty for anywhere
   * @param why what the mutation did that must be refused, for the message
   * @param recordsChange for a CSV read leniently, how many more (negative: fewer) records than the seed it
   *     returns, when the mutation knows
   */
  record Refused(SortedSet<Integer> lines, String why, OptionalInt recordsChange) implements Expectation {
    /**
     * Copies the lines in order.
     *
     * @param lines the lines
     * @param why the reason
     * @param recordsChange the change in records kept, if known
     */
    public Refused {
      lines = Collections.unmodifiableSortedSet(new TreeSet<>(lines));
    }

    /**
     * Refused, problems on exactly these lines, each a record rejected.
     *
     * @param lines the lines
     * @param why the reason
     */
    Refused(Set<Integer> lines, String why) {
      this(new TreeSet<>(lines), why, OptionalInt.empty());
    }
  }

  /** Any outcome. */
  Expectation ANY = new Any();

  /** The seed's value. */
  Expectation SAME_AS_SEED = new SameAsSeed();

  /**
   * Refused, with problems on exactly one line.
   *
   * @param line the line
   * @param why what must be refused
   * @return the expectation
   */
  static Expectation refusedAt(int line, String why) {
    return new Refused(Set.of(line), why);
  }

  /**
   * Refused, problems anywhere.
   *
   * @param why what must be refused
   * @return the expectation
   */
  static Expectation refused(String why) {
    return new Refused(Set.of(), why);
  }
}
