package org.reformindicators.io.composite;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.Aggregation;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.MissingDataPolicy;
import org.reformindicators.core.composite.Rounding;
import org.reformindicators.core.composite.ScoreDirection;
import org.reformindicators.core.composite.normalisation.DistanceToTarget;
import org.reformindicators.core.composite.normalisation.Goalposts;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.normalisation.Normalisation;
import org.reformindicators.core.composite.normalisation.PercentileRankNormalisation;
import org.reformindicators.core.composite.normalisation.RankNormalisation;
import org.reformindicators.core.composite.normalisation.ZScore;
import org.reformindicators.core.composite.ranking.BandScheme;
import org.reformindicators.core.composite.ranking.PercentileQuartiles;
import org.reformindicators.core.composite.ranking.RankingMethod;
import org.reformindicators.core.composite.scoring.LinearBetween;
import org.reformindicators.core.composite.scoring.ProportionalToThreshold;
import org.reformindicators.core.composite.scoring.ScoringRule;
import org.reformindicators.core.composite.scoring.StepTable;

/**
 * QuickTheories generator of valid methodology trees that use every feature of the methodology format
 * (docs/formats/methodology.md): up to three levels, every aggregation method, every normalisation and scoring
 * kind, roundings, directions, unverified parameters, both groupings and every missing-data policy. Every
 * generated value is valid by construction, so no example is discarded.
 */
final class MethodologyGenerators {

  /** Texts that a careless YAML or JSON writer would mangle: diacritics, quotes, colons, YAML keywords. */
  private static final List<String> TEXTS =
      List.of(
          "Chỉ số năng lực cạnh tranh cấp tỉnh",
          "Provincial Competitiveness Index",
          "Tính minh bạch: \"công khai\" # 20%",
          "yes",
          "null",
          "2025",
          "- dấu gạch đầu dòng",
          "a\nmulti-line\ntext",
          "  leading and trailing spaces  ",
          "Bộ Nội vụ (Ministry of Home Affairs) {PAR}");

  private static final int MAX_DEPTH = 3;

  private MethodologyGenerators() {}

  /** Any valid methodology. */
  static Gen<CompositeIndex> methodologies() {
    return MethodologyGenerators::methodology;
  }

  private static CompositeIndex methodology(RandomnessSource in) {
    CompositeIndex.Builder b =
        CompositeIndex.builder(pick(in, List.of("pci", "papi-2009", "par-index-2948", "demo-2-index")))
            .names(text(in), text(in))
            .publisher(text(in))
            .source(text(in))
            .root(composite(in, "ROOT", 1, false));
    int first = between(in, 1900, 2100);
    if (flip(in)) {
      b.yearsFrom(first);
    } else {
      b.years(first, between(in, first, 2100));
    }
    b.missingData(
        switch (between(in, 0, 2)) {
          case 0 -> MissingDataPolicy.fail();
          case 1 -> MissingDataPolicy.skipAndRenormalise();
          default -> MissingDataPolicy.minimumCoverage(between(in, 1, 100) / 100.0);
        });
    b.rankingMethod(pick(in, List.of(RankingMethod.values())));
    switch (between(in, 0, 2)) {
      case 0 -> b.grouping(bands(in));
      case 1 -> b.grouping(new PercentileQuartiles(List.of("Q1: cao", "Q2", "Q3", "Q4 thấp")));
      default -> { }
    }
    // sorted: the iteration order of Set.of changes from one JVM to the next, a seed must replay
    for (String parameter : CompositeIndex.PARAMETERS.stream().sorted().toList()) {
      if (between(in, 0, 4) == 0) {
        b.unverified(parameter, text(in));
      }
    }
    return b.build();
  }

  private static BandScheme bands(RandomnessSource in) {
    int count = between(in, 1, 4);
    List<BandScheme.Band> bands = new ArrayList<>();
    int lower = 100;
    for (int i = 0; i < count; i++) {
      lower -= between(in, 1, 20);
      bands.add(new BandScheme.Band("Band " + (char) ('A' + i), decimal(lower * 100L + between(in, 0, 99), 2)));
    }
    return new BandScheme(bands, "below");
  }

  private static IndexNode composite(RandomnessSource in, String code, int depth, boolean needsMaxPoints) {
    Aggregation aggregation =
        new Aggregation(pick(in, List.of(AggregationMethod.values())), positiveDecimal(in));
    boolean pointsShare = aggregation.method() == AggregationMethod.POINTS_SHARE;
    IndexNode.Builder b = common(in, code, needsMaxPoints, true).aggregation(aggregation);
    int children = between(in, 1, 4);
    for (int i = 1; i <= children; i++) {
      String childCode = code + "_" + i;
      b.child(
          depth < MAX_DEPTH && between(in, 0, 2) == 0
              ? composite(in, childCode, depth + 1, pointsShare)
              : leaf(in, childCode, pointsShare));
    }
    return b.build();
  }

  private static IndexNode leaf(RandomnessSource in, String code, boolean needsMaxPoints) {
    boolean scored = between(in, 0, 2) == 0;
    // a scored leaf takes its maximum from its scoring rule, so only an unscored leaf sets it
    IndexNode.Builder b = common(in, code, needsMaxPoints && !scored, !scored);
    if (flip(in)) {
      b.normalisation(normalisation(in));
    }
    if (scored) {
      b.scoring(scoring(in));
    }
    return b.build();
  }

  private static IndexNode.Builder common(
      RandomnessSource in, String code, boolean needsMaxPoints, boolean mayHaveMaxPoints) {
    IndexNode.Builder b = IndexNode.builder(ComponentCode.of(code));
    if (flip(in)) {
      b.names(text(in), text(in));
    }
    if (flip(in)) {
      b.weight(positiveDecimal(in));
    }
    if (needsMaxPoints || (mayHaveMaxPoints && between(in, 0, 3) == 0)) {
      b.maxPoints(positiveDecimal(in));
    }
    b.direction(pick(in, List.of(ScoreDirection.values())));
    if (flip(in)) {
      b.rounding(Rounding.halfUp(between(in, 0, Rounding.MAX_DECIMALS)));
    }
    if (between(in, 0, 3) == 0) {
      b.unverified(pick(in, IndexNode.PARAMETERS.stream().sorted().toList()), text(in));
    }
    return b;
  }

  private static Normalisation normalisation(RandomnessSource in) {
    double a = real(in);
    // relative to a, so that a + width stays above a even at ±9e12, and within the ±1e15 of a parameter
    double width = between(in, 1, 100_000) / 1000.0 * (1 + Math.abs(a));
    return switch (between(in, 0, 5)) {
      case 0 -> new MinMax(a, a + width);
      case 1 -> new ZScore(a, width);
      case 2 -> new Goalposts(a, a + width, between(in, 1, 1000) / 10.0);
      case 3 -> new DistanceToTarget(a, flip(in));
      case 4 -> new RankNormalisation();
      default -> new PercentileRankNormalisation();
    };
  }

  private static ScoringRule scoring(RandomnessSource in) {
    return switch (between(in, 0, 2)) {
      case 0 -> new ProportionalToThreshold(positiveDecimal(in), positiveDecimal(in));
      case 1 -> {
        StepTable.Comparison comparison = pick(in, List.of(StepTable.Comparison.values()));
        int count = between(in, 1, 4);
        List<StepTable.Step> steps = new ArrayList<>();
        long bound = between(in, -500, 500);
        for (int i = 0; i < count; i++) {
          steps.add(new StepTable.Step(decimal(bound, 1), positiveDecimal(in)));
          int gap = between(in, 1, 100);
          bound = comparison == StepTable.Comparison.AT_LEAST ? bound - gap : bound + gap;
        }
        yield new StepTable(comparison, steps, decimal(between(in, 0, 100), between(in, 0, 2)));
      }
      default -> {
        long from = between(in, -1000, 1000);
        yield new LinearBetween(
            decimal(from, 1),
            decimal(between(in, 0, 100), 0),
            decimal(from + between(in, 1, 1000), 1),
            positiveDecimal(in));
      }
    };
  }

  // ---- primitives drawn from the randomness source --------------------------------------------------------

  private static int between(RandomnessSource in, int lowest, int highest) {
    return integers().between(lowest, highest).generate(in);
  }

  private static boolean flip(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  private static String text(RandomnessSource in) {
    return pick(in, TEXTS);
  }

  /** A positive decimal with 0 to 4 decimals, such as {@code 0.0500} or {@code 14.5}. */
  private static BigDecimal positiveDecimal(RandomnessSource in) {
    return decimal(between(in, 1, 1_000_000), between(in, 0, 4));
  }

  private static BigDecimal decimal(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale);
  }

  /** A double with up to three decimals within ±1000, or a value whose shortest text has an exponent. */
  private static double real(RandomnessSource in) {
    return switch (between(in, 0, 3)) {
      case 0 -> between(in, -1_000_000, 1_000_000) / 1000.0;
      case 1 -> between(in, 1, 9) * 1e-7;
      case 2 -> -between(in, 1, 9) * 1e12;
      default -> between(in, -1000, 1000);
    };
  }
}
