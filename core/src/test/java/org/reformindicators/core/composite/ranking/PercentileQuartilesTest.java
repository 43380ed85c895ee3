package org.reformindicators.core.composite.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileQuartilesTest {

  @Test
  void typeSevenPercentileByHand() {
    // 1..8 sorted: h = 7 × 0.75 = 5.25 → 6 + 0.25 × (7 − 6) = 6.25; median h = 3.5 → 4.5; h = 1.75 → 2.75
    double[] scores = {8, 1, 2, 3, 4, 5, 6, 7};
    assertEquals(6.25, PercentileQuartiles.percentile(scores, 0.75), 1e-12);
    assertEquals(4.5, PercentileQuartiles.percentile(scores, 0.50), 1e-12);
    assertEquals(2.75, PercentileQuartiles.percentile(scores, 0.25), 1e-12);
  }

  @Test
  void papiGroupsByQuartile() {
    // with cut-offs 6.25, 4.5, 2.75: 7, 8 highest; 5, 6 high-average; 3, 4 low-average; 1, 2 lowest
    List<BigDecimal> scores = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      scores.add(BigDecimal.valueOf(i));
    }
    assertEquals(
        List.of(
            "lowest", "lowest", "low-average", "low-average", "high-average", "high-average", "highest", "highest"),
        PercentileQuartiles.PAPI.labels(scores));
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PercentileQuartiles(List.of("a", "b", "c")));
    assertThrows(IllegalArgumentException.class, () -> new PercentileQuartiles(List.of("a", "a", "c", "d")));
    assertEquals(
        "probability must be within [0, 1], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> PercentileQuartiles.percentile(new double[] {1}, 1.5))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> PercentileQuartiles.percentile(new double[0], 0.5));
  }
}
