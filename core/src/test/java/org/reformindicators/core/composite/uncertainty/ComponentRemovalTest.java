package org.reformindicators.core.composite.uncertainty;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class ComponentRemovalTest {

  // units u, v, w; nominal ranks 1, 2, 3; without A: 3, 1, 2; without B: w has no data left (rank 0)
  private static final ComponentRemoval REMOVAL =
      new ComponentRemoval(
          List.of(UnitCode.of("u"), UnitCode.of("v"), UnitCode.of("w")),
          List.of(ComponentCode.of("A"), ComponentCode.of("B")),
          new int[] {1, 2, 3},
          new int[][] {{3, 1, 2}, {1, 2, 0}});

  @Test
  void rankChangeIsNominalMinusRankWithout() {
    assertEquals(OptionalInt.of(-2), REMOVAL.rankChange(UnitCode.of("u"), ComponentCode.of("A")));
    assertEquals(OptionalInt.of(1), REMOVAL.rankChange(UnitCode.of("v"), ComponentCode.of("A")));
    assertEquals(OptionalInt.empty(), REMOVAL.rankWithout(UnitCode.of("w"), ComponentCode.of("B")));
    assertEquals(OptionalInt.empty(), REMOVAL.rankChange(UnitCode.of("w"), ComponentCode.of("B")));
    // |−2| + |1| + |1| over 3 units
    assertEquals(4.0 / 3, REMOVAL.meanAbsoluteRankChange(ComponentCode.of("A")), 1e-15);
    assertEquals(0.0, REMOVAL.meanAbsoluteRankChange(ComponentCode.of("B")), 0.0);
    assertEquals(List.of(ComponentCode.of("A"), ComponentCode.of("B")), REMOVAL.components());
    assertEquals(List.of(UnitCode.of("u"), UnitCode.of("v"), UnitCode.of("w")), REMOVAL.units());
  }

  @Test
  void unknownNamesAreRejected() {
    assertEquals(
        "component must be one of [A, B], was 'C'",
        assertThrows(IllegalArgumentException.class, () -> REMOVAL.rankChange(UnitCode.of("u"), ComponentCode.of("C"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> REMOVAL.nominalRank(UnitCode.of("z")));
  }
}
