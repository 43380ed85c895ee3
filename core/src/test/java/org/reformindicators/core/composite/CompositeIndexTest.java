package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ranking.BandScheme;
import org.reformindicators.core.composite.ranking.RankingMethod;

class CompositeIndexTest {

  @Test
  void carriesItsMetadataAndFindsNodes() {
    CompositeIndex pci = TestIndices.pci();
    assertEquals("pci", pci.id());
    assertEquals(2013, pci.firstYear());
    assertEquals(OptionalInt.empty(), pci.lastYear());
    assertTrue(pci.appliesTo(2020));
    assertFalse(pci.appliesTo(2012));
    assertEquals(TestIndices.PCI_CODES, pci.leaves().stream().map(IndexNode::code).toList());
    assertEquals("0.20", pci.node(ComponentCode.of("PCI_TRANSPARENCY")).orElseThrow().weight().orElseThrow().toPlainString());
    assertEquals(Optional.empty(), pci.node(ComponentCode.of("PAPI")));
    assertEquals(RankingMethod.COMPETITION, pci.rankingMethod());
    assertEquals(MissingDataPolicy.fail(), pci.missingData());
    assertTrue(pci.unverified().containsKey("years"));
    CompositeIndex par = TestIndices.parIndex();
    assertFalse(par.appliesTo(2018));
    assertEquals(Optional.of(BandScheme.PAR_INDEX), par.grouping());
    assertEquals("par-index-2948 (PAR INDEX, 2017–2017)", par.toString());
  }

  @Test
  void equalDefinitionsAreEqual() {
    assertEquals(TestIndices.pci(), TestIndices.pci());
    assertEquals(TestIndices.pci().hashCode(), TestIndices.pci().hashCode());
    assertNotEquals(TestIndices.pci(), TestIndices.papi());
    assertNotEquals(base().build(), base().yearsFrom(2021).build());
  }

  @Test
  void everyFieldTakesPartInEquality() {
    CompositeIndex index = base().build();
    assertEquals(index, base().build());
    assertEquals(index.hashCode(), base().build().hashCode());
    List<CompositeIndex> variants =
        List.of(
            CompositeIndex.builder("y").names("x", "x").publisher("x").source("x").yearsFrom(2020)
                .root(TestIndices.papi().root()).build(),
            base().names("y", "x").build(),
            base().names("x", "y").build(),
            base().publisher("y").build(),
            base().source("y").build(),
            base().yearsFrom(2019).build(),
            base().years(2020, 2024).build(),
            base().root(TestIndices.pci().root()).build(),
            base().missingData(MissingDataPolicy.skipAndRenormalise()).build(),
            base().rankingMethod(RankingMethod.DENSE).build(),
            base().grouping(BandScheme.PAR_INDEX).build(),
            base().unverified("years", "inferred from the dates").build());
    for (CompositeIndex variant : variants) {
      assertNotEquals(index, variant, variant::toString);
      assertNotEquals(variant, index, variant::toString);
    }
    assertNotEquals(index, null);
    assertEquals("x (x, 2020–)", index.toString());
    assertEquals("x (x, 2020–2024)", base().years(2020, 2024).build().toString());
  }

  private static CompositeIndex.Builder base() {
    return CompositeIndex.builder("x")
        .names("x", "x")
        .publisher("x")
        .source("x")
        .yearsFrom(2020)
        .root(TestIndices.papi().root());
  }

  @Test
  void invalidDefinitionsAreRejected() {
    assertEquals(
        "id must match [a-z][a-z0-9]*(-[a-z0-9]+)*, was 'PCI'",
        assertThrows(IllegalArgumentException.class, () -> CompositeIndex.builder("PCI").build()).getMessage());
    assertEquals(
        "lastYear must not precede firstYear 2020, was 2019",
        assertThrows(IllegalArgumentException.class, () -> base().years(2020, 2019).build()).getMessage());
    assertEquals(
        "firstYear must be within 1900..2100, was 1800",
        assertThrows(IllegalArgumentException.class, () -> base().yearsFrom(1800).build()).getMessage());
    assertEquals(
        "root must have children, L has none",
        assertThrows(IllegalArgumentException.class, () -> base().root(IndexNode.builder(ComponentCode.of("L")).build()).build())
            .getMessage());
    IndexNode duplicated =
        IndexNode.builder(ComponentCode.of("T"))
            .aggregation(Aggregation.sum())
            .child(IndexNode.builder(ComponentCode.of("A")).build())
            .child(IndexNode.builder(ComponentCode.of("A")).build())
            .build();
    assertEquals(
        "node codes must be unique, A repeats",
        assertThrows(IllegalArgumentException.class, () -> base().root(duplicated).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> base().publisher(" ").build());
    assertThrows(IllegalArgumentException.class, () -> base().unverified("weights", "x").build());
    assertThrows(NullPointerException.class, () -> base().source(null).build());
  }
}
