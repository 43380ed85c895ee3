package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class DataMatrixTest {

  private static final DataMatrix MATRIX =
      DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B")))
          .row(UnitCode.of("51"), "8.23", null)
          .row(UnitCode.of("62"), 6.65, 0.1)
          .row(UnitCode.of("01"), new BigDecimal("1.50"), BigDecimal.ONE)
          .build();

  @Test
  void keepsExactDecimalsAndDoubles() {
    assertEquals(Optional.of(new BigDecimal("8.23")), MATRIX.value(UnitCode.of("51"), ComponentCode.of("A")));
    assertEquals(Optional.empty(), MATRIX.value(UnitCode.of("51"), ComponentCode.of("B")));
    // a double goes through BigDecimal.valueOf: 0.1 stays 0.1, not 0.1000000000000000055511151231257827…
    assertEquals(Optional.of(new BigDecimal("0.1")), MATRIX.value(UnitCode.of("62"), ComponentCode.of("B")));
    assertEquals(Optional.of(new BigDecimal("1.50")), MATRIX.value(UnitCode.of("01"), ComponentCode.of("A")));
    assertArrayEquals(new double[] {Double.NaN, 0.1, 1.0}, MATRIX.column(ComponentCode.of("B")), 0.0);
    assertArrayEquals(
        new BigDecimal[] {null, new BigDecimal("0.1"), BigDecimal.ONE}, MATRIX.exactColumn(ComponentCode.of("B")));
    assertEquals(List.of(UnitCode.of("51"), UnitCode.of("62"), UnitCode.of("01")), MATRIX.units());
    assertEquals("DataMatrix[3 units × 2 indicators]", MATRIX.toString());
  }

  @Test
  void invalidMatricesAreRejected() {
    assertEquals(
        "row of 51 must have 2 values, was 1",
        assertThrows(IllegalArgumentException.class, () -> DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("51"), "1"))
            .getMessage());
    assertEquals(
        "value of 51 for B must be finite, was Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () -> DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("51"), 1.0, Double.POSITIVE_INFINITY))
            .getMessage());
    assertEquals(
        "units must be distinct, '51' repeats",
        assertThrows(
                IllegalArgumentException.class,
                () -> DataMatrix.builder(List.of(ComponentCode.of("A"))).row(UnitCode.of("51"), "1").row(UnitCode.of("51"), "2").build())
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("A"))));
    assertThrows(IllegalArgumentException.class, () -> DataMatrix.builder(List.of(ComponentCode.of("A"))).build());
    assertThrows(IllegalArgumentException.class, () -> MATRIX.value(UnitCode.of("99"), ComponentCode.of("A")));
    assertThrows(IllegalArgumentException.class, () -> MATRIX.column(ComponentCode.of("C")));
  }
}
