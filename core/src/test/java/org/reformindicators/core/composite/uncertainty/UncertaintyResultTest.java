package org.reformindicators.core.composite.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class UncertaintyResultTest {

  @Test
  void exposesIntervalsAndRankCounts() {
    // two units, three draws: a ranked 1, 1, 2; b ranked 2, 2, 1
    int[] counts = {0, 2, 1, 0, 1, 2};
    UnitRankInterval a = new UnitRankInterval(UnitCode.of("a"), 1, 1, 1, 1.9);
    UnitRankInterval b = new UnitRankInterval(UnitCode.of("b"), 2, 2, 1.1, 2);
    UncertaintyResult result = new UncertaintyResult(List.of(a, b), List.of(UnitCode.of("c")), 3, 9L, counts);
    assertEquals(Optional.of(b), result.interval(UnitCode.of("b")));
    assertEquals(Optional.empty(), result.interval(UnitCode.of("c")));
    assertArrayEquals(new int[] {0, 2, 1}, result.rankCounts(UnitCode.of("a")));
    assertArrayEquals(new int[] {0, 1, 2}, result.rankCounts(UnitCode.of("b")));
    assertEquals(List.of(UnitCode.of("c")), result.unrankedUnits());
    assertEquals(3, result.draws());
    assertEquals(9L, result.seed());
    assertThrows(IllegalArgumentException.class, () -> result.rankCounts(UnitCode.of("c")));
  }
}
