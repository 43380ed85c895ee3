package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DesiredDirectionTest {

  @Test
  void signsAndComparisons() {
    assertEquals(1.0, DesiredDirection.INCREASE.sign(), 0.0);
    assertEquals(-1.0, DesiredDirection.DECREASE.sign(), 0.0);
    assertTrue(DesiredDirection.INCREASE.meets(80, 80));
    assertFalse(DesiredDirection.INCREASE.meets(79.99, 80));
    assertTrue(DesiredDirection.DECREASE.meets(30, 30)); // rank 30 meets "25–30" at its weaker end
    assertTrue(DesiredDirection.DECREASE.meets(10, 30));
    assertFalse(DesiredDirection.DECREASE.meets(31, 30));
    assertTrue(DesiredDirection.DECREASE.isBetter(39, 63));
    assertFalse(DesiredDirection.INCREASE.isBetter(5, 5));
  }
}
