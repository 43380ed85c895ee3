package org.reformindicators.core.observation;

import org.reformindicators.core.area.UnitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

/** The optional numerator and denominator of a derived observation. */
class ObservationCountsTest {

  private static Observation.Builder base() {
    return Observation.builder()
        .indicator(IndicatorCode.of("QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY"))
        .unit(UnitCode.of("51"))
        .period(CalendarYear.of(2024))
        .value(82.4);
  }

  @Test
  void keepsTheCounts() {
    Observation o = base().numerator(412).denominator(500).build();
    assertEquals(412, o.numerator().getAsDouble());
    assertEquals(500, o.denominator().getAsDouble());
    ObservationSet set = ObservationSet.of(java.util.List.of(o));
    assertEquals(o, set.observations().get(0), "the columnar set keeps the counts");
  }

  @Test
  void countsComeTogether() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base().numerator(412).build());
    assertEquals(
        "QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY, unit 51, period 2024: numerator and denominator must be given"
            + " together, was a numerator without denominator",
        e.getMessage());
  }

  @Test
  void denominatorIsPositive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base().numerator(0).denominator(0).build());
    assertEquals(
        "QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY, unit 51, period 2024: denominator must be finite and positive,"
            + " was 0.0",
        e.getMessage());
  }
}
