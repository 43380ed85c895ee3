package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;

class ComponentCodeTest {

  @ParameterizedTest
  // node codes of the bundled methodology files (pci.yaml, par-index-2948.yaml, papi.yaml)
  @ValueSource(strings = {"PCI", "PCI_TRANSPARENCY", "PAR_ADMIN_PROCEDURES", "PAPI_E_GOVERNANCE", "C0"})
  void acceptsTheCodesOfTheBundledMethodologies(String text) {
    assertEquals(text, ComponentCode.of(text).value());
    assertEquals(text, ComponentCode.of(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pci", "1PCI", "_PCI", "PCI-RANK", "PCI RANK", "PCÍ"})
  void rejectsTextOutsideTheSyntaxWithOneMessage(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComponentCode.parse(text));
    assertEquals(
        "code must match [A-Z][A-Z0-9_]* (upper-case letters, digits, underscores), was '" + text + "'",
        e.getMessage());
  }

  @Test
  void rejectsNullWithTheParameterName() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> ComponentCode.of((String) null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> ComponentCode.parse(null)).getMessage());
  }

  @Test
  void anIndicatorCodeGivesTheComponentCodeOfTheSameText() {
    assertEquals(ComponentCode.of("PCI"), ComponentCode.of(IndicatorCode.of("PCI")));
  }

  @Test
  void parsingTheTextGivesTheCodeBackAndCodesSortByText() {
    Gen<String> codes =
        lists().of(integers().between(0, 36)).ofSizeBetween(0, 12)
            .map(tail -> "P" + tail.stream()
                .map(i -> i < 26 ? String.valueOf((char) ('A' + i)) : i < 36 ? String.valueOf(i - 26) : "_")
                .collect(Collectors.joining()));
    qt().forAll(codes, codes).checkAssert((a, b) -> {
      ComponentCode code = ComponentCode.parse(a);
      assertEquals(code, ComponentCode.parse(code.toString()));
      assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(code.compareTo(ComponentCode.of(b))));
    });
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ComponentCode.of("PCI_TRANSPARENCY"));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(ComponentCode.of("PCI_TRANSPARENCY"), in.readObject());
    }
  }

  @Test
  void generatedValuesCompareByContent() {
    DataMatrix data = DataMatrix.builder(TestIndices.codes("A", "B")).row(UnitCode.of("51"), "1.5", null).build();
    assertArrayEquals(new BigDecimal[] {new BigDecimal("1.5"), null}, data.cells());
    assertEquals(data, DataMatrix.builder(TestIndices.codes("A", "B")).row(UnitCode.of("51"), "1.5", null).build());
    assertTrue(Double.isNaN(data.column(ComponentCode.of("B"))[0]));
    assertEquals(TestIndices.pci(), TestIndices.pci());
    assertEquals(TestIndices.pci().hashCode(), TestIndices.pci().hashCode());
  }
}
