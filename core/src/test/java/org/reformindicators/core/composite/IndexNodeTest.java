package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.scoring.ProportionalToThreshold;

class IndexNodeTest {

  @Test
  void leafTakesItsMaximumFromTheScoringRule() {
    IndexNode leaf =
        IndexNode.builder(ComponentCode.of("DVC766_PROGRESS"))
            .names("Tiến độ", "Progress")
            .scoring(ProportionalToThreshold.of("80", "20"))
            .unverified("scoring", "threshold unconfirmed")
            .build();
    assertEquals(Optional.of(new BigDecimal("20")), leaf.maxPoints());
    assertEquals(BigDecimal.ONE, leaf.effectiveWeight());
    assertTrue(leaf.isLeaf());
    assertEquals(Map.of("scoring", "threshold unconfirmed"), leaf.unverified());
    assertEquals(Optional.of("Tiến độ"), leaf.nameVi());
  }

  @Test
  void nodesAreListedDepthFirstInPublishedOrder() {
    IndexNode tree =
        IndexNode.builder(ComponentCode.of("ROOT"))
            .aggregation(Aggregation.sum())
            .child(
                IndexNode.builder(ComponentCode.of("MID"))
                    .aggregation(Aggregation.sum())
                    .child(IndexNode.builder(ComponentCode.of("L1")).build())
                    .child(IndexNode.builder(ComponentCode.of("L2")).build())
                    .build())
            .child(IndexNode.builder(ComponentCode.of("L3")).weight("0.5").build())
            .build();
    assertEquals(
        TestIndices.codes("ROOT", "MID", "L1", "L2", "L3"), tree.nodes().stream().map(IndexNode::code).toList());
    assertEquals("ROOT[MID, L3]", tree.toString());
  }

  @Test
  void equalDefinitionsAreEqual() {
    IndexNode a = IndexNode.builder(ComponentCode.of("A")).weight("0.05").maxPoints("10").rounding(Rounding.halfUp(2)).build();
    IndexNode same = IndexNode.builder(ComponentCode.of("A")).weight("0.05").maxPoints("10").rounding(Rounding.halfUp(2)).build();
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, IndexNode.builder(ComponentCode.of("A")).weight("0.050").maxPoints("10").rounding(Rounding.halfUp(2)).build());
    assertNotEquals(a, IndexNode.builder(ComponentCode.of("A")).weight("0.05").maxPoints("10").build());
  }

  @Test
  void everyFieldTakesPartInEquality() {
    IndexNode leaf = leaf().build();
    assertEquals(leaf, leaf().build());
    assertEquals(leaf.hashCode(), leaf().build().hashCode());
    List<IndexNode> variants =
        List.of(
            IndexNode.builder(ComponentCode.of("B")).names("Lá", "Leaf").weight("0.5").build(),
            leaf().names("Lá", "Other leaf").build(),
            leaf().names("Lá khác", "Leaf").build(),
            leaf().weight("0.4").build(),
            leaf().maxPoints("10").build(),
            leaf().direction(ScoreDirection.LOWER_IS_BETTER).build(),
            leaf().normalisation(new MinMax(0, 1)).build(),
            leaf().normalisation(new MinMax(0, 10)).build(),
            leaf().scoring(ProportionalToThreshold.of("80", "10")).build(),
            leaf().rounding(Rounding.halfUp(2)).build(),
            leaf().unverified("weight", "not in the handbook").build());
    for (IndexNode variant : variants) {
      assertNotEquals(leaf, variant, variant::toString);
      assertNotEquals(variant, leaf, variant::toString);
    }
    // a composite differs by its aggregation and by each child
    IndexNode parent = parent().child(leaf).build();
    assertEquals(parent, parent().child(leaf().build()).build());
    assertEquals(parent.hashCode(), parent().child(leaf().build()).build().hashCode());
    assertNotEquals(parent, parent().child(leaf().weight("0.4").build()).build());
    assertNotEquals(parent, parent().child(leaf).child(IndexNode.builder(ComponentCode.of("C")).build()).build());
    assertNotEquals(
        parent, IndexNode.builder(ComponentCode.of("ROOT")).aggregation(Aggregation.weightedGeometric()).child(leaf).build());
    assertNotEquals(leaf, null);
    assertNotEquals(leaf, "A");
  }

  private static IndexNode.Builder leaf() {
    return IndexNode.builder(ComponentCode.of("A")).names("Lá", "Leaf").weight("0.5");
  }

  private static IndexNode.Builder parent() {
    return IndexNode.builder(ComponentCode.of("ROOT")).aggregation(Aggregation.weightedArithmetic());
  }

  @Test
  void invalidNodesAreRejectedWithTheRule() {
    assertEquals(
        "code must match [A-Z][A-Z0-9_]* (upper-case letters, digits, underscores), was 'pci'",
        assertThrows(IllegalArgumentException.class, () -> IndexNode.builder(ComponentCode.of("pci")).build()).getMessage());
    assertEquals(
        "X: weight must be positive and at most 1000000, was 0",
        assertThrows(IllegalArgumentException.class, () -> IndexNode.builder(ComponentCode.of("X")).weight("0").build()).getMessage());
    assertEquals(
        "X: aggregation is required on a node with children",
        assertThrows(
                IllegalArgumentException.class,
                () -> IndexNode.builder(ComponentCode.of("X")).child(IndexNode.builder(ComponentCode.of("Y")).build()).build())
            .getMessage());
    assertEquals(
        "X: aggregation is only allowed on a node with children",
        assertThrows(
                IllegalArgumentException.class,
                () -> IndexNode.builder(ComponentCode.of("X")).aggregation(Aggregation.sum()).build())
            .getMessage());
    assertEquals(
        "X: every child of a POINTS_SHARE node needs maxPoints, Y has none",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    IndexNode.builder(ComponentCode.of("X"))
                        .aggregation(Aggregation.pointsShare())
                        .child(IndexNode.builder(ComponentCode.of("Y")).build())
                        .build())
            .getMessage());
    assertEquals(
        "X: maxPoints must equal the scoring rule's maximum 20, was 18",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    IndexNode.builder(ComponentCode.of("X"))
                        .maxPoints("18")
                        .scoring(ProportionalToThreshold.of("80", "20"))
                        .build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IndexNode.builder(ComponentCode.of("X"))
                .aggregation(Aggregation.sum())
                .normalisation(new MinMax(0, 1))
                .child(IndexNode.builder(ComponentCode.of("Y")).build())
                .build());
    assertThrows(
        IllegalArgumentException.class, () -> IndexNode.builder(ComponentCode.of("X")).unverified("colour", "why").build());
    assertThrows(IllegalArgumentException.class, () -> IndexNode.builder(ComponentCode.of("X")).unverified("weight", " ").build());
  }
}
