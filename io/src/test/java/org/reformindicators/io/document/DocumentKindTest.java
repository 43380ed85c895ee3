package org.reformindicators.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.reformindicators.io.internal.document.FormatVersions;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

  @Test
  void idsAreTheDocumentedOnesAndEveryKindShipsItsSchema() {
    assertEquals(
        List.of("plan", "indicator-catalogue", "unit-registry", "methodology", "observations", "plan-assessment", "composite-result",
            "plan-assessments"),
        DocumentKind.ids());
    for (DocumentKind kind : DocumentKind.values()) {
      assertEquals(Optional.of(kind), DocumentKind.byId(kind.id()));
      assertNotNull(DocumentKind.class.getClassLoader().getResource(kind.schemaResource(1)), kind.schemaResource(1));
    }
    assertEquals(Optional.empty(), DocumentKind.byId("report"));
  }

  @Test
  void onlySupportedVersionsHaveSchemas() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentKind.UNIT_REGISTRY.schemaResource(2));
    assertEquals(
        "formatVersion of kind 'unit-registry' must be 1 (the only version this library reads), was 2",
        e.getMessage());
    // a catalogue is of version 2 since issue 18 (open breakdown dimensions); version 1 still reads
    assertEquals(2, DocumentKind.INDICATOR_CATALOGUE.currentVersion());
    assertNotNull(
        DocumentKind.class.getClassLoader().getResource(DocumentKind.INDICATOR_CATALOGUE.schemaResource(2)));
    assertThrows(IllegalArgumentException.class, () -> DocumentKind.INDICATOR_CATALOGUE.schemaResource(3));
    assertEquals(1, FormatVersions.check(DocumentKind.PLAN, 1));
    // a plan is of version 2 since issue 15 (a target's baseline); version 1 still reads
    assertEquals(2, DocumentKind.PLAN.currentVersion());
    assertNotNull(DocumentKind.class.getClassLoader().getResource(DocumentKind.PLAN.schemaResource(2)));
    assertThrows(IllegalArgumentException.class, () -> DocumentKind.PLAN.schemaResource(3));
  }
}
