package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTheFiveSpecialCharacters() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;Q&amp;A &#39;ệ&#39;", Html.escape("<a href=\"x\">Q&A 'ệ'"));
  }

  @Test
  void escapedTextHasNoMarkupLeftAndUnescapesBack() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
        .check(text -> {
          String escaped = Html.escape(text);
          String back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
              .replace("&#39;", "'").replace("&amp;", "&");
          return escaped.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == '\'')
              && back.equals(text);
        });
  }
}
