package org.reformindicators.examples.report;

/**
 * Renders a {@link ProgressReport} as text in one format, such as a text table or an HTML page.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ReportRenderer {

  /**
   * Renders the report.
   *
   * @param report the report
   * @return the rendering, ending with a line break
   * @throws NullPointerException if {@code report} is {@code null}
   */
  String render(ProgressReport report);
}
