package org.reformindicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BreakdownKeyTest {

  @Test
  void emptyTextIsTheTotal() {
    assertSame(BreakdownKey.TOTAL, BreakdownKey.parse(""));
    assertSame(BreakdownKey.TOTAL, BreakdownKey.of(Map.of()));
    assertTrue(BreakdownKey.TOTAL.isTotal());
    assertEquals("", BreakdownKey.TOTAL.toString());
    assertEquals(0, BreakdownKey.TOTAL.size());
  }

  @Test
  void sortsPairsByDimension() {
    BreakdownKey key = BreakdownKey.parse("SECTOR=LAND;LEVEL=COMMUNE");
    assertEquals("LEVEL=COMMUNE;SECTOR=LAND", key.toString());
    assertEquals(List.of("LEVEL", "SECTOR"), key.dimensions());
    assertEquals(Optional.of("LAND"), key.value("SECTOR"));
    assertEquals(Optional.empty(), key.value("AGENCY"));
    assertTrue(key.has("LEVEL"));
    assertEquals(Map.of("LEVEL", "COMMUNE", "SECTOR", "LAND"), key.asMap());
    assertEquals(List.of("LEVEL=COMMUNE", "SECTOR=LAND"), key.pairs());
    assertEquals(key, BreakdownKey.parse("LEVEL=COMMUNE;SECTOR=LAND"));
    assertEquals(key, BreakdownKey.of("LEVEL", "COMMUNE").with("SECTOR", "LAND"));
    assertEquals(BreakdownKey.of("LEVEL", "DISTRICT"), BreakdownKey.of("LEVEL", "COMMUNE").with("LEVEL", "DISTRICT"));
  }

  @Test
  void acceptsOpenCodesWithDotsAndDigits() {
    assertEquals(Optional.of("000.00.12.H48"), BreakdownKey.parse("AGENCY=000.00.12.H48").value("AGENCY"));
    assertEquals(
        "AGENCY=000.00.12.H48;PROCEDURE=1.001234.000.00.00.H48",
        BreakdownKey.parse("PROCEDURE=1.001234.000.00.00.H48;AGENCY=000.00.12.H48").toString());
    assertTrue(BreakdownKey.isValidValue("Y15_24"));
    assertTrue(BreakdownKey.isValidValue("2024"));
    assertFalse(BreakdownKey.isValidValue("000..12"));
    assertFalse(BreakdownKey.isValidValue(".H48"));
    assertFalse(BreakdownKey.isValidValue("H48."));
    assertFalse(BreakdownKey.isValidValue("commune"));
    assertTrue(BreakdownKey.isValidDimension("AGE_GROUP"));
    assertFalse(BreakdownKey.isValidDimension("1LEVEL"));
  }

  @Test
  void oneMessageNamesTextPositionAndRule() {
    assertEquals(
        "breakdown 'LEVEL' at position 6: '=' expected after the dimension; pairs are DIMENSION=VALUE joined by ';'"
            + " (e.g. LEVEL=COMMUNE;SECTOR=LAND)",
        message("LEVEL"));
    assertEquals(
        "breakdown 'LEVEL=commune' at position 7: a value must be upper-case ASCII letters, digits and"
            + " underscores, in parts joined by single dots (e.g. COMMUNE, 000.00.12.H48)",
        message("LEVEL=commune"));
    assertEquals(
        "breakdown 'LEVEL=COMMUNE;sector=LAND' at position 15: a dimension must be upper-case ASCII letters,"
            + " digits and underscores starting with a letter",
        message("LEVEL=COMMUNE;sector=LAND"));
    assertEquals("breakdown 'LEVEL=A;LEVEL=B' at position 9: dimension LEVEL repeats", message("LEVEL=A;LEVEL=B"));
    assertEquals(
        "breakdown 'LEVEL=A;' at position 9: a pair is empty; pairs are DIMENSION=VALUE joined by ';'"
            + " (e.g. LEVEL=COMMUNE;SECTOR=LAND)",
        message("LEVEL=A;"));
    assertEquals(
        "breakdown 'LEVEL=' at position 7: a value must be upper-case ASCII letters, digits and underscores, in"
            + " parts joined by single dots (e.g. COMMUNE, 000.00.12.H48)",
        message("LEVEL="));
    assertEquals(
        "breakdown 'AGENCY=000..12' at position 12: a value must be upper-case ASCII letters, digits and"
            + " underscores, in parts joined by single dots (e.g. COMMUNE, 000.00.12.H48)",
        message("AGENCY=000..12"));
    assertThrows(IllegalArgumentException.class, () -> BreakdownKey.of("LEVEL", "A;B=C"));
  }

  @Test
  void roundTripsThroughItsText() {
    List<String> dimensions = List.of("LEVEL", "SECTOR", "SEX", "AGE_GROUP", "AGENCY", "PROCEDURE");
    List<String> values =
        List.of("PROVINCE", "COMMUNE", "LAND", "F", "Y15_24", "000.00.12.H48", "1.001234.000.00.00.H48", "2024");
    qt().forAll(
            lists().of(integers().between(0, dimensions.size() - 1)).ofSizeBetween(0, 4),
            lists().of(integers().between(0, values.size() - 1)).ofSize(4))
        .checkAssert(
            (ds, vs) -> {
              Map<String, String> pairs = new LinkedHashMap<>();
              for (int i = 0; i < ds.size(); i++) {
                pairs.put(dimensions.get(ds.get(i)), values.get(vs.get(i)));
              }
              BreakdownKey key = BreakdownKey.of(pairs);
              assertEquals(key, BreakdownKey.parse(key.toString()));
              assertEquals(key.hashCode(), BreakdownKey.parse(key.toString()).hashCode());
              assertEquals(pairs, key.asMap());
              assertEquals(0, key.compareTo(BreakdownKey.parse(key.toString())));
            });
  }

  @Test
  void hashCodesSpreadOverDenseCodes() {
    Set<Integer> buckets = new HashSet<>();
    for (int agency = 0; agency < 1024; agency++) {
      BreakdownKey key = BreakdownKey.of("AGENCY", String.format("000.00.%04d.H48", agency));
      buckets.add(key.hashCode() & 1023);
    }
    // A table of 1,024 buckets holding 1,024 keys: a good spread leaves about 1 - 1/e of them used.
    assertTrue(buckets.size() > 560, "buckets used: " + buckets.size());
    assertNotEquals(BreakdownKey.of("A", "B").hashCode(), BreakdownKey.of("A", "C").hashCode());
  }

  private static String message(String text) {
    return assertThrows(IllegalArgumentException.class, () -> BreakdownKey.parse(text)).getMessage();
  }
}
