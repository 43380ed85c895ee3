package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationStatusTest {

  @Test
  void holdsTheTwentyCodesOfClObsStatus22() {
    // SDMX CL_OBS_STATUS 2.2 (20 codes)
    assertEquals(
        List.of("A", "B", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "S", "U", "V", "W"),
        Arrays.stream(ObservationStatus.values()).map(ObservationStatus::code).toList());
  }

  @Test
  void theMissingValueCodesAreThoseOfCodesMd() {
    // docs/formats/observations.md: an empty value is allowed only with M, O, L, Q, H
    assertEquals(
        List.of("H", "L", "M", "O", "Q"),
        Arrays.stream(ObservationStatus.values()).filter(ObservationStatus::isMissing).map(ObservationStatus::code)
            .toList());
  }

  @Test
  void fromCodeIsTheInverseOfCode() {
    for (ObservationStatus status : ObservationStatus.values()) {
      assertEquals(status, ObservationStatus.fromCode(status.code()));
    }
    assertEquals("Time series break", ObservationStatus.fromCode("B").label());
  }

  @Test
  void rejectsUnknownCodes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObservationStatus.fromCode("a"));
    assertEquals(
        "status must be an SDMX CL_OBS_STATUS code [A, B, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, S, U, V, W],"
            + " was 'a'",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ObservationStatus.fromCode("C"));
  }
}
