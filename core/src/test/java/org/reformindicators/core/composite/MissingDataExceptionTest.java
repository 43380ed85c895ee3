package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MissingDataExceptionTest {

  @Test
  void isAnIllegalArgumentWithTheMessage() {
    MissingDataException e = new MissingDataException("PCI for unit 51: components [X] are missing");
    assertTrue(e instanceof IllegalArgumentException);
    assertEquals("PCI for unit 51: components [X] are missing", e.getMessage());
  }
}
