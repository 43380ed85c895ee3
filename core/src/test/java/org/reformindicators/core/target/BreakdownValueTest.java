package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownValueTest {

  @Test
  void parsesAndPrints() {
    assertEquals(BreakdownValue.level("DISTRICT"), BreakdownValue.parse("LEVEL=DISTRICT"));
    assertEquals("SECTOR=LAND", BreakdownValue.of("SECTOR", "LAND").toString());
  }

  @Test
  void rejectsMalformedText() {
    assertEquals(
        "breakdown value must be KEY=VALUE (e.g. LEVEL=COMMUNE), was 'LEVEL'",
        assertThrows(IllegalArgumentException.class, () -> BreakdownValue.parse("LEVEL")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> BreakdownValue.parse("level=district"));
    assertThrows(IllegalArgumentException.class, () -> BreakdownValue.parse("LEVEL="));
  }

  @Test
  void roundTrips() {
    List<String> keys = List.of("LEVEL", "SECTOR", "SEX", "AGE_GROUP");
    List<String> values = List.of("PROVINCE", "DISTRICT", "COMMUNE", "LAND", "F", "Y15_24");
    qt().forAll(integers().between(0, keys.size() - 1), integers().between(0, values.size() - 1))
        .checkAssert(
            (k, v) -> {
              BreakdownValue value = BreakdownValue.of(keys.get(k), values.get(v));
              assertEquals(value, BreakdownValue.parse(value.toString()));
            });
  }
}
