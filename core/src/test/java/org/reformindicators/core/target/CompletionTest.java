package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionTest {

  @Test
  void doneIsOneNotDoneIsZero() {
    Completion t4 = Completion.of();
    assertTrue(t4.isMet(1));
    assertFalse(t4.isMet(0));
    assertFalse(t4.isExceeded(1));
    assertSame(t4, Completion.of());
    assertEquals(new Completion(), t4);
    assertEquals("done", t4.toString());
    assertTrue(t4.isMeasured());
  }

  @Test
  void rejectsOtherValues() {
    assertEquals(
        "completion must be 1 (done) or 0 (not done), was 0.5",
        assertThrows(IllegalArgumentException.class, () -> Completion.of().isMet(0.5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Completion.of().isExceeded(2));
  }
}
