package org.reformindicators.examples.cli;

import java.util.Locale;
import org.reformindicators.examples.report.HtmlReportRenderer;
import org.reformindicators.examples.report.MarkdownReportRenderer;
import org.reformindicators.examples.report.ReportRenderer;
import org.reformindicators.examples.report.TextReportRenderer;

/**
 * The output format of {@code report} and {@code evaluate}, such as {@code text} (the default) or
 * {@code html}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReportFormat {
  /** A readable table for a terminal. */
  TEXT,
  /** A Markdown document with a table. */
  MARKDOWN,
  /** The assessment as JSON, following the schema of the {@code io} module. */
  JSON,
  /** One self-contained HTML page with a chart per indicator. */
  HTML;

  /**
   * Returns the renderer of a people-facing format.
   *
   * @return the renderer
   * @throws IllegalStateException for {@link #JSON}, which is written from the assessment itself
   */
  ReportRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextReportRenderer();
      case MARKDOWN -> new MarkdownReportRenderer();
      case HTML -> new HtmlReportRenderer();
      case JSON -> throw new IllegalStateException("JSON is written from the assessment");
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
