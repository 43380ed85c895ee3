package org.reformindicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongOrdinalsTest {

  @Test
  void longOrdinalsNumberKeysInTheOrderFirstAddedLikeAMap() {
    qt().withExamples(50)
        .forAll(lists().of(integers().between(-3000, 3000)).ofSizeBetween(0, 3000))
        .checkAssert(numbers -> {
          LongOrdinals ordinals = new LongOrdinals();
          Map<Long, Integer> expected = new HashMap<>();
          for (int n : numbers) {
            long key = (long) n * 0x1_0000_0001L; // spread over both halves of the long
            Integer was = expected.putIfAbsent(key, expected.size());
            assertEquals(was == null ? expected.size() - 1 : was, ordinals.ordinalOf(key));
          }
          assertEquals(expected.size(), ordinals.size());
        });
  }
}
