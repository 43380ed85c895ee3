package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares straight line through the observations projected to the deadline, such as {@code
 * LinearProjectionMethod.defaults()} projecting 40, 50, 60 % in 2021–2023 to 80 % in 2025 with a 95 %
 * prediction interval.
 *
 * <p>Source: a linear projection, as provincial staff compute it in spreadsheets; the interval
 * is the textbook prediction interval of ordinary least squares (e.g. Montgomery, Peck and Vining,
 * <i>Introduction to Linear Regression Analysis</i>, §2.5): ŷ(T) ± t(1 − α/2; n − 2) · s · √(1 + 1/n + (T
 * − t̄)² / Sxx), s² = residual mean square = Σ (y_i − ŷ(t_i))² / (n − 2); the line is fitted with Commons
 * Math {@link SimpleRegression}, the residuals are summed in a second pass over the points (see {@code
 * residualSumOfSquares}), and the quantile comes from {@link TDistribution}. With d = +1 when higher is better and −1 otherwise, the "unfavourable" end of the
 * interval is the lower one for d = +1 and the upper one for d = −1.
 *
 * <p>Categories, in order: the latest value meets the target → {@link
 * LinearProjectionCategory#TARGET_ACHIEVED}; the unfavourable end meets it → {@link
 * LinearProjectionCategory#CONFIDENTLY_ON_TRACK}; the projection meets it → {@link
 * LinearProjectionCategory#PROJECTED_TO_REACH}; the favourable end meets it → {@link
 * LinearProjectionCategory#WITHIN_INTERVAL}; the whole interval falls short and d × slope &lt; 0 → {@link
 * LinearProjectionCategory#MOVING_AWAY}; otherwise {@link LinearProjectionCategory#PROJECTED_TO_FALL_SHORT}.
 * The interval decides before the slope's sign: a target the interval contains is not ruled out, whichever
 * way the fitted line leans. The projection and the ends of the interval are compared with the target, and
 * the slope with 0, allowing {@link Tolerance#EPSILON} × {@link ProgressInput#valueScale()} (see {@code
 * Tolerance}), so a line that hits the target in decimal arithmetic reaches it. Needs a target and at least
 * {@code minimumObservations} (3, so the interval has a degree of freedom) points. Rates are linear: actual =
 * d × slope, required = d·(TV − y_base)/(T − t_base). Immutable and thread-safe.
 */
public final class LinearProjectionMethod extends AbstractProgressMethod {

  private static final long serialVersionUID = 1L;

  /** The confidence level of the prediction interval, 0.95. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
  /** The minimum number of observations, 3. */
  public static final int DEFAULT_MINIMUM_OBSERVATIONS = 3;

  private static final String ID = "linear";
  private static final MethodParameter CONFIDENCE_LEVEL =
      MethodParameter.number("confidenceLevel", DEFAULT_CONFIDENCE_LEVEL, ParameterRange.open(0, 1));
  private static final MethodParameter MINIMUM_OBSERVATIONS =
      MethodParameter.integer("minimumObservations", DEFAULT_MINIMUM_OBSERVATIONS, ParameterRange.atLeast(3));
  private static final ProgressMethodDescriptor DESCRIPTOR =
      ProgressMethodDescriptor.of(
          ID,
          List.of(CONFIDENCE_LEVEL, MINIMUM_OBSERVATIONS),
          List.of(LinearProjectionCategory.values()),
          LinearProjectionMethod::new);
  private static final LinearProjectionMethod DEFAULTS = new LinearProjectionMethod(DESCRIPTOR.defaultValues());

  /** The number of degrees of freedom whose t quantile is kept once computed: series of up to 66 observations. */
  private static final int QUANTILES_KEPT = 64;

  private final double confidenceLevel;
  private final int minimumObservations;
  /**
   * The t quantile of this confidence level by degrees of freedom (index n − 2), as the raw bits of the double,
   * 0 until computed: Commons Math finds it by a root search over the regularized incomplete beta function,
   * which cost more than the rest of an assessment (issue 14 profile), while the number depends only on n and
   * the confidence level. Each entry is computed by the same call as before, so a cached value is the same double.
   */
  private final AtomicLongArray quantiles = new AtomicLongArray(QUANTILES_KEPT);

  private LinearProjectionMethod(ParameterValues parameters) {
    super(ID, parameters);
    this.confidenceLevel = parameters.number(CONFIDENCE_LEVEL);
    this.minimumObservations = parameters.integer(MINIMUM_OBSERVATIONS);
  }

  /**
   * The two-sided t quantile t(1 − α/2; n − 2) of this method's confidence level, computed once per number of
   * degrees of freedom (the quantile is positive, so the bits 0 mean "not yet computed").
   */
  private double quantile(int n) {
    int index = n - 2;
    if (index >= QUANTILES_KEPT) {
      return computeQuantile(n);
    }
    long bits = quantiles.get(index);
    if (bits != 0L) {
      return Double.longBitsToDouble(bits);
    }
    double q = computeQuantile(n);
    quantiles.set(index, Double.doubleToRawLongBits(q));
    return q;
  }

  private double computeQuantile(int n) {
    return new TDistribution(null, n - 2.0, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
        .inverseCumulativeProbability(1.0 - (1.0 - confidenceLevel) / 2.0);
  }

  /**
   * Returns how the registry knows this method: id {@code linear}, the parameters {@code confidenceLevel}
   * (0.95, within (0, 1)) and {@code minimumObservations} (3, a whole number of at least 3: the interval needs
   * n − 2 ≥ 1 degrees of freedom), and the categories of {@link LinearProjectionCategory}.
   *
   * @return the descriptor
   */
  public static ProgressMethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns the method with a 95 % interval and at least three observations.
   *
   * @return the default method
   */
  public static LinearProjectionMethod defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the method with the given parameters.
   *
   * @param confidenceLevel the confidence level of the prediction interval, in (0, 1)
   * @param minimumObservations the minimum number of observations, at least 3
   * @return the method
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public static LinearProjectionMethod of(double confidenceLevel, int minimumObservations) {
    return new LinearProjectionMethod(
        DESCRIPTOR.defaultValues()
            .with(CONFIDENCE_LEVEL, confidenceLevel)
            .with(MINIMUM_OBSERVATIONS, minimumObservations));
  }

  @Override
  public int minimumObservations() {
    return minimumObservations;
  }

  @Override
  public ProgressResult assess(ProgressInput input) {
    Objects.requireNonNull(input, "input");
    ProgressResult decided =
        precheck(
            input,
            LinearProjectionCategory.TARGET_ACHIEVED,
            LinearProjectionCategory.CANNOT_ASSESS,
            RateKind.LINEAR,
            false);
    if (decided != null) {
      return decided;
    }
    int n = input.size();
    if (n < minimumObservations) {
      return unassessable(
          LinearProjectionCategory.CANNOT_ASSESS, UnassessableReason.TOO_FEW_OBSERVATIONS, RateKind.LINEAR);
    }
    double horizon = input.targetTime() - input.baseTime();
    SimpleRegression regression = new SimpleRegression(true);
    double sumT = 0;
    for (int i = 0; i < n; i++) {
      regression.addData(input.time(i), input.value(i));
      sumT += input.time(i);
    }
    double meanT = sumT / n;
    double t = input.targetTime();
    double slope = regression.getSlope();
    double projection = regression.predict(t);
    double dt = t - meanT;
    double residualMeanSquare = residualSumOfSquares(input, regression.getIntercept(), slope) / (n - 2);
    double standardError =
        Math.sqrt(residualMeanSquare * (1.0 + 1.0 / n + dt * dt / regression.getXSumSquares()));
    double quantile = quantile(n);
    double halfWidth = quantile * standardError;
    double lower = projection - halfWidth;
    double upper = projection + halfWidth;
    DesiredDirection direction = input.direction();
    double d = direction.sign();
    double target = input.targetValue();
    double unfavourable = direction == DesiredDirection.INCREASE ? lower : upper;
    double favourable = direction == DesiredDirection.INCREASE ? upper : lower;
    double scale = input.valueScale();
    LinearProjectionCategory category;
    if (Tolerance.meets(direction, unfavourable, target, scale)) {
      category = LinearProjectionCategory.CONFIDENTLY_ON_TRACK;
    } else if (Tolerance.meets(direction, projection, target, scale)) {
      category = LinearProjectionCategory.PROJECTED_TO_REACH;
    } else if (Tolerance.meets(direction, favourable, target, scale)) {
      category = LinearProjectionCategory.WITHIN_INTERVAL;
    } else if (d * slope < -Tolerance.EPSILON * scale) {
      category = LinearProjectionCategory.MOVING_AWAY;
    } else {
      category = LinearProjectionCategory.PROJECTED_TO_FALL_SHORT;
    }
    return ProgressResult.builder(this, category)
        .rateKind(RateKind.LINEAR)
        .rates(d * slope, d * (target - input.baseValue()) / horizon)
        .projection(projection, lower, upper)
        .measure("intercept", regression.getIntercept())
        .measure("slope", slope)
        .measure("residualStandardError", Math.sqrt(residualMeanSquare))
        .measure("tQuantile", quantile)
        .build();
  }

  /**
   * Returns the residual sum of squares Σ (y_i − (a + b·t_i))² of the fitted line, summed in a second pass over
   * the points rather than taken from the one-pass identity Syy − Sxy²/Sxx that {@link
   * SimpleRegression#getSumSquaredErrors()} uses. The identity subtracts two nearly equal sums when the points lie
   * close to a line, so for an exactly linear series scaled by, say, 0.1288 it leaves rounding noise of the order
   * of the values times the unit roundoff, where the residuals themselves are 0 up to the rounding of each point;
   * summing the squared residuals directly has no such cancellation, and every term is non-negative. Source: T. F.
   * Chan, G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample variance: analysis and
   * recommendations", <i>The American Statistician</i> 37(3), 1983, pp. 242–247 (the two-pass algorithm and the
   * cancellation of the textbook one-pass formula); N. J. Higham, <i>Accuracy and Stability of Numerical
   * Algorithms</i>, 2nd ed., SIAM, 2002, §1.9.
   *
   * @param input the observations
   * @param intercept the fitted intercept a
   * @param slope the fitted slope b
   * @return the residual sum of squares, non-negative
   */
  static double residualSumOfSquares(ProgressInput input, double intercept, double slope) {
    double sum = 0;
    for (int i = 0, n = input.size(); i < n; i++) {
      double residual = input.value(i) - (intercept + slope * input.time(i));
      sum += residual * residual;
    }
    return sum;
  }
}
