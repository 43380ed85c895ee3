package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class UnassessableReasonTest {

  @Test
  void everyReasonHasBothLanguages() {
    for (UnassessableReason r : UnassessableReason.values()) {
      assertFalse(r.labelEn().isBlank(), r.name());
      assertFalse(r.labelVi().isBlank(), r.name());
    }
    assertEquals(
        "giá trị kỳ gốc bằng 0 nên không tính được tốc độ tăng bình quân",
        UnassessableReason.ZERO_BASE.labelVi());
  }
}
