package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.text.Language;

class ReportLabelsTest {

  @Test
  void everyKeyHasATextInEveryLanguage() {
    Set<String> keys = ReportLabels.keys();
    assertEquals(
        Set.of("id", "name", "target", "latest", "status", "explanation", "asOf", "summary", "charts", "related",
            "noData", "sampleLegend", "target.line", "deadline", "clauses", "generated", "exceeded", "chartLegend"),
        keys);
    for (String key : keys) {
      for (Language language : Language.values()) {
        assertFalse(ReportLabels.text(language, key).isBlank(), language + " " + key);
      }
    }
    assertEquals("Chỉ tiêu", ReportLabels.text(Language.VI, "target"));
    assertEquals("Target", ReportLabels.text(Language.EN, "target"));
  }

  @Test
  void rejectsUnknownKeysNamingThem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportLabels.text(Language.EN, "nope"))
        .getMessage().endsWith(", was nope"));
  }
}
