package org.reformindicators.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;

class PciUncertaintyExampleTest {

  @Test
  void ranksFiveProvincesWithIntervals() throws IOException {
    ExampleOutput out = new ExampleOutput();
    List<UnitRankInterval> intervals = PciUncertaintyExample.run(out.stream);
    assertEquals(5, intervals.size());
    for (UnitRankInterval interval : intervals) {
      assertTrue(interval.lowerRank() <= interval.medianRank()
          && interval.medianRank() <= interval.upperRank(), interval.toString());
      assertTrue(interval.lowerRank() >= 1 && interval.upperRank() <= 5, interval.toString());
    }
    // VCCI, PCI 2020 provincial profile of Quảng Ngãi: recomputed from the rounded sub-indices is 63.18
    // (10 × Σ weight × sub-index; the published 63.20 comes from unrounded inputs).
    assertTrue(out.text().contains("\n51     63.18"), out.text());
  }
}
