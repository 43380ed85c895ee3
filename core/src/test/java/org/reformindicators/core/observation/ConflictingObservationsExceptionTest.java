package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class ConflictingObservationsExceptionTest {

  @Test
  void listsEveryConflictInItsMessage() {
    Observation a = Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 36, 63);
    Observation b = Observation.builder().from(a).value(37).build();
    ObservationConflict conflict = new ObservationConflict(a.key(), a, b);
    ConflictingObservationsException e = new ConflictingObservationsException(List.of(conflict));
    assertEquals("1 conflicting observation: PCI_RANK, unit 51, period 2020: 36 of 63 (A) vs 37 of 63 (A)",
        e.getMessage());
    assertEquals(List.of(conflict), e.conflicts());
    assertEquals(IllegalArgumentException.class, e.getClass().getSuperclass());
  }

  @Test
  void needsAtLeastOneConflict() {
    assertThrows(IllegalArgumentException.class, () -> new ConflictingObservationsException(List.of()));
  }
}
