package org.reformindicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  @Test
  void mapsCodesToDefinitionsInOrder() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.of(PublishedIndicators.PCI, PublishedIndicators.PCI_RANK);
    assertEquals(2, catalogue.size());
    assertSame(PublishedIndicators.PCI_RANK, catalogue.get(IndicatorCode.of("PCI_RANK")));
    assertEquals(Optional.of(PublishedIndicators.PCI), catalogue.find(IndicatorCode.of("PCI")));
    assertEquals(Optional.empty(), catalogue.find(IndicatorCode.of("PAPI")));
    assertTrue(catalogue.contains(IndicatorCode.of("PCI")));
    assertFalse(catalogue.contains(IndicatorCode.of("PAPI")));
    assertEquals(List.of(IndicatorCode.of("PCI"), IndicatorCode.of("PCI_RANK")), List.copyOf(catalogue.codes()));
    assertEquals("IndicatorCatalogue[PCI, PCI_RANK]", catalogue.toString());
  }

  @Test
  void rejectsDuplicateCodesListingEachOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorCatalogue.of(
                    PublishedIndicators.PCI,
                    PublishedIndicators.PCI_RANK,
                    Indicator.builder().from(PublishedIndicators.PCI).decimals(3).build(),
                    PublishedIndicators.PCI_RANK));
    assertEquals(
        "indicator codes must be unique in a catalogue, duplicated: [PCI, PCI_RANK]", e.getMessage());
  }

  @Test
  void getOfAnUnknownCodeNamesIt() {
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> IndicatorCatalogue.empty().get(IndicatorCode.of("PCI")));
    assertEquals("indicator PCI is not in the catalogue []", e.getMessage());
  }

  @Test
  void plusConcatenatesAndStillRejectsDuplicates() {
    IndicatorCatalogue pci = IndicatorCatalogue.of(PublishedIndicators.PCI);
    IndicatorCatalogue papi = IndicatorCatalogue.of(PublishedIndicators.PAPI);
    assertEquals(IndicatorCatalogue.of(PublishedIndicators.PCI, PublishedIndicators.PAPI), pci.plus(papi));
    assertThrows(IllegalArgumentException.class, () -> pci.plus(pci));
  }

  @Test
  void equalityFollowsContentAndOrder() {
    IndicatorCatalogue a = IndicatorCatalogue.of(PublishedIndicators.PCI, PublishedIndicators.PAPI);
    assertEquals(a, IndicatorCatalogue.of(List.of(PublishedIndicators.PCI, PublishedIndicators.PAPI)));
    assertEquals(a.hashCode(), IndicatorCatalogue.of(PublishedIndicators.PCI, PublishedIndicators.PAPI).hashCode());
    assertNotEquals(a, IndicatorCatalogue.of(PublishedIndicators.PAPI, PublishedIndicators.PCI));
  }

  @Test
  void indicatorsAreUnmodifiable() {
    IndicatorCatalogue catalogue = PublishedIndicators.catalogue();
    assertThrows(UnsupportedOperationException.class, () -> catalogue.indicators().clear());
    assertThrows(UnsupportedOperationException.class, () -> catalogue.codes().clear());
    assertEquals(9, catalogue.size());
  }
}
