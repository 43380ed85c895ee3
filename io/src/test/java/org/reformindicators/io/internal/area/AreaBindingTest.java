package org.reformindicators.io.internal.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.Generators;
import org.reformindicators.io.ModuleTestBase;

class AreaBindingTest extends ModuleTestBase {

  @Test
  void unitsRoundTrip() {
    qt().forAll(Generators.units())
        .checkAssert(
            unit -> {
              assertEquals(unit, roundTrip(unit, DocumentFormat.JSON, AdministrativeUnit.class));
              assertEquals(unit, roundTrip(unit, DocumentFormat.YAML, AdministrativeUnit.class));
            });
  }

  @Test
  void registriesRoundTripAsDocuments() {
    qt().withExamples(100)
        .forAll(lists().of(Generators.units()).ofSizeBetween(0, 8))
        .checkAssert(
            units -> {
              // one version per code, without links to units outside the registry
              Map<UnitCode, AdministrativeUnit> byCode = new LinkedHashMap<>();
              units.forEach(
                  u ->
                      byCode.putIfAbsent(
                          u.code(),
                          AdministrativeUnit.builder()
                              .code(u.code())
                              .nameVi(u.nameVi())
                              .level(u.level())
                              .validFrom(u.validFrom())
                              .validUntil(u.validUntil())
                              .build()));
              UnitRegistry registry = UnitRegistry.of(List.copyOf(byCode.values()));
              assertEquals(registry, roundTrip(registry, DocumentFormat.JSON, UnitRegistry.class));
              assertEquals(registry, roundTrip(registry, DocumentFormat.YAML, UnitRegistry.class));
            });
  }

  @Test
  void areaCodesKeepTheirLeadingZeros() throws Exception {
    AdministrativeUnit haNoi = AdministrativeUnit.builder().code(UnitCode.of("01")).nameVi("Hà Nội").level(org.reformindicators.core.area.AdministrativeLevel.PROVINCE).build();
    String yaml = IO.writeString(haNoi, DocumentFormat.YAML);
    assertEquals("code: \"01\"\nnameVi: Hà Nội\nlevel: PROVINCE\n", yaml);
    // an unquoted 01 written by hand is read by its text, not as the number 1
    assertEquals(haNoi, IO.readString("code: 01\nnameVi: Hà Nội\nlevel: PROVINCE\n", DocumentFormat.YAML, AdministrativeUnit.class));
  }
}
