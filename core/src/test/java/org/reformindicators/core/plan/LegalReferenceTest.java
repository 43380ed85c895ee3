package org.reformindicators.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.target.BilingualText;

class LegalReferenceTest {

  private static final BilingualText COUNCIL =
      BilingualText.of("Hội đồng nhân dân tỉnh Quảng Ngãi", "People's Council of Quảng Ngãi province");

  @Test
  void numberDateAndIssuer() {
    LegalReference resolution = LegalReference.of("93/NQ-HĐND", LocalDate.of(2021, 12, 8), COUNCIL);
    assertEquals("93/NQ-HĐND of 2021-12-08", resolution.toString());
    assertEquals(COUNCIL, resolution.issuer());
  }

  @Test
  void rejectsBlankNumbers() {
    assertEquals(
        "legal reference number must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> LegalReference.of(" ", LocalDate.of(2021, 12, 8), COUNCIL))
            .getMessage());
    assertThrows(NullPointerException.class, () -> LegalReference.of("93/NQ-HĐND", null, COUNCIL));
  }
}
