package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void hasTheSameKeysInEveryLanguage() {
    for (String key : new String[] {"id", "name", "target", "latest", "status", "explanation",
        "asOf", "summary", "charts", "noData", "sampleLegend", "target.line", "deadline", "clauses",
        "generated", "exceeded", "chartLegend"}) {
      for (Language language : Language.values()) {
        assertTrue(!language.text(key).isBlank(), language + " " + key);
      }
    }
    assertEquals("Chỉ tiêu", Language.VI.text("target"));
    assertEquals("Target", Language.EN.text("target"));
  }

  @Test
  void codesAreIso639() {
    assertEquals("vi", Language.VI.code());
    assertEquals("en", Language.EN.code());
  }

  @Test
  void rejectsUnknownKeys() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Language.EN.text("nope"))
        .getMessage().endsWith(", was nope"));
  }
}
