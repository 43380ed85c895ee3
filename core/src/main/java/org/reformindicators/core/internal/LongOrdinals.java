package org.reformindicators.core.internal;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, … in the order they are first added, such as the packed ids of an
 * observation key, in an open-addressing table of one primitive array (no boxing, no entry objects).
 *
 * <p>Keys are compared exactly; the hash only chooses where to start probing. The table doubles when it is
 * three-quarters full, so it takes between 21 and 43 bytes per key. At most {@value #MAX_KEYS} keys. Used by the
 * observation set's builder and io's CSV duplicate check. Not part of the public API. Mutable and not thread-safe.
 */
public final class LongOrdinals {

  /** Most keys held: three quarters of the largest power-of-two array. */
  public static final int MAX_KEYS = 3 << 27;

  /**
   * Slot {@code i} is two longs: the key at {@code 2i} and the ordinal + 1 at {@code 2i + 1} (0 marks an empty
   * slot), side by side so that a look-up in a table larger than the caches misses once, not twice.
   */
  private long[] slots;

  private int size;

  /** Creates an empty table. */
  public LongOrdinals() {
    slots = new long[32];
  }

  /**
   * Returns the number of distinct keys added.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the ordinal of a key, adding it if it is new.
   *
   * @param key the key
   * @return the ordinal of the key: {@code size() - 1} after the call when the key was new
   * @throws IllegalStateException if the key is new and the table holds {@value #MAX_KEYS} keys
   */
  public int ordinalOf(long key) {
    long[] table = slots;
    int mask = (table.length >> 1) - 1;
    int slot = slot(key, mask);
    while (table[2 * slot + 1] != 0) {
      if (table[2 * slot] == key) {
        return (int) table[2 * slot + 1] - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == MAX_KEYS) {
      throw new IllegalStateException("more than " + MAX_KEYS + " distinct keys");
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = ++size;
    int capacity = table.length >> 1;
    if (size > capacity - (capacity >> 2)) {
      grow();
    }
    return size - 1;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = (slots.length >> 1) - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int slot = slot(old[i], mask);
        while (slots[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[2 * slot] = old[i];
        slots[2 * slot + 1] = old[i + 1];
      }
    }
  }

  /** Spreads the bits of the key (the finaliser of MurmurHash3) before masking. */
  private static int slot(long key, int mask) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
