package org.reformindicators.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;

/** What the module's tests compare and generate: rows as sorted text, a methodology's leaves, component scores. */
final class TestRows {

  private TestRows() {}

  /** The rows' text forms, sorted, so that two collections of rows compare regardless of partition order. */
  static List<String> sorted(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The codes of a methodology's leaves, in the tree's order: the columns of its data matrix. */
  static List<ComponentCode> leaves(CompositeIndex index) {
    List<ComponentCode> leaves = new ArrayList<>();
    for (IndexNode node : index.root().nodes()) {
      if (node.isLeaf()) {
        leaves.add(node.code());
      }
    }
    return leaves;
  }

  /** A component score between 3 and 9 with two decimals, as PCI publishes them. */
  static double score(Random random) {
    return BigDecimal.valueOf(3 + 6 * random.nextDouble()).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
