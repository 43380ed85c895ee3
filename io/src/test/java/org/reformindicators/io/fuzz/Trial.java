package org.reformindicators.io.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One iteration of a campaign, recomputable from the seed and the iteration alone: the seed file drawn, the
 * way of reading, and the mutant.
 *
 * @param target the target
 * @param campaignSeed the seed of the campaign
 * @param iteration the iteration, from 0
 * @param seed the seed file drawn
 * @param variant the way of reading drawn
 * @param mutant the mutated input
 */
record Trial(FuzzTarget target, long campaignSeed, long iteration, Seed seed, int variant, Mutant mutant) {

  /**
   * Makes the trial of an iteration.
   *
   * @param target the target
   * @param seeds its corpus
   * @param campaignSeed the campaign's seed
   * @param iteration the iteration
   * @return the trial
   */
  static Trial of(FuzzTarget target, List<Seed> seeds, long campaignSeed, long iteration) {
    SplittableRandom random = new SplittableRandom(mix(campaignSeed, target.id(), iteration));
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    int variant = random.nextInt(target.variants());
    Mutation kind = Mutation.pick(seed.syntax(), random);
    return new Trial(target, campaignSeed, iteration, seed, variant, kind.apply(seed.bytes(), seed.syntax(), random));
  }

  /** A well-mixed 64-bit value of the campaign seed, the target and the iteration (the MurmurHash3 finaliser). */
  private static long mix(long seed, String target, long iteration) {
    long h = seed * 0x9E3779B97F4A7C15L + target.hashCode() * 0xC2B2AE3D27D4EB4FL + iteration;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ h >>> 33;
  }

  /**
   * Returns the key that {@code -Dfuzz.replay} takes to rerun this trial.
   *
   * @return e.g. {@code plan-yaml:20261128:1234}
   */
  String replayKey() {
    return target.id() + ":" + campaignSeed + ":" + iteration;
  }
}
