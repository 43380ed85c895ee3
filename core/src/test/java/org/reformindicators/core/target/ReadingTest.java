package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingTest {

  @Test
  void carriesStatementAndAlternatives() {
    Reading reading = Reading.of("T7_X", "Tăng 20 điểm phần trăm.", "+20 points.", "+20 % relative.");
    assertEquals("T7_X", reading.id());
    assertEquals("+20 points.", reading.statement().en());
    assertEquals(List.of("+20 % relative."), reading.alternatives());
    assertEquals(List.of(), Reading.of("R", "vi", "en").alternatives());
  }

  @Test
  void rejectsBadIdsAndBlankTexts() {
    assertEquals(
        "reading id must be upper-case ASCII letters, digits and underscores starting with a letter, was 't7'",
        assertThrows(IllegalArgumentException.class, () -> Reading.of("t7", "vi", "en")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Reading.of("T7", "vi", "en", " "));
    assertThrows(IllegalArgumentException.class, () -> Reading.of("T7", "", "en"));
  }
}
