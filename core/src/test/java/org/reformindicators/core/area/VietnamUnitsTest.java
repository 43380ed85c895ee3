package org.reformindicators.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VietnamUnitsTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

  @Test
  void bundlesExactlyTheProvincesOfTheSharedList() throws IOException {
    // provinces-2024.csv, kept in the project's shared domain folder: code,name,kind
    Path shared = Paths.get("..", "..", "shared", "domain", "provinces-2024.csv");
    List<String> expected;
    if (Files.exists(shared)) {
      expected = Files.readAllLines(shared, StandardCharsets.UTF_8).subList(1, 64);
    } else {
      // the shared folder is outside the repository; fall back to three spot checks from it
      expected = List.of("01,Hà Nội,city", "51,Quảng Ngãi,province", "62,Kon Tum,province");
    }
    List<String> bundled =
        VietnamUnits.registry().existingOn(JUNE_30).stream()
            .map(u -> u.code() + "," + u.nameVi() + "," + u.category().orElse(""))
            .toList();
    assertEquals(63, bundled.size());
    for (String row : expected) {
      assertEquals(true, bundled.contains(row), row);
    }
  }

  @Test
  void theProvincesEndOnJune30WithAnUnrecordedStart() {
    for (AdministrativeUnit province : VietnamUnits.registry().existingOn(JUNE_30)) {
      assertEquals(Optional.of(JUNE_30), province.validUntil(), province.label());
      assertEquals(Optional.empty(), province.validFrom(), province.label());
      assertEquals(AdministrativeLevel.PROVINCE, province.level());
    }
  }

  @Test
  void theRegistryIsLoadedOnce() {
    assertSame(VietnamUnits.registry(), VietnamUnits.registry());
    assertEquals(LocalDate.of(2025, 7, 1), VietnamUnits.reorganisationDate());
  }

  @Test
  void theNewQuangNgaiCitesItsSources() {
    AdministrativeUnit unit = VietnamUnits.registry().find(UnitCode.of("51"), LocalDate.of(2025, 7, 1)).orElseThrow();
    assertEquals(
        Optional.of(
            "Resolution 202/2025/QH15 (merger of Quảng Ngãi and Kon Tum); code: Decision 19/2025/QĐ-TTg"),
        unit.source());
  }
}
