package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ScoringProblem.Source;
import org.reformindicators.core.composite.scoring.ScoringRule;

/**
 * The checks the calculator runs on a methodology and its data before and while scoring: every number within
 * the supported magnitudes, every leaf value within its {@link ComponentRange} and accepted by its scoring rule.
 * Stateless, thread-safe. Not part of the API.
 */
final class ScoringChecks {

  /** Exponents up to this size print in plain decimals; larger ones in scientific notation. */
  private static final int PLAIN_EXPONENT = 30;

  private ScoringChecks() {}

  /** Tells whether a number is 0 or has a magnitude within the supported bounds. */
  static boolean supported(BigDecimal x) {
    if (x.signum() == 0) {
      return true;
    }
    BigDecimal magnitude = x.abs();
    return magnitude.compareTo(CompositeCalculator.MIN_MAGNITUDE) >= 0
        && magnitude.compareTo(CompositeCalculator.MAX_MAGNITUDE) <= 0;
  }

  /**
   * Returns a number for a message: plain decimals unless the exponent is huge (a plain form of {@code
   * 1E+999999999} would have a billion digits).
   */
  static String text(BigDecimal x) {
    BigDecimal stripped = x.stripTrailingZeros();
    long exponent = (long) stripped.precision() - stripped.scale() - 1;
    return Math.abs(exponent) <= PLAIN_EXPONENT ? stripped.toPlainString() : stripped.toString();
  }

  /** Returns the rule a number beyond the supported magnitudes breaks. */
  static String beyondMagnitudes(String what, BigDecimal x) {
    return what + " " + text(x) + " is beyond the magnitudes the calculator supports (0, or "
        + CompositeCalculator.MIN_MAGNITUDE + " to " + CompositeCalculator.MAX_MAGNITUDE + " either side of 0)";
  }

  /**
   * Checks every leaf value of the data; returns every problem, in tree order and then unit order. The
   * methodology's weights, scales and maximum points need no check here: {@code MethodologyLimits} refuses
   * them where the index is built.
   */
  static List<ScoringProblem> inputs(CompositeIndex index, DataMatrix data) {
    List<ScoringProblem> problems = new ArrayList<>();
    for (IndexNode leaf : index.leaves()) {
      values(leaf, data, problems);
    }
    return problems;
  }

  private static void values(IndexNode leaf, DataMatrix data, List<ScoringProblem> problems) {
    Optional<ComponentRange> range = ComponentRange.of(leaf);
    Optional<ScoringRule> rule = leaf.normalisation().isPresent() ? Optional.empty() : leaf.scoring();
    BigDecimal[] values = data.exactColumn(leaf.code());
    for (int u = 0; u < values.length; u++) {
      BigDecimal value = values[u];
      if (value == null) {
        continue;
      }
      UnitCode unit = data.units().get(u);
      if (!supported(value)) {
        problems.add(new ScoringProblem(Source.DATA, leaf.code(), unit, beyondMagnitudes("value", value)));
      } else if (range.isPresent() && !range.get().contains(value)) {
        problems.add(new ScoringProblem(Source.DATA, leaf.code(), unit,
            text(value) + " is outside the component's range " + range.get()));
      } else if (rule.isPresent()) {
        try {
          rule.get().points(value);
        } catch (IllegalArgumentException e) {
          problems.add(new ScoringProblem(Source.DATA, leaf.code(), unit,
              "the " + rule.get().kind() + " scoring rule does not accept it: " + e.getMessage()));
        }
      }
    }
  }

  /**
   * Checks the scores of a node for every unit.
   *
   * @throws ScoringException naming the first unit whose score is beyond the supported magnitudes
   */
  static void requireSupportedScores(IndexNode node, List<UnitCode> units, BigDecimal[] scores) {
    for (int u = 0; u < scores.length; u++) {
      if (scores[u] != null && !supported(scores[u])) {
        throw new ScoringException(new ScoringProblem(Source.METHODOLOGY, node.code(), units.get(u),
            beyondMagnitudes("the score", scores[u])
                + "; the methodology's scales, weights or rules make it so"));
      }
    }
  }

  /**
   * Returns the problem of a score that is not positive under a mean that needs positive values.
   */
  static ScoringProblem notPositive(IndexNode parent, IndexNode child, UnitCode unit, BigDecimal score) {
    String mean = parent.aggregation().orElseThrow().method() == AggregationMethod.WEIGHTED_GEOMETRIC
        ? "weighted geometric mean" : "weighted harmonic mean";
    return new ScoringProblem(Source.DATA, child.code(), unit, text(score) + " is not positive, but "
        + parent.code() + " aggregates it by a " + mean + ", which needs positive values");
  }
}
