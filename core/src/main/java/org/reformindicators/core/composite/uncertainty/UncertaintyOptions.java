package org.reformindicators.core.composite.uncertainty;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.Rounding;
import org.reformindicators.core.composite.normalisation.Normalisation;

/**
 * The settings of a Monte Carlo uncertainty analysis, such as {@code UncertaintyOptions.builder().draws(10_000)
 * .seed(42).weightNoise(0.25).build()}: 10,000 draws, weights of the first level perturbed by up to ±25 %.
 *
 * <ul>
 *   <li>{@code weightNoise[k − 1]} is the noise of the weights at depth {@code k} of the tree (1 = the
 *       components of the total): each draw multiplies a nominal weight by {@code 1 + ε}, {@code ε} uniform on
 *       {@code [−noise, +noise]} (COINr {@code get_sensitivity}, {@code Distribution = "U"}, noisy weights
 *       "±x %"). Missing depths get no noise.
 *   <li>Alternative aggregation methods and normalisations: each draw picks the nominal choice or one of the
 *       alternatives with equal probability; an alternative aggregation replaces the method of every composite
 *       node (keeping each node's scale), an alternative normalisation replaces every leaf's.
 *   <li>{@code rankingDecimals}: totals are rounded half up to this many decimals before ranking (default: the
 *       root's published precision, if any), as the official rankings are made on published figures.
 * </ul>
 *
 * <p>Draws use {@link java.util.SplittableRandom} with the given seed ({@link #DEFAULT_SEED} unless set), so
 * the same options on the same data always give the same result. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UncertaintyOptions implements Serializable {

  /**
   * The most draws an analysis may ask for: a million draws give rank percentiles far steadier than any
   * published rank, while the run time grows linearly with the draws (a billion would run for hours).
   */
  public static final int MAX_DRAWS = 1_000_000;

  /** The version of the serialized form (of the generated implementation too). */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  UncertaintyOptions() {}

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20_250_701L;

  /**
   * Starts a builder: 1,000 draws, the default seed, no noise, no alternatives, ranking at the root's
   * published precision.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of Monte Carlo draws.
   *
   * @return the draws, 1..{@link #MAX_DRAWS}; 1,000 unless given
   */
  @Value.Default
  public int draws() {
    return 1_000;
  }

  /**
   * Returns the seed of the random draws.
   *
   * @return the seed, {@link #DEFAULT_SEED} unless given
   */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  /**
   * Returns the weight noise of each depth of the tree, depth 1 first.
   *
   * @return a copy of the noise fractions, each within [0, 1); empty unless given
   */
  @Value.Default
  public double[] weightNoise() {
    return new double[0];
  }

  /**
   * Returns the weight noise of a depth of the tree.
   *
   * @param depth the depth, 1 for the components of the total
   * @return the noise fraction, 0 when none was given for the depth
   * @throws IllegalArgumentException if {@code depth < 1}
   */
  public double weightNoise(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, was " + depth);
    }
    double[] noise = weightNoise();
    return depth <= noise.length ? noise[depth - 1] : 0.0;
  }

  /**
   * Returns the alternative aggregation methods.
   *
   * @return the alternatives, possibly empty
   */
  public abstract List<AggregationMethod> alternativeAggregations();

  /**
   * Returns the alternative leaf normalisations.
   *
   * @return the alternatives, possibly empty
   */
  public abstract List<Normalisation> alternativeNormalisations();

  /**
   * Returns the decimals chosen for ranking in place of the root's published precision.
   *
   * @return the decimals, or empty when not chosen (see {@link #rankUnrounded()})
   */
  public abstract OptionalInt chosenRankingDecimals();

  /**
   * Returns whether totals are ranked unrounded whatever the root's published precision.
   *
   * @return {@code true} after {@link Builder#rankUnrounded()}; {@code false} unless given
   */
  @Value.Default
  public boolean rankUnrounded() {
    return false;
  }

  /**
   * Returns the number of decimals totals are rounded to before ranking, given the root's rounding.
   *
   * @param rootRounding the rounding of the methodology's total, if any
   * @return the decimals, or empty when totals are ranked unrounded
   */
  public OptionalInt rankingDecimals(Optional<Rounding> rootRounding) {
    if (chosenRankingDecimals().isPresent() || rankUnrounded()) {
      return chosenRankingDecimals();
    }
    return rootRounding.isPresent() ? OptionalInt.of(rootRounding.get().decimals()) : OptionalInt.empty();
  }

  /**
   * Checks the draws, the noise fractions and the ranking decimals.
   *
   * @throws IllegalArgumentException if the draws are outside 1..{@link #MAX_DRAWS}, a noise fraction is outside
   *     [0, 1), the ranking decimals are outside 0..10, or both ranking decimals and unrounded ranking were chosen
   */
  @Value.Check
  void check() {
    if (draws() < 1 || draws() > MAX_DRAWS) {
      throw new IllegalArgumentException(
          "draws must be within 1.." + String.format(Locale.ROOT, "%,d", MAX_DRAWS) + ", was " + draws());
    }
    double[] noise = weightNoise();
    for (int i = 0; i < noise.length; i++) {
      if (!(noise[i] >= 0 && noise[i] < 1)) {
        throw new IllegalArgumentException(
            "weightNoise[" + i + "] must be within [0, 1) so that weights stay positive, was " + noise[i]);
      }
    }
    if (chosenRankingDecimals().isPresent()) {
      Builder.checkDecimals(chosenRankingDecimals().getAsInt());
      if (rankUnrounded()) {
        throw new IllegalArgumentException(
            "rankingDecimals " + chosenRankingDecimals().getAsInt() + " and rankUnrounded exclude each other");
      }
    }
  }

  /**
   * Builds {@link UncertaintyOptions}; the generated builder with the shorter names of the analysis' settings.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableUncertaintyOptions.Builder {

    /** Creates an empty builder; {@link UncertaintyOptions#builder()} reads better. */
    public Builder() {}

    /**
     * Adds an alternative aggregation method.
     *
     * @param method the alternative
     * @return this builder
     * @throws NullPointerException if {@code method} is null
     */
    public Builder alternativeAggregation(AggregationMethod method) {
      return addAlternativeAggregations(method);
    }

    /**
     * Adds an alternative leaf normalisation.
     *
     * @param normalisation the alternative
     * @return this builder
     * @throws NullPointerException if {@code normalisation} is null
     */
    public Builder alternativeNormalisation(Normalisation normalisation) {
      return addAlternativeNormalisations(normalisation);
    }

    /**
     * Ranks totals rounded half up to the given decimals instead of the root's published precision.
     *
     * @param decimals the decimals, 0..10
     * @return this builder
     * @throws IllegalArgumentException if {@code decimals} is outside 0..10
     */
    public Builder rankingDecimals(int decimals) {
      checkDecimals(decimals);
      return chosenRankingDecimals(decimals).rankUnrounded(false);
    }

    /**
     * Ranks unrounded totals.
     *
     * @return this builder
     */
    public Builder rankUnrounded() {
      return chosenRankingDecimals(OptionalInt.empty()).rankUnrounded(true);
    }

    private static void checkDecimals(int decimals) {
      if (decimals < 0 || decimals > Rounding.MAX_DECIMALS) {
        throw new IllegalArgumentException(
            "decimals must be within 0.." + Rounding.MAX_DECIMALS + ", was " + decimals);
      }
    }
  }
}
