package org.reformindicators.examples.cli;

/**
 * What {@code validate} found in one file, printed as one line that scripts can parse, such as {@code
 * data.csv: 1950000 records read, 1950000 accepted, 0 rejected}.
 *
 * <p>The line is {@code FILE: N records read, A accepted, R rejected} (always {@code records}, even for one),
 * or {@code FILE: 1 document read, A accepted, R rejected} for a JSON or YAML document of a kind other than
 * {@code observations}; {@code N = A + R}. A record is a data row of an observation CSV (header excluded,
 * well-formed or not) or an element of the {@code observations} array of an observation document. A document is
 * read whole or not at all, so a document with a problem, observation documents included, is one document
 * read and rejected. A file that cannot be
 * opened or has an unknown type reads 0 records. Immutable and thread-safe.
 *
 * @param read how many records (or documents) were read
 * @param accepted how many were valid
 * @param problems how many problems were found in all
 * @param document whether the unit is the whole document rather than records
 */
record FileCheck(long read, long accepted, long problems, boolean document) {

  /**
   * Returns the check of a file that could not be read at all (missing, unreadable, of an unknown type).
   *
   * @param problems how many problems were found
   * @return 0 records read
   */
  static FileCheck unread(long problems) {
    return new FileCheck(0, 0, problems, false);
  }

  /**
   * Returns how many records (or documents) were rejected.
   *
   * @return {@code read - accepted}
   */
  long rejected() {
    return read - accepted;
  }

  /**
   * Returns the line printed for the file.
   *
   * @param file the file as the user named it
   * @return e.g. {@code data.csv: 1950000 records read, 1950000 accepted, 0 rejected}
   */
  String line(String file) {
    return file + ": " + read + (document ? " document" : " records") + " read, " + accepted + " accepted, "
        + rejected() + " rejected";
  }
}
