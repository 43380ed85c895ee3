package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.examples.report.HtmlReportRenderer;
import org.reformindicators.examples.report.MarkdownReportRenderer;
import org.reformindicators.examples.report.TextReportRenderer;

class ReportFormatTest {

  @Test
  void eachPeopleFacingFormatHasItsRenderer() {
    assertTrue(ReportFormat.TEXT.renderer() instanceof TextReportRenderer);
    assertTrue(ReportFormat.MARKDOWN.renderer() instanceof MarkdownReportRenderer);
    assertTrue(ReportFormat.HTML.renderer() instanceof HtmlReportRenderer);
    assertThrows(IllegalStateException.class, ReportFormat.JSON::renderer);
  }

  @Test
  void printsAsTheOptionValue() {
    assertEquals("markdown", ReportFormat.MARKDOWN.toString());
  }
}
