package org.reformindicators.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing input while it still fails the same way: first whole lines, then ever smaller runs of
 * bytes (a greedy delta debugging). Used by {@code ReaderFuzzTest#replay} with {@code -Dfuzz.minimize=true}.
 */
final class Minimizer {

  /** Most reads tried while shrinking. */
  private static final int BUDGET = 20_000;

  private int tries;

  private Minimizer() {}

  /**
   * Shrinks an input.
   *
   * @param input the failing input
   * @param fails whether an input still fails the same way
   * @return the smallest failing input found
   */
  static byte[] minimize(byte[] input, Predicate<byte[]> fails) {
    Minimizer m = new Minimizer();
    List<byte[]> lines = m.shrink(lines(input), units -> fails.test(join(units)));
    return m.shrinkBytes(join(lines), fails);
  }

  private byte[] shrinkBytes(byte[] input, Predicate<byte[]> fails) {
    byte[] current = input;
    for (int chunk = Math.max(1, current.length / 2); tries < BUDGET; chunk /= 2) {
      for (int i = 0; i + chunk <= current.length && tries < BUDGET; ) {
        byte[] candidate = new byte[current.length - chunk];
        System.arraycopy(current, 0, candidate, 0, i);
        System.arraycopy(current, i + chunk, candidate, i, current.length - i - chunk);
        tries++;
        if (fails.test(candidate)) {
          current = candidate;
        } else {
          i += chunk;
        }
      }
      if (chunk == 1) {
        break;
      }
    }
    return current;
  }

  private List<byte[]> shrink(List<byte[]> units, Predicate<List<byte[]>> fails) {
    List<byte[]> current = new ArrayList<>(units);
    for (int chunk = Math.max(1, current.size() / 2); chunk >= 1 && tries < BUDGET; chunk /= 2) {
      boolean removed = true;
      while (removed && tries < BUDGET) {
        removed = false;
        for (int i = 0; i + chunk <= current.size() && tries < BUDGET; i += chunk) {
          List<byte[]> candidate = new ArrayList<>(current.subList(0, i));
          candidate.addAll(current.subList(i + chunk, current.size()));
          tries++;
          if (fails.test(candidate)) {
            current = candidate;
            removed = true;
            i -= chunk;
          }
        }
      }
      if (chunk == 1) {
        break;
      }
    }
    return current;
  }

  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i + 1));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(Arrays.copyOfRange(input, start, input.length));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> units) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    units.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
