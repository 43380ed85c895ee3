package org.reformindicators.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The seed corpora are what the fuzz tests need: small files that every reader reads cleanly in every way, so
 * that a mutation's outcome is the mutation's doing.
 */
class SeedCorpusTest {

  static Stream<Arguments> seeds() {
    return FuzzTarget.all().stream().flatMap(t -> Seed.corpus(t.corpus()).stream().map(s -> Arguments.of(t.id(), s)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("seeds")
  void seedIsSmallAndReadsCleanlyInEveryWay(String targetId, Seed seed) {
    FuzzTarget target = FuzzTarget.byId(targetId);
    assertTrue(seed.bytes().length <= Seed.MAX_BYTES, seed + " has " + seed.bytes().length + " bytes");
    for (int variant = 0; variant < target.variants(); variant++) {
      Outcome outcome = target.read(seed, seed.bytes(), variant);
      assertNull(outcome.unexpected(), () -> seed + ": " + PropertyCheck.describe(outcome.unexpected()));
      assertFalse(outcome.refused(), () -> seed + " is refused: " + outcome.problems() + outcome.violations());
      assertNotNull(outcome.value(), seed.name());
      assertEquals(List.of(), outcome.violations(), seed.name());
    }
  }

  @Test
  void everyReaderHasSeedsAndTheDefaultsTryMoreThanTenThousandInputs() {
    long total = 0;
    for (FuzzTarget target : FuzzTarget.all()) {
      assertFalse(Seed.corpus(target.corpus()).isEmpty(), target.id());
      total += target.defaultIterations();
    }
    assertTrue(total >= 10_000, "only " + total + " inputs in all");
  }
}
