package org.reformindicators.core.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers distinct values 0, 1, 2, … in the order they are first seen, such as the indicator codes or periods of
 * an observation set, so that a column can hold an {@code int} instead of a reference to an equal copy.
 *
 * <p>The last value looked up is remembered: observation files list rows series by series, so most look-ups are
 * of the same code as the row before and cost one {@code equals}. Mutable and not thread-safe.
 *
 * @param <T> the type of the values, with {@code equals} and {@code hashCode}
 */
final class Codebook<T> {

  private final Map<T, Integer> ids = new HashMap<>();
  private final List<T> values = new ArrayList<>();
  private T last;
  private int lastId = -1;

  /** Returns the number of a value, numbering it if it is new. */
  int idOf(T value) {
    if (value == last || (last != null && last.equals(value))) {
      return lastId;
    }
    Integer id = ids.get(value);
    if (id == null) {
      id = values.size();
      ids.put(value, id);
      values.add(value);
    }
    last = value;
    lastId = id;
    return id;
  }

  /** Returns whether a value was numbered. */
  boolean contains(T value) {
    return value == last || (last != null && last.equals(value)) || ids.containsKey(value);
  }

  /** Returns the value numbered {@code id}; the first value seen equal to it, which is the one columns share. */
  T value(int id) {
    return values.get(id);
  }

  /** Returns how many distinct values were numbered. */
  int size() {
    return values.size();
  }
}
