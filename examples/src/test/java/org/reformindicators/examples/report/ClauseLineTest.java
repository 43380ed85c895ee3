package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.text.Language;

class ClauseLineTest {

  @Test
  void latestWithPeriodMarksSamples() {
    assertEquals("39 (2021)", line("39", "2021", false).latestWithPeriod());
    assertEquals("88.2* (2025)", line("88.2", "2025", true).latestWithPeriod());
    assertEquals("", line("", "", false).latestWithPeriod());
    assertEquals("1", line("1", "", false).latestWithPeriod());
  }

  @Test
  void statusTextMarksExceededTargets() {
    ClauseLine exceeded = new ClauseLine("T9a", "n", "≥ 90%", "95.1", "2024", true, "ACHIEVED", "Đạt", true, "");
    assertEquals("Đạt (vượt)", exceeded.statusText(Language.VI));
    assertEquals("Đạt (exceeded)", exceeded.statusText(Language.EN));
    assertEquals("on track", line("1", "", false).statusText(Language.EN));
  }

  @Test
  void rejectsNullsAndBlankIds() {
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> new ClauseLine("T1", null, "", "", "", false, "X", "x", false, "")).getMessage());
    assertEquals("id must not be blank", assertThrows(IllegalArgumentException.class,
        () -> new ClauseLine(" ", "n", "", "", "", false, "X", "x", false, "")).getMessage());
    assertEquals("status of clause T1 must not be blank", assertThrows(IllegalArgumentException.class,
        () -> new ClauseLine("T1", "n", "", "", "", false, "", "x", false, "")).getMessage());
  }

  private static ClauseLine line(String value, String period, boolean sample) {
    return new ClauseLine("T1a", "n", "t", value, period, sample, "ON_TRACK", "on track", false, "");
  }
}
