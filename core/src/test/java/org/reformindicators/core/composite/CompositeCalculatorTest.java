package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.ranking.BandScheme;
import org.reformindicators.core.composite.scoring.ProportionalToThreshold;

class CompositeCalculatorTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, dec(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static CompositeResult pciQuangNgai(String[] row) {
    DataMatrix data = DataMatrix.builder(TestIndices.PCI_CODES).row(UnitCode.of("51"), row).build();
    return CompositeCalculator.evaluate(TestIndices.pci(), data);
  }

  @Test
  void pci2019QuangNgaiIsExactly64_315AndPublishedAs64_32() {
    // VCCI, PCI 2019 provincial profile of Quảng Ngãi: published 64.33.
    // 10 × (0.05 × (8.23 + 6.65 + 6.56 + 5.46 + 5.90 + 6.49) + 0.20 × (6.96 + 6.17 + 6.24) + 0.10 × 5.93)
    //   = 10 × (1.9645 + 3.874 + 0.593) = 64.315 → half up → 64.32
    CompositeResult result = pciQuangNgai(TestIndices.QUANG_NGAI_2019);
    assertDecimal("64.315", result.exactScore(UnitCode.of("51"), ComponentCode.of("PCI")).orElseThrow());
    assertEquals(dec("64.32"), result.total(UnitCode.of("51")).orElseThrow());
    assertTrue(result.total(UnitCode.of("51")).orElseThrow().subtract(dec("64.33")).abs().compareTo(dec("0.025")) <= 0);
  }

  @Test
  void pci2020QuangNgaiIs63_18WithinTheRoundingBoundOfThePublished63_20() {
    // VCCI, PCI 2020 provincial profile of Quảng Ngãi: published 63.20.
    // 10 × (0.05 × (8.16 + 6.07 + 7.28 + 6.75 + 6.09 + 6.81) + 0.20 × (6.29 + 5.50 + 6.21) + 0.10 × 6.60)
    //   = 10 × (2.058 + 3.6 + 0.66) = 63.18
    CompositeResult result = pciQuangNgai(TestIndices.QUANG_NGAI_2020);
    assertEquals(dec("63.18"), result.total(UnitCode.of("51")).orElseThrow());
    assertTrue(result.total(UnitCode.of("51")).orElseThrow().subtract(dec("63.20")).abs().compareTo(dec("0.025")) <= 0);
  }

  @Test
  void doubleInputsConvertThroughTheirShortestDecimalAndGiveTheSameDigits() {
    double[] row = new double[10];
    for (int i = 0; i < row.length; i++) {
      row[i] = Double.parseDouble(TestIndices.QUANG_NGAI_2019[i]);
    }
    DataMatrix data = DataMatrix.builder(TestIndices.PCI_CODES).row(UnitCode.of("51"), row).build();
    assertEquals(dec("64.32"), CompositeCalculator.evaluate(TestIndices.pci(), data).total(UnitCode.of("51")).orElseThrow());
  }

  @Test
  void pciTotalDoesNotDependOnTheOrderOfTheComponents() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
              Collections.shuffle(order, new Random(seed));
              IndexNode.Builder root =
                  IndexNode.builder(ComponentCode.of("PCI"))
                      .aggregation(Aggregation.weightedArithmetic(dec("10")))
                      .rounding(Rounding.halfUp(2));
              List<ComponentCode> codes = new ArrayList<>();
              String[] row = new String[10];
              for (int k = 0; k < 10; k++) {
                int i = order.get(k);
                codes.add(TestIndices.PCI_CODES.get(i));
                row[k] = TestIndices.QUANG_NGAI_2019[i];
                root.child(
                    IndexNode.builder(TestIndices.PCI_CODES.get(i)).weight(TestIndices.PCI_WEIGHTS.get(i)).build());
              }
              CompositeIndex shuffled =
                  CompositeIndex.builder("pci")
                      .names("x", "x")
                      .publisher("x")
                      .source("x")
                      .yearsFrom(2013)
                      .root(root.build())
                      .build();
              DataMatrix data = DataMatrix.builder(codes).row(UnitCode.of("51"), row).build();
              assertEquals(dec("64.32"), CompositeCalculator.evaluate(shuffled, data).total(UnitCode.of("51")).orElseThrow());
            });
  }

  @Test
  void papiTotalIsTheSumOfDimensionsAtPublishedPrecision() {
    // Hand-made dimension scores (PAPI publishes only the Quảng Ngãi 2021 total 40.980, Sở TT&TT Quảng Ngãi, "Quảng Ngãi tăng 19 bậc về chỉ số PAPI"):
    // 5.4321 + 5.1102 + 4.8769 + 6.2034 + 7.1234 + 6.9012 + 3.2108 + 2.1220 = 40.9800
    DataMatrix data =
        DataMatrix.builder(TestIndices.PAPI_CODES)
            .row(UnitCode.of("51"), "5.4321", "5.1102", "4.8769", "6.2034", "7.1234", "6.9012", "3.2108", "2.1220")
            .build();
    CompositeResult result = CompositeCalculator.evaluate(TestIndices.papi(), data);
    assertEquals(dec("40.9800"), result.total(UnitCode.of("51")).orElseThrow());
    assertDecimal("40.980", result.total(UnitCode.of("51")).orElseThrow());
  }

  @Test
  void parIndexIsPointsOverMaximumTimesHundred() {
    // Hand-made area points: 8.50 + 9.00 + 12.25 + 10.00 + 13.50 + 6.00 + 14.20 + 12.00 = 85.45 of 100
    // → 85.45 / 100 × 100 = 85.45 %, band B (80–<90).
    DataMatrix data =
        DataMatrix.builder(TestIndices.PAR_CODES)
            .row(UnitCode.of("51"), "8.50", "9.00", "12.25", "10.00", "13.50", "6.00", "14.20", "12.00")
            .build();
    CompositeResult result = CompositeCalculator.evaluate(TestIndices.parIndex(), data);
    BigDecimal total = result.total(UnitCode.of("51")).orElseThrow();
    assertEquals(dec("85.45"), total);
    assertEquals("B", BandScheme.PAR_INDEX.labelOf(total));
  }

  @Test
  void dvc766SumsGroupPointsWithTheProgressRatioScoredUpToItsThreshold() {
    // Hand-made: progress ratio 70 % → 70 × 20 ÷ 80 = 17.5 points;
    // 15 + 17.5 + 20.5 + 18 + 16.25 = 87.25
    DataMatrix data =
        DataMatrix.builder(TestIndices.codes(
                    "DVC766_TRANSPARENCY",
                    "DVC766_PROGRESS",
                    "DVC766_DIGITISATION",
                    "DVC766_ONLINE_SERVICE",
                    "DVC766_SATISFACTION"))
            .row(UnitCode.of("51"), "15", "70", "20.5", "18", "16.25")
            .build();
    CompositeResult result = CompositeCalculator.evaluate(TestIndices.dvc766(), data);
    assertDecimal("17.5", result.exactScore(UnitCode.of("51"), ComponentCode.of("DVC766_PROGRESS")).orElseThrow());
    assertEquals(dec("87.25"), result.total(UnitCode.of("51")).orElseThrow());
  }

  private static CompositeResult twoComponents(AggregationMethod method, String... row) {
    CompositeIndex index = TestIndices.flat(TestIndices.codes("A", "B"), new double[] {1, 3}, method);
    return CompositeCalculator.evaluate(index, DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("u"), row).build());
  }

  @Test
  void everyAggregationByHand() {
    // weights 1 and 3
    // arithmetic: (1 × 2 + 3 × 6) / 4 = 20 / 4 = 5
    assertDecimal("5", twoComponents(AggregationMethod.WEIGHTED_ARITHMETIC, "2", "6").total(UnitCode.of("u")).orElseThrow());
    // geometric: exp((1 × ln 1 + 3 × ln 8) / 4) = 8^(3/4) = 2^(9/4) = 4.7568284600…
    assertEquals(
        4.756828460010884,
        twoComponents(AggregationMethod.WEIGHTED_GEOMETRIC, "1", "8").total(UnitCode.of("u")).orElseThrow().doubleValue(),
        1e-12);
    // harmonic: (1 + 3) / (1/2 + 3/6) = 4 / 1 = 4
    assertDecimal("4", twoComponents(AggregationMethod.WEIGHTED_HARMONIC, "2", "6").total(UnitCode.of("u")).orElseThrow());
    // sum: 1 × 2 + 3 × 6 = 20
    assertDecimal("20", twoComponents(AggregationMethod.SUM, "2", "6").total(UnitCode.of("u")).orElseThrow());
    // points share: (1 × 2 + 3 × 6) / (1 × 10 + 3 × 10) × 1 = 20 / 40 = 0.5 (scale 1 here)
    assertDecimal("0.5", twoComponents(AggregationMethod.POINTS_SHARE, "2", "6").total(UnitCode.of("u")).orElseThrow());
  }

  @Test
  void geometricAndHarmonicRejectNonPositiveScoresAsBadDataNamingTheUnitComponentAndRule() {
    // issue 12: a weighted geometric mean over a component of 0 exited 70 (internal error); it is bad data.
    ScoringException e =
        assertThrows(ScoringException.class, () -> twoComponents(AggregationMethod.WEIGHTED_GEOMETRIC, "0", "4"));
    assertEquals(
        "A for unit u: 0 is not positive, but TOTAL aggregates it by a weighted geometric mean, which needs"
            + " positive values",
        e.getMessage());
    assertEquals(new ScoringProblem(ScoringProblem.Source.DATA, ComponentCode.of("A"), UnitCode.of("u"), e.problems().get(0).rule()),
        e.problems().get(0));
    ScoringException harmonic =
        assertThrows(ScoringException.class, () -> twoComponents(AggregationMethod.WEIGHTED_HARMONIC, "4", "0"));
    assertTrue(harmonic.getMessage().startsWith("B for unit u: 0 is not positive, but TOTAL aggregates it by a"
        + " weighted harmonic mean"), harmonic.getMessage());
  }

  @Test
  void componentValuesOutsideTheirRangeAreAllReportedBeforeScoring() {
    // issue 12: PCI sub-indices of 9999999999999999999999, 11 and -5 were scored (a total of 2E+22).
    // PCI sub-indices are on 0–10 (VCCI, PCI 2016 handbook); the bounds themselves are possible.
    String[] huge = TestIndices.QUANG_NGAI_2020.clone();
    huge[2] = "9999999999999999999999";
    String[] eleven = TestIndices.QUANG_NGAI_2020.clone();
    eleven[0] = "11";
    String[] negative = TestIndices.QUANG_NGAI_2020.clone();
    negative[9] = "-5";
    String[] bounds = TestIndices.QUANG_NGAI_2020.clone();
    bounds[0] = "0";
    bounds[1] = "10";
    DataMatrix data = DataMatrix.builder(TestIndices.PCI_CODES)
        .row(UnitCode.of("01"), huge).row(UnitCode.of("02"), eleven).row(UnitCode.of("03"), negative).row(UnitCode.of("04"), bounds).build();
    ScoringException e = assertThrows(ScoringException.class, () -> CompositeCalculator.evaluate(TestIndices.pci(), data));
    assertEquals(
        List.of(
            "PCI_ENTRY_COSTS for unit 02: 11 is outside the component's range 0–10",
            "PCI_TRANSPARENCY for unit 01: 9999999999999999999999 is outside the component's range 0–10",
            "PCI_LEGAL_INSTITUTIONS for unit 03: -5 is outside the component's range 0–10"),
        e.problems().stream().map(ScoringProblem::toString).toList());
    assertEquals(e.problems(), CompositeCalculator.check(TestIndices.pci(), data));
    DataMatrix onlyBounds = DataMatrix.builder(TestIndices.PCI_CODES).row(UnitCode.of("04"), bounds).build();
    assertEquals(List.of(), CompositeCalculator.check(TestIndices.pci(), onlyBounds));
    assertTrue(CompositeCalculator.evaluate(TestIndices.pci(), onlyBounds).total(UnitCode.of("04")).isPresent());
  }

  private static ScoringException scoringFailure(IndexNode root, DataMatrix data) {
    return assertThrows(ScoringException.class,
        () -> CompositeCalculator.evaluate(TestIndices.index(root, MissingDataPolicy.fail()), data));
  }

  @Test
  void aScoringRuleThatRefusesAValueIsReportedWithTheUnit() {
    IndexNode root = IndexNode.builder(ComponentCode.of("T")).aggregation(Aggregation.sum())
        .child(IndexNode.builder(ComponentCode.of("R")).scoring(ProportionalToThreshold.of("80", "20")).build())
        .build();
    DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("R"))).row(UnitCode.of("u"), "-5").row(UnitCode.of("v"), "85").build();
    ScoringException e = scoringFailure(root, data);
    assertEquals("R for unit u: the proportional-to-threshold scoring rule does not accept it: value must not be"
        + " negative, was -5", e.getMessage());
  }

  @Test
  void hugeButFiniteParametersAreRefusedWhenTheMethodologyIsBuilt() {
    // issue 12: `scale: 1.0e+309` and `weight: 1.0e+999999999` crashed `score` (ArithmeticException in
    // DecimalAggregator, NumberFormatException when printing the total). The methodology's limits now refuse
    // them where the index is built, so the calculator never meets them.
    IllegalArgumentException scale = assertThrows(IllegalArgumentException.class,
        () -> new Aggregation(AggregationMethod.WEIGHTED_ARITHMETIC, dec("1.0e+309")));
    assertEquals("scale must be positive and at most 1000000, was 1.0E+309", scale.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> IndexNode.builder(ComponentCode.of("A")).weight(dec("1.0e+999999999")).maxPoints("10").build());
    assertThrows(IllegalArgumentException.class,
        () -> IndexNode.builder(ComponentCode.of("B")).weight(dec("1e-999999999")).maxPoints("10").build());
  }

  @Test
  void aScoreThatLeavesTheSupportedMagnitudesNamesTheNodeAndTheUnit() {
    // Every input is within 1E-100..1E+100, but the largest scale the methodology allows makes the total 1E+104.
    IndexNode root = IndexNode.builder(ComponentCode.of("T"))
        .aggregation(new Aggregation(AggregationMethod.SUM, dec("1e6")))
        .child(IndexNode.builder(ComponentCode.of("A")).build())
        .build();
    DataMatrix data =
        DataMatrix.builder(List.of(ComponentCode.of("A"))).row(UnitCode.of("u"), "1e98").row(UnitCode.of("v"), "-1e98").build();
    ScoringException e = scoringFailure(root, data);
    assertEquals("T for unit u: the score 1E+104 is beyond the magnitudes the calculator supports (0, or 1E-100"
        + " to 1E+100 either side of 0); the methodology's scales, weights or rules make it so", e.getMessage());
    DataMatrix tooBig =
        DataMatrix.builder(List.of(ComponentCode.of("A"))).row(UnitCode.of("u"), "1e101").row(UnitCode.of("w"), "1e-101").build();
    assertEquals(List.of(UnitCode.of("u"), UnitCode.of("w")),
        CompositeCalculator.check(TestIndices.index(root, MissingDataPolicy.fail()), tooBig).stream()
            .map(p -> p.unit().orElseThrow()).toList());
  }

  @Test
  void extremeFiniteInputsEitherScoreOrAreReportedNeverCrash() {
    // Property: whatever the exponents of the values, and of the weights and scale within the methodology's
    // limits (1E-20 to 1E+6), the calculator returns or throws ScoringException; never ArithmeticException,
    // NumberFormatException or a non-finite double.
    qt().forAll(longs().between(-400, 400), longs().between(-20, 6), longs().between(-20, 6),
            longs().between(0, 4))
        .checkAssert((valueExponent, weightExponent, scaleExponent, methodIndex) -> {
          AggregationMethod method = AggregationMethod.values()[methodIndex.intValue()];
          IndexNode root = IndexNode.builder(ComponentCode.of("T"))
              .aggregation(new Aggregation(method, BigDecimal.ONE.scaleByPowerOfTen(scaleExponent.intValue())))
              .child(IndexNode.builder(ComponentCode.of("A")).weight(BigDecimal.ONE.scaleByPowerOfTen(weightExponent.intValue()))
                  .maxPoints(BigDecimal.ONE.scaleByPowerOfTen(
                      (int) Math.max(-20, Math.min(6, valueExponent + 1)))).build())
              .child(IndexNode.builder(ComponentCode.of("B")).maxPoints("10").build())
              .build();
          DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B")))
              .row(UnitCode.of("u"), BigDecimal.valueOf(3).scaleByPowerOfTen(valueExponent.intValue()), BigDecimal.ONE)
              .row(UnitCode.of("v"), BigDecimal.ONE.scaleByPowerOfTen(valueExponent.intValue()), new BigDecimal("2"))
              .build();
          try {
            CompositeResult result =
                CompositeCalculator.evaluate(TestIndices.index(root, MissingDataPolicy.fail()), data);
            for (UnitCode unit : List.of(UnitCode.of("u"), UnitCode.of("v"))) {
              double total = result.total(unit).orElseThrow().doubleValue();
              assertTrue(Double.isFinite(total) && total > 0, () -> unit + " " + total);
            }
            result.ranking();
            if (method.isAdditive()) {
              result.breakdown(UnitCode.of("u"));
            }
          } catch (ScoringException expected) {
            assertTrue(expected.problems().stream().noneMatch(p -> p.rule().contains("Exception")));
          }
        });
  }

  private static CompositeIndex threeComponents(MissingDataPolicy policy, AggregationMethod method) {
    CompositeIndex flat = TestIndices.flat(TestIndices.codes("A", "B", "C"), new double[] {1, 1, 2}, method);
    return TestIndices.index(flat.root(), policy);
  }

  private static DataMatrix withGap() {
    return DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"), ComponentCode.of("C")))
        .row(UnitCode.of("full"), 3.0, 6.0, 9.0)
        .row(UnitCode.of("gap"), 2.0, Double.NaN, 6.0)
        .build();
  }

  @Test
  void skipAndRenormaliseAveragesThePresentComponents() {
    // arithmetic, weights 1, 1, 2: (1 × 2 + 2 × 6) / (1 + 2) = 14 / 3 = 4.666…
    CompositeResult result =
        CompositeCalculator.evaluate(
            threeComponents(MissingDataPolicy.skipAndRenormalise(), AggregationMethod.WEIGHTED_ARITHMETIC),
            withGap());
    assertEquals(14.0 / 3.0, result.total(UnitCode.of("gap")).orElseThrow().doubleValue(), 1e-15);
    // complete row: (3 + 6 + 18) / 4 = 6.75
    assertDecimal("6.75", result.total(UnitCode.of("full")).orElseThrow());
    // sum renormalised to the full weight: (1 × 2 + 2 × 6) × 4 / 3 = 18.666…
    CompositeResult sum =
        CompositeCalculator.evaluate(
            threeComponents(MissingDataPolicy.skipAndRenormalise(), AggregationMethod.SUM), withGap());
    assertEquals(56.0 / 3.0, sum.total(UnitCode.of("gap")).orElseThrow().doubleValue(), 1e-15);
  }

  @Test
  void minimumCoverageLeavesAnUnderCoveredUnitUnscoredAndUnranked() {
    // 2 of 3 present = 0.667 < 0.8
    CompositeResult result =
        CompositeCalculator.evaluate(
            threeComponents(MissingDataPolicy.minimumCoverage(0.8), AggregationMethod.WEIGHTED_ARITHMETIC),
            withGap());
    assertEquals(Optional.empty(), result.total(UnitCode.of("gap")));
    assertEquals(List.of(UnitCode.of("gap")), result.ranking().unrankedUnits());
    assertEquals("1/2 (1 not ranked)", result.ranking().describe(UnitCode.of("full")));
    // 0.6 ≤ 0.667: scored
    CompositeResult lenient =
        CompositeCalculator.evaluate(
            threeComponents(MissingDataPolicy.minimumCoverage(0.6), AggregationMethod.WEIGHTED_ARITHMETIC),
            withGap());
    assertTrue(lenient.total(UnitCode.of("gap")).isPresent());
  }

  @Test
  void failPolicyNamesTheUnitAndTheMissingComponent() {
    MissingDataException e =
        assertThrows(
            MissingDataException.class,
            () ->
                CompositeCalculator.evaluate(
                    threeComponents(MissingDataPolicy.fail(), AggregationMethod.WEIGHTED_ARITHMETIC), withGap()));
    assertEquals("TOTAL for unit gap: components [B] are missing (policy FAIL)", e.getMessage());
  }

  @Test
  void leafNormalisationRunsBeforeAggregation() {
    // min-max to [0, 10] of A = 2, 4, 6 → 0, 5, 10; B is left raw; arithmetic weights 1 and 1
    IndexNode root =
        IndexNode.builder(ComponentCode.of("T"))
            .aggregation(Aggregation.weightedArithmetic())
            .child(IndexNode.builder(ComponentCode.of("A")).normalisation(new MinMax(0, 10)).build())
            .child(IndexNode.builder(ComponentCode.of("B")).build())
            .build();
    CompositeIndex index =
        TestIndices.index(root, MissingDataPolicy.fail());
    DataMatrix data =
        DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("u1"), 2.0, 1.0).row(UnitCode.of("u2"), 4.0, 1.0).row(UnitCode.of("u3"), 6.0, 1.0).build();
    CompositeResult result = CompositeCalculator.evaluate(index, data);
    assertDecimal("0.5", result.total(UnitCode.of("u1")).orElseThrow()); // (0 + 1) / 2
    assertDecimal("3", result.total(UnitCode.of("u2")).orElseThrow()); // (5 + 1) / 2
    assertDecimal("5.5", result.total(UnitCode.of("u3")).orElseThrow()); // (10 + 1) / 2
  }

  @Test
  void missingColumnIsRejected() {
    DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("PCI_ENTRY_COSTS"))).row(UnitCode.of("51"), "8.23").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CompositeCalculator.evaluate(TestIndices.pci(), data));
    assertEquals("data must have a column for every leaf of pci, PCI_LAND_ACCESS is missing", e.getMessage());
  }
}
