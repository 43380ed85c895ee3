package org.reformindicators.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitCsvTest {

  private static final String HEADER =
      "code,name_vi,name_en,level,category,parent,valid_from,valid_until,predecessors,successors,source\n";

  @Test
  void readsEveryField() throws IOException {
    String text =
        "\uFEFF# comment\n"
            + HEADER
            + "51,Quảng Ngãi,Quang Ngai Province,PROVINCE,province,,2025-07-01,,51;62,,"
            + "\"Resolution 202/2025/QH15, art. 1\"\r\n"
            + "\n";
    List<AdministrativeUnit> units = UnitCsv.read(new StringReader(text), "test.csv");
    assertEquals(1, units.size());
    AdministrativeUnit unit = units.get(0);
    assertEquals(UnitCode.of("51"), unit.code());
    assertEquals(Optional.of("Quang Ngai Province"), unit.nameEn());
    assertEquals(AdministrativeLevel.PROVINCE, unit.level());
    assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), unit.validFrom());
    assertEquals(Optional.empty(), unit.validUntil());
    assertEquals(List.of(UnitCode.of("51"), UnitCode.of("62")), List.copyOf(unit.predecessorCodes()));
    assertEquals(Optional.of("Resolution 202/2025/QH15, art. 1"), unit.source());
  }

  @Test
  void reportsEveryBadLineWithItsNumber() {
    String text =
        HEADER
            + "51,Quảng Ngãi,,TOWNSHIP,,,,,,,\n"
            + "62,Kon Tum,,PROVINCE,,,,2025-13-01,,,\n"
            + "64,Gia Lai,,PROVINCE\n"
            + "\"66,Đắk Lắk\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitCsv.read(new StringReader(text), "t.csv"));
    assertEquals(
        "t.csv line 2: level must be one of [NATIONAL, PROVINCE, DISTRICT, COMMUNE, AGENCY], was 'TOWNSHIP'; "
            + "t.csv line 3: valid_until must be an ISO date such as 2025-06-30, was '2025-13-01' (error at index 0); "
            + "t.csv line 4: expected 11 fields, was 4; "
            + "t.csv line 5: unterminated quoted field opened at column 1",
        e.getMessage());
  }

  @Test
  void rejectsAWrongHeader() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> UnitCsv.read(new StringReader("code,name\n"), "t.csv"));
    assertEquals(
        "t.csv line 1: header must be " + HEADER.strip() + ", was code,name", e.getMessage());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> UnitCsv.read(new StringReader(""), "t.csv"));
    assertEquals("t.csv: no header row", empty.getMessage());
  }

  @Test
  void splitHonoursQuotes() {
    assertEquals(List.of("a", "b,c", "d\"e", ""), UnitCsv.split("a,\"b,c\",\"d\"\"e\","));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitCsv.split("\"a\"b,c"));
    assertEquals("text after a closing quote at column 4", e.getMessage());
  }
}
