package org.reformindicators.io.composite;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;

/**
 * The settings of a Monte Carlo uncertainty analysis, written with its rank intervals, such as {@code 1,000 draws,
 * seed 1, weight noise ±0.25 at level 1}: enough to run the same analysis again.
 *
 * <p>A level is a depth of the index tree: 1 for the components of the total, 2 one level down. Levels without
 * noise are not listed. Immutable and thread-safe.
 *
 * @param draws the number of Monte Carlo draws, at least 1
 * @param seed the seed of the random draws
 * @param weightNoise the relative weight noise of each perturbed level, by level (each at least 1), each within
 *     (0, 1)
 */
public record UncertaintySettings(int draws, long seed, Map<Integer, Double> weightNoise) {

  /**
   * Validates and copies the components.
   *
   * @param draws the number of draws
   * @param seed the seed
   * @param weightNoise the noise by level
   * @throws NullPointerException if {@code weightNoise} or one of its entries is null
   * @throws IllegalArgumentException if {@code draws < 1}, a level is below 1 or a noise is not within (0, 1)
   */
  public UncertaintySettings {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
    Map<Integer, Double> copy = new TreeMap<>();
    Objects.requireNonNull(weightNoise, "weightNoise").forEach((level, noise) -> {
      Objects.requireNonNull(level, "weightNoise level");
      Objects.requireNonNull(noise, "weightNoise of level " + level);
      if (level < 1) {
        throw new IllegalArgumentException("weightNoise level must be at least 1 (the components of the total),"
            + " was " + level);
      }
      if (!(noise > 0 && noise < 1)) {
        throw new IllegalArgumentException("weightNoise of level " + level + " must be within (0, 1), was " + noise);
      }
      copy.put(level, noise);
    });
    weightNoise = Collections.unmodifiableMap(copy);
  }

  /**
   * Takes the settings of an analysis of an index: its draws, seed, and the noise of every level of the index's
   * tree that has some.
   *
   * @param index the methodology analysed
   * @param options the options the analysis ran with
   * @return the settings
   * @throws NullPointerException if an argument is null
   */
  public static UncertaintySettings of(CompositeIndex index, UncertaintyOptions options) {
    Objects.requireNonNull(options, "options");
    Map<Integer, Double> noise = new TreeMap<>();
    int depth = depth(Objects.requireNonNull(index, "index").root());
    for (int level = 1; level <= depth; level++) {
      double fraction = options.weightNoise(level);
      if (fraction > 0) {
        noise.put(level, fraction);
      }
    }
    return new UncertaintySettings(options.draws(), options.seed(), noise);
  }

  private static int depth(IndexNode node) {
    int deepest = 0;
    for (IndexNode child : node.children()) {
      deepest = Math.max(deepest, 1 + depth(child));
    }
    return deepest;
  }
}
