package org.reformindicators.io.problem;

/**
 * How many records a streaming check read, accepted and rejected, such as 1,950,000 observations read and
 * accepted, none rejected, so that a user can see that nothing was lost.
 *
 * <p>Every record read is either accepted or rejected: {@link #rejected()} is {@code recordsRead - accepted}, and
 * each rejected record is explained by at least one problem. When a problem made the rest of the file unreadable
 * (a bad header, a legacy encoding, a quote never closed), {@link #readToEnd()} is {@code false} and the counts
 * cover the records before that point. Immutable and thread-safe.
 *
 * @param recordsRead how many records were read (for a CSV file: the data rows, well-formed or not)
 * @param accepted how many records were valid
 * @param problems how many problems were found in all, including those not kept
 * @param readToEnd whether the whole file could be read
 */
public record ReadSummary(long recordsRead, long accepted, long problems, boolean readToEnd) {

  /**
   * Validates the counts.
   *
   * @param recordsRead how many records were read, at least 0
   * @param accepted how many were valid, from 0 to {@code recordsRead}
   * @param problems how many problems were found, at least 0
   * @param readToEnd whether the whole file could be read
   * @throws IllegalArgumentException if a count is negative or more records were accepted than read
   */
  public ReadSummary {
    if (recordsRead < 0 || accepted < 0 || problems < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, were " + recordsRead + " read, " + accepted + " accepted, " + problems + " problems");
    }
    if (accepted > recordsRead) {
      throw new IllegalArgumentException(
          "accepted must be at most the " + recordsRead + " records read, was " + accepted);
    }
  }

  /**
   * Returns how many records were rejected.
   *
   * @return {@code recordsRead - accepted}
   */
  public long rejected() {
    return recordsRead - accepted;
  }
}
