package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MismatchTest {

  @Test
  void printsTheLineARunnerPrints() {
    assertEquals("FAIL sdsn-ratio-at-1: clauses[T1].status expected ON_TRACK, was AT_RISK",
        new Mismatch("sdsn-ratio-at-1", "clauses[T1].status", "ON_TRACK", "AT_RISK").toString());
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> new Mismatch(null, "f", "e", "a"));
  }
}
