package org.reformindicators.core.composite.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTest {

  private static final double[] TIED = {9, 7, 7, 5};

  @Test
  void tieHandlingByHand() {
    assertArrayEquals(new int[] {1, 2, 2, 4}, Ranker.competitionRanks(TIED));
    assertArrayEquals(new int[] {1, 2, 2, 3}, Ranker.denseRanks(TIED));
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Ranker.fractionalRanks(TIED), 0.0);
    assertArrayEquals(new int[] {4, 2, 2, 1}, Ranker.ascendingMinRanks(TIED));
    // ascending min ranks 4, 2, 2, 1 → (r − 1) / 3
    assertArrayEquals(new double[] {1, 1.0 / 3, 1.0 / 3, 0}, Ranker.percentileRanks(TIED), 1e-15);
  }

  @Test
  void negativeZeroTiesWithZero() {
    assertArrayEquals(new int[] {1, 1, 3}, Ranker.competitionRanks(new double[] {-0.0, 0.0, -1}));
  }

  @Test
  void nanIsRejected() {
    assertEquals(
        "scores[1] must be a number, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Ranker.competitionRanks(new double[] {1, Double.NaN}))
            .getMessage());
  }

  private static double[] toArray(List<Integer> xs) {
    return xs.stream().mapToDouble(Integer::doubleValue).toArray();
  }

  @Test
  void competitionRankIsOnePlusTheNumberOfStrictlyBetterUnits() {
    qt().forAll(lists().of(integers().between(0, 8)).ofSizeBetween(1, 40))
        .checkAssert(
            xs -> {
              double[] s = toArray(xs);
              int[] r = Ranker.competitionRanks(s);
              for (int i = 0; i < s.length; i++) {
                int better = 0;
                for (double v : s) {
                  better += v > s[i] ? 1 : 0;
                }
                assertEquals(better + 1, r[i]);
              }
              // as a sorted sequence, each rank k appears m times and the next rank is k + m ("1224")
              int[] sorted = r.clone();
              Arrays.sort(sorted);
              assertEquals(1, sorted[0]);
              for (int i = 1; i < sorted.length; i++) {
                assertEquals(sorted[i] == sorted[i - 1] ? sorted[i - 1] : i + 1, sorted[i]);
              }
            });
  }

  @Test
  void denseAndFractionalRanksAgreeWithTheirDefinitions() {
    qt().forAll(lists().of(integers().between(0, 8)).ofSizeBetween(1, 40))
        .checkAssert(
            xs -> {
              double[] s = toArray(xs);
              int n = s.length;
              int[] dense = Ranker.denseRanks(s);
              double[] fractional = Ranker.fractionalRanks(s);
              assertEquals(Arrays.stream(s).distinct().count(), Arrays.stream(dense).max().orElseThrow());
              // fractional ranks always sum to 1 + 2 + … + n
              assertEquals(n * (n + 1) / 2.0, Arrays.stream(fractional).sum(), 1e-9);
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                  if (s[i] > s[j]) {
                    assertEquals(true, dense[i] < dense[j] && fractional[i] < fractional[j]);
                  }
                }
              }
            });
  }
}
