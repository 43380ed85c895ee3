package org.reformindicators.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a {@link ProgressReport} as text in one format, such as a text table or an HTML page.
 *
 * <p>A renderer writes to an {@link Appendable} as it goes, so a report of any size reaches a file
 * or standard output without being built as one string first; {@link #render(ProgressReport)}
 * gives the same text as a string.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ReportRenderer {

  /**
   * Renders the report onto {@code out}, piece by piece.
   *
   * @param report the report
   * @param out where the rendering goes; it ends with a line break
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is {@code null}
   */
  void render(ProgressReport report, Appendable out) throws IOException;

  /**
   * Renders the report as a string, the same text {@link #render(ProgressReport, Appendable)}
   * writes.
   *
   * @param report the report
   * @return the rendering, ending with a line break
   * @throws NullPointerException if {@code report} is {@code null}
   */
  default String render(ProgressReport report) {
    StringBuilder out = new StringBuilder();
    try {
      render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
