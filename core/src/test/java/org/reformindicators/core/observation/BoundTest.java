package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class BoundTest {

  private static final IndicatorCode PCI_RANK = IndicatorCode.of("PCI_RANK");
  private static final UnitCode QNG = UnitCode.of("51");

  /** A province outside VCCI's published top 30 of PCI 2023 (pcivietnam.vn): "worse than 30 of 63". */
  private static Observation outsideTop30() {
    return Observation.builder()
        .indicator(PCI_RANK)
        .unit(QNG)
        .period(CalendarYear.of(2023))
        .bound(Bound.ofClosed(31, 63))
        .universe(63)
        .build();
  }

  @Test
  void aBoundHasInclusiveEndsAndPrintsThem() {
    Bound bound = Bound.ofClosed(31, 63);
    assertEquals(31.0, bound.lower());
    assertEquals(63.0, bound.upper());
    assertTrue(bound.contains(31));
    assertTrue(bound.contains(63));
    assertFalse(bound.contains(30));
    assertFalse(bound.contains(64));
    assertFalse(bound.isSingleValue());
    assertEquals("31–63", bound.toString());
    assertEquals("0–0.5", Bound.ofClosed(-0.0, 0.5).toString());
  }

  @Test
  void impossibleBoundsAreRefusedNamingTheEnds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bound.ofClosed(63, 31));
    assertEquals("bound: lower must not exceed upper, was lower 63 and upper 31", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Bound.ofClosed(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> Bound.ofClosed(1, Double.POSITIVE_INFINITY));
  }

  @Test
  void everyValueBetweenTheEndsIsContained() {
    qt().forAll(integers().between(-1000, 1000), integers().between(0, 1000), integers().between(0, 1000))
        .check((lower, width, offset) -> {
          Bound bound = Bound.ofClosed(lower, lower + width);
          return bound.contains(lower + Math.min(width, offset)) && !bound.contains(lower + width + 1 + offset);
        });
  }

  @Test
  void aBoundedObservationHasNoValueAndAnyStatus() {
    Observation o = outsideTop30();
    assertTrue(o.value().isEmpty());
    assertEquals("31–63 of 63", o.valueText());
    assertEquals(
        ObservationStatus.ESTIMATED_VALUE,
        Observation.builder().from(o).status(ObservationStatus.ESTIMATED_VALUE).build().status());
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
        () -> Observation.builder().from(o).value(40).build());
    assertEquals("PCI_RANK, unit 51, period 2023: a bound comes instead of a value, was value 40 and bound 31–63",
        both.getMessage());
  }

  @Test
  void aSetKeepsBoundedObservationsAsideAndWhole() {
    Observation plain = Observation.rank(PCI_RANK, QNG, CalendarYear.of(2022), 33, 63);
    ObservationSet set = ObservationSet.of(List.of(outsideTop30(), plain));
    assertEquals(List.of(outsideTop30()), set.boundedObservations());
    assertEquals(outsideTop30(), set.find(PCI_RANK, QNG, CalendarYear.of(2023)).orElseThrow());
    assertEquals(2, set.series(PCI_RANK, QNG).size());
    assertTrue(ObservationSet.of(List.of(plain)).boundedObservations().isEmpty());
  }

  @Test
  void aBoundedRankMustHavePossibleRanksAtBothEnds() {
    Observation tooFar = Observation.builder().from(outsideTop30()).bound(Bound.ofClosed(31, 64)).build();
    List<ObservationViolation> found = RankRules.withoutRegistry().violations(tooFar);
    assertEquals(1, found.size());
    assertEquals(ObservationField.BOUND, found.get(0).field());
    assertTrue(found.get(0).message().startsWith("bound 31–64: rank must be within 1..63"), found.get(0).message());
    assertTrue(RankRules.withoutRegistry().violations(outsideTop30()).isEmpty());
  }
}
