package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class ObservationConflictTest {

  private static final Observation RANK_36 =
      Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 36, 63);

  @Test
  void showsBothValuesAndStatuses() {
    Observation provisional =
        Observation.builder().from(RANK_36).value(37).status(ObservationStatus.PROVISIONAL_VALUE).build();
    assertEquals(
        "PCI_RANK, unit 51, period 2020: 36 of 63 (A) vs 37 of 63 (P)",
        new ObservationConflict(RANK_36.key(), RANK_36, provisional).toString());
  }

  @Test
  void showsTheObservationsInFullWhenOnlyNotesDiffer() {
    Observation noted = Observation.builder().from(RANK_36).note("VCCI 2020 report").build();
    String text = new ObservationConflict(RANK_36.key(), RANK_36, noted).toString();
    assertTrue(text.contains("VCCI 2020 report"), text);
  }

  @Test
  void rejectsEqualObservationsAndForeignKeys() {
    IllegalArgumentException equal =
        assertThrows(IllegalArgumentException.class, () -> new ObservationConflict(RANK_36.key(), RANK_36, RANK_36));
    assertEquals(
        "equal observations do not conflict: PCI_RANK, unit 51, period 2020, value 36 of 63", equal.getMessage());
    Observation other = Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2021), 45, 63);
    assertThrows(IllegalArgumentException.class, () -> new ObservationConflict(RANK_36.key(), RANK_36, other));
  }
}
