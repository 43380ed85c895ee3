package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseIdTest {

  @Test
  void parsesAndPrints() {
    assertEquals(ClauseId.of(12, 'e'), ClauseId.parse("T12e"));
    assertEquals(ClauseId.of(3), ClauseId.parse("T3"));
    assertEquals("T1a", ClauseId.of(1, 'a').toString());
    assertEquals("", ClauseId.parse("T3").letter());
  }

  @Test
  void planOrderIsNotTextOrder() {
    List<ClauseId> ids = new ArrayList<>();
    for (String id : List.of("T10a", "T9c", "T3a", "T3", "T1b", "T1a", "T14d", "T2a")) {
      ids.add(ClauseId.parse(id));
    }
    Collections.sort(ids);
    assertEquals("[T1a, T1b, T2a, T3, T3a, T9c, T10a, T14d]", ids.toString());
    assertTrue(ClauseId.parse("T9c").compareTo(ClauseId.parse("T10a")) < 0);
  }

  @Test
  void rejectsMalformedIds() {
    for (String bad : List.of("T0", "T01", "T1A", "1a", "T", "T1ab", "t1a", "T1000", " T1a")) {
      assertThrows(IllegalArgumentException.class, () -> ClauseId.parse(bad), bad);
    }
    assertEquals(
        "clause id must be T, a number 1..999 and an optional lower-case letter (e.g. T1a, T3, T12e), was 'T1A'",
        assertThrows(IllegalArgumentException.class, () -> ClauseId.parse("T1A")).getMessage());
    assertEquals(
        "clause number must be within 1..999, was 0",
        assertThrows(IllegalArgumentException.class, () -> ClauseId.of(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClauseId.of(1, 'A'));
  }

  @Test
  void roundTripsAndOrdersByNumberThenLetter() {
    qt().forAll(
            integers().between(1, 999),
            integers().between(0, 26),
            integers().between(1, 999),
            integers().between(0, 26))
        .checkAssert(
            (n1, l1, n2, l2) -> {
              ClauseId a = new ClauseId(n1, l1 == 0 ? "" : String.valueOf((char) ('a' + l1 - 1)));
              ClauseId b = new ClauseId(n2, l2 == 0 ? "" : String.valueOf((char) ('a' + l2 - 1)));
              assertEquals(a, ClauseId.parse(a.toString()));
              if (n1 < n2) {
                assertTrue(a.compareTo(b) < 0);
              }
              assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
            });
  }
}
