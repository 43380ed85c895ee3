package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConformanceTagTest {

  @Test
  void textsAreUniqueAndFoundAgain() {
    assertEquals(ConformanceTag.values().length, Arrays.stream(ConformanceTag.values()).map(ConformanceTag::text).distinct().count());
    for (ConformanceTag tag : ConformanceTag.values()) {
      assertEquals(Optional.of(tag), ConformanceTag.ofText(tag.text()));
      assertTrue(tag.text().matches("[a-z0-9:-]+"), tag.text());
    }
    assertEquals(Optional.empty(), ConformanceTag.ofText("method:unknown"));
  }

  @Test
  void noTagIsPending() {
    EnumSet<ConformanceTag> pending = EnumSet.noneOf(ConformanceTag.class);
    for (ConformanceTag tag : ConformanceTag.values()) {
      if (tag.pending()) {
        pending.add(tag);
      }
    }
    assertEquals(EnumSet.noneOf(ConformanceTag.class), pending);
  }
}
