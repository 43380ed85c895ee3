package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalAggregatorTest {

  @Test
  void contributionsOfAnAdditiveAggregationSumToTheAggregate() {
    // Law: for the arithmetic mean, the sum and the points share, Σ contributions = aggregate (to 30 digits).
    qt().forAll(
            lists().of(integers().between(0, 1000)).ofSize(6),
            lists().of(integers().between(1, 50)).ofSize(6),
            integers().between(0, 2))
        .checkAssert(
            (values, weights, which) -> {
              AggregationMethod method =
                  List.of(AggregationMethod.WEIGHTED_ARITHMETIC, AggregationMethod.SUM, AggregationMethod.POINTS_SHARE)
                      .get(which);
              Aggregation aggregation = new Aggregation(method, new BigDecimal("10"));
              BigDecimal[] x = new BigDecimal[6];
              BigDecimal[] w = new BigDecimal[6];
              BigDecimal[] m = new BigDecimal[6];
              for (int i = 0; i < 6; i++) {
                x[i] = i == 2 ? null : BigDecimal.valueOf(values.get(i), 2); // one component missing
                w[i] = BigDecimal.valueOf(weights.get(i), 2);
                m[i] = BigDecimal.TEN;
              }
              BigDecimal total = DecimalAggregator.aggregate(aggregation, x, w, m);
              BigDecimal sum = BigDecimal.ZERO;
              for (BigDecimal c : DecimalAggregator.contributions(aggregation, x, w, m, false)) {
                sum = c == null ? sum : sum.add(c);
              }
              assertTrue(total.subtract(sum).abs().compareTo(new BigDecimal("1e-30")) < 0, total + " vs " + sum);
            });
  }
}
