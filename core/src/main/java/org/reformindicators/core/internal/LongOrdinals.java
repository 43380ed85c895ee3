package org.reformindicators.core.internal;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, … in the order they are first added, such as the packed ids of an
 * observation key, in an open-addressing table of two primitive arrays (no boxing, no entry objects).
 *
 * <p>Keys are compared exactly; the hash only chooses where to start probing. The table doubles when it is
 * three-quarters full, so it takes between 16 and 32 bytes per key. At most {@value #MAX_KEYS} keys. Used by the
 * observation set's builder and io's CSV duplicate check. Not part of the public API. Mutable and not thread-safe.
 */
public final class LongOrdinals {

  /** Most keys held: three quarters of the largest power-of-two array. */
  public static final int MAX_KEYS = 3 << 28;

  private long[] keys;
  /** Ordinal + 1 of the key in the same slot; 0 marks an empty slot. */
  private int[] ordinals;
  private int size;

  /** Creates an empty table. */
  public LongOrdinals() {
    keys = new long[16];
    ordinals = new int[16];
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
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (ordinals[slot] != 0) {
      if (keys[slot] == key) {
        return ordinals[slot] - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == MAX_KEYS) {
      throw new IllegalStateException("more than " + MAX_KEYS + " distinct keys");
    }
    keys[slot] = key;
    ordinals[slot] = ++size;
    if (size > keys.length - (keys.length >> 2)) {
      grow();
    }
    return size - 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldOrdinals = ordinals;
    keys = new long[oldKeys.length * 2];
    ordinals = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldOrdinals[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (ordinals[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ordinals[slot] = oldOrdinals[i];
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
