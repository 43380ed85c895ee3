package org.reformindicators.io.problem;

/**
 * How a reader treats a bad record, such as {@code STRICT} (the default): fail the whole read.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReadMode {
  /** Any problem fails the whole read with a {@link ReadException} listing every problem found. */
  STRICT,
  /**
   * Bad records are rejected and reported, valid records are returned; a problem that makes the whole file
   * unreadable (a missing header column, a legacy encoding, broken syntax) still fails the read.
   */
  LENIENT
}
