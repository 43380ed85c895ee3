package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import picocli.CommandLine.TypeConversionException;

class MethodConverterTest {

  private final MethodConverter converter = new MethodConverter();

  @Test
  void readsEveryMethodName() {
    for (String id : new String[] {"eurostat", "open-sdg", "escap", "sdsn", "linear"}) {
      assertEquals(id, converter.convert(id).id());
      assertEquals(ProgressMethodRegistry.defaults().method(id), converter.convert(id));
    }
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertEquals("'Eurostat' is not a progress method: use eurostat, open-sdg, escap, sdsn or linear",
        assertThrows(TypeConversionException.class, () -> converter.convert("Eurostat")).getMessage());
  }
}
