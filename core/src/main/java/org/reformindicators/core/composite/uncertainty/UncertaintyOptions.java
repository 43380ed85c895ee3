package org.reformindicators.core.composite.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
public final class UncertaintyOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The most draws an analysis may ask for: a million draws give rank percentiles far steadier than any
   * published rank, while the run time grows linearly with the draws (a billion would run for hours).
   */
  public static final int MAX_DRAWS = 1_000_000;

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20_250_701L;

  private final int draws;
  private final long seed;
  private final double[] weightNoise;
  private final List<AggregationMethod> alternativeAggregations;
  private final List<Normalisation> alternativeNormalisations;
  private final OptionalInt rankingDecimals;
  private final boolean useRootRounding;

  private UncertaintyOptions(Builder b) {
    if (b.draws < 1 || b.draws > MAX_DRAWS) {
      throw new IllegalArgumentException(
          "draws must be within 1.." + String.format(Locale.ROOT, "%,d", MAX_DRAWS) + ", was " + b.draws);
    }
    this.draws = b.draws;
    this.seed = b.seed;
    this.weightNoise = b.weightNoise.clone();
    for (int i = 0; i < weightNoise.length; i++) {
      double noise = weightNoise[i];
      if (!(noise >= 0 && noise < 1)) {
        throw new IllegalArgumentException(
            "weightNoise[" + i + "] must be within [0, 1) so that weights stay positive, was " + noise);
      }
    }
    this.alternativeAggregations = List.copyOf(b.alternativeAggregations);
    this.alternativeNormalisations = List.copyOf(b.alternativeNormalisations);
    this.rankingDecimals = b.rankingDecimals;
    this.useRootRounding = b.useRootRounding;
  }

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
   * @return the draws, at least 1
   */
  public int draws() {
    return draws;
  }

  /**
   * Returns the seed of the random draws.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
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
    return depth <= weightNoise.length ? weightNoise[depth - 1] : 0.0;
  }

  /**
   * Returns the alternative aggregation methods.
   *
   * @return the alternatives, possibly empty
   */
  public List<AggregationMethod> alternativeAggregations() {
    return alternativeAggregations;
  }

  /**
   * Returns the alternative leaf normalisations.
   *
   * @return the alternatives, possibly empty
   */
  public List<Normalisation> alternativeNormalisations() {
    return alternativeNormalisations;
  }

  /**
   * Returns the number of decimals totals are rounded to before ranking, given the root's rounding.
   *
   * @param rootRounding the rounding of the methodology's total, if any
   * @return the decimals, or empty when totals are ranked unrounded
   */
  public OptionalInt rankingDecimals(Optional<Rounding> rootRounding) {
    if (useRootRounding) {
      return rootRounding.isPresent() ? OptionalInt.of(rootRounding.get().decimals()) : OptionalInt.empty();
    }
    return rankingDecimals;
  }

  /** Builds {@link UncertaintyOptions}; not thread-safe. */
  public static final class Builder {
    private int draws = 1_000;
    private long seed = DEFAULT_SEED;
    private double[] weightNoise = new double[0];
    private final List<AggregationMethod> alternativeAggregations = new ArrayList<>();
    private final List<Normalisation> alternativeNormalisations = new ArrayList<>();
    private OptionalInt rankingDecimals = OptionalInt.empty();
    private boolean useRootRounding = true;

    private Builder() {}

    /**
     * Sets the number of draws.
     *
     * @param count the draws, within 1..{@link UncertaintyOptions#MAX_DRAWS}
     * @return this builder
     */
    public Builder draws(int count) {
      this.draws = count;
      return this;
    }

    /**
     * Sets the seed.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets the weight noise per depth, e.g. {@code weightNoise(0.25, 0.10)}: ±25 % on the components of the
     * total, ±10 % one level down.
     *
     * @param fractionByDepth the noise of depth 1, 2, …, each within [0, 1)
     * @return this builder
     * @throws NullPointerException if {@code fractionByDepth} is null
     */
    public Builder weightNoise(double... fractionByDepth) {
      this.weightNoise = Objects.requireNonNull(fractionByDepth, "fractionByDepth").clone();
      return this;
    }

    /**
     * Adds an alternative aggregation method.
     *
     * @param method the alternative
     * @return this builder
     * @throws NullPointerException if {@code method} is null
     */
    public Builder alternativeAggregation(AggregationMethod method) {
      alternativeAggregations.add(Objects.requireNonNull(method, "method"));
      return this;
    }

    /**
     * Adds an alternative leaf normalisation.
     *
     * @param normalisation the alternative
     * @return this builder
     * @throws NullPointerException if {@code normalisation} is null
     */
    public Builder alternativeNormalisation(Normalisation normalisation) {
      alternativeNormalisations.add(Objects.requireNonNull(normalisation, "normalisation"));
      return this;
    }

    /**
     * Ranks totals rounded half up to the given decimals instead of the root's published precision.
     *
     * @param decimals the decimals, 0..10
     * @return this builder
     * @throws IllegalArgumentException if {@code decimals} is outside 0..10
     */
    public Builder rankingDecimals(int decimals) {
      if (decimals < 0 || decimals > Rounding.MAX_DECIMALS) {
        throw new IllegalArgumentException(
            "decimals must be within 0.." + Rounding.MAX_DECIMALS + ", was " + decimals);
      }
      this.rankingDecimals = OptionalInt.of(decimals);
      this.useRootRounding = false;
      return this;
    }

    /**
     * Ranks unrounded totals.
     *
     * @return this builder
     */
    public Builder rankUnrounded() {
      this.rankingDecimals = OptionalInt.empty();
      this.useRootRounding = false;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if the draws are outside 1..{@link UncertaintyOptions#MAX_DRAWS} or a
     *     noise fraction is outside [0, 1)
     */
    public UncertaintyOptions build() {
      return new UncertaintyOptions(this);
    }
  }

  /** Replaces the options by their serial form (OptionalInt is not serializable). */
  private Object writeReplace() {
    return new SerialForm(draws, seed, weightNoise.clone(), alternativeAggregations, alternativeNormalisations,
        rankingDecimals.isPresent() ? rankingDecimals.getAsInt() : null, useRootRounding);
  }

  /** The serial form of the options; reading it back builds them again, with their validation. */
  private record SerialForm(
      int draws, long seed, double[] weightNoise, List<AggregationMethod> alternativeAggregations,
      List<Normalisation> alternativeNormalisations, Integer rankingDecimals, boolean useRootRounding)
      implements Serializable {

    private Object readResolve() {
      Builder b = builder().draws(draws).seed(seed).weightNoise(weightNoise);
      alternativeAggregations.forEach(b::alternativeAggregation);
      alternativeNormalisations.forEach(b::alternativeNormalisation);
      if (!useRootRounding) {
        if (rankingDecimals == null) {
          b.rankUnrounded();
        } else {
          b.rankingDecimals(rankingDecimals);
        }
      }
      return b.build();
    }
  }
}
