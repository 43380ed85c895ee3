package org.reformindicators.core.composite.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class RankingTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static final Ranking RANKING =
      Ranking.of(
          List.of(UnitCode.of("a"), UnitCode.of("b"), UnitCode.of("c"), UnitCode.of("d"), UnitCode.of("e")),
          Arrays.asList(d("64.32"), d("66.10"), d("64.32"), null, d("60.00")),
          RankingMethod.COMPETITION);

  @Test
  void tiesShareTheBestRankAndUnscoredUnitsAreUnranked() {
    assertEquals(OptionalInt.of(1), RANKING.place(UnitCode.of("b")));
    assertEquals(OptionalInt.of(2), RANKING.place(UnitCode.of("a")));
    assertEquals(OptionalInt.of(2), RANKING.place(UnitCode.of("c")));
    assertEquals(OptionalInt.of(4), RANKING.place(UnitCode.of("e")));
    assertEquals(OptionalInt.empty(), RANKING.place(UnitCode.of("d")));
    assertEquals(4, RANKING.universe());
    assertEquals(List.of(UnitCode.of("b"), UnitCode.of("a"), UnitCode.of("c"), UnitCode.of("e")), RANKING.rankedUnits());
    assertEquals(List.of(UnitCode.of("d")), RANKING.unrankedUnits());
    assertEquals(Optional.of(d("64.32")), RANKING.score(UnitCode.of("a")));
  }

  @Test
  void describesRanksAsThePressDoes() {
    // UNDP and CECODES, PAPI: "59/63 (2 not ranked)"
    assertEquals("2/5 (1 not ranked)", RANKING.describe(UnitCode.of("a")));
    assertEquals("not ranked", RANKING.describe(UnitCode.of("d")));
    Ranking fractional =
        Ranking.of(List.of(UnitCode.of("x"), UnitCode.of("y")), List.of(d("1"), d("1")), RankingMethod.FRACTIONAL);
    assertEquals("1.5/2", fractional.describe(UnitCode.of("x")));
    assertThrows(IllegalStateException.class, () -> fractional.place(UnitCode.of("x")));
    assertEquals(OptionalDouble.of(1.5), fractional.rank(UnitCode.of("y")));
  }

  @Test
  void percentileRankAndGroups() {
    // scores 64.32, 66.10, 64.32, 60.00: ascending min ranks 2, 4, 2, 1 → (r − 1) / 3
    assertEquals(1.0 / 3, RANKING.percentileRank(UnitCode.of("a")).orElseThrow(), 1e-15);
    assertEquals(1.0, RANKING.percentileRank(UnitCode.of("b")).orElseThrow(), 0.0);
    assertEquals(OptionalDouble.empty(), RANKING.percentileRank(UnitCode.of("d")));
    Map<UnitCode, String> bands = RANKING.groups(new BandScheme(List.of(BandScheme.Band.of("top", "65")), "rest"));
    assertEquals(
        Map.of(UnitCode.of("b"), "top", UnitCode.of("a"), "rest", UnitCode.of("c"), "rest", UnitCode.of("e"), "rest"),
        bands);
  }

  @Test
  void rankChangeSinceAnEarlierEdition() {
    // UNDP and CECODES, PAPI: Quảng Ngãi 62/63 (2020) → 43/63 (2021), up 19
    Map<UnitCode, BigDecimal> earlier = new LinkedHashMap<>();
    Map<UnitCode, BigDecimal> later = new LinkedHashMap<>();
    for (int i = 1; i <= 63; i++) {
      UnitCode unit = UnitCode.of("P" + i);
      earlier.put(unit, BigDecimal.valueOf(100 - i)); // unit Pi ranks i
      later.put(unit, BigDecimal.valueOf(100 - i));
    }
    later.put(UnitCode.of("P62"), d("57.5")); // between P42 (58) and P43 (57): rank 43
    Ranking before = Ranking.competition(earlier, List.of());
    Ranking after = Ranking.competition(later, List.of());
    RankChange change = after.changeSince(before, UnitCode.of("P62")).orElseThrow();
    assertEquals(new RankChange(62, 63, 43, 63), change);
    assertEquals(19, change.places());
    assertEquals(Optional.empty(), RANKING.changeSince(before, UnitCode.of("a")));
  }

  @Test
  void invalidInputIsRejected() {
    assertEquals(
        "units must be distinct, 'a' repeats",
        assertThrows(
                IllegalArgumentException.class,
                () -> Ranking.of(List.of(UnitCode.of("a"), UnitCode.of("a")), List.of(d("1"), d("2")), RankingMethod.DENSE))
            .getMessage());
    assertEquals(
        "unit must be part of the ranking, was 'zz'",
        assertThrows(IllegalArgumentException.class, () -> RANKING.rank(UnitCode.of("zz"))).getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Ranking.of(List.of(UnitCode.of("a")), List.of(), RankingMethod.DENSE));
  }
}
