package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProgressMethodRegistryTest {

  private static final ProgressMethodRegistry BUNDLED = ProgressMethodRegistry.defaults();

  private static List<ProgressMethod> bundledMethods() {
    return BUNDLED.descriptors().stream().map(ProgressMethodDescriptor::defaults).toList();
  }

  @Test
  void looksUpByIdInTheOrderOfMethodsMd() {
    assertEquals(List.of("eurostat", "open-sdg", "escap", "sdsn", "linear"), BUNDLED.ids());
    assertEquals(BUNDLED.ids(), bundledMethods().stream().map(ProgressMethod::id).toList());
    assertEquals(EurostatMethod.defaults(), BUNDLED.method("eurostat"));
    assertSame(EurostatMethod.descriptor(), BUNDLED.descriptor("eurostat"));
    assertEquals(Optional.empty(), BUNDLED.find("oecd"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUNDLED.method("oecd"));
    assertEquals(
        "progress method id must be one of [eurostat, open-sdg, escap, sdsn, linear], was 'oecd'", e.getMessage());
    assertEquals("ProgressMethodRegistry[eurostat, open-sdg, escap, sdsn, linear]", BUNDLED.toString());
  }

  @Test
  void eachBundledMethodFromTheRegistryHasItsPublishedDefaults() {
    // {@code docs/methods.md}: Eurostat 95 % / 60 % / 0, 1 % a year and 5 years without a target; Open SDG 95 % / 60 % /
    // 0, 1.5 % and 0.5 % before C, exponent 4.44, zero replaced by 0.001; ESCAP gaps 0 and 1, two points;
    // SDSN ratios 1 / 0.5 / 0; linear projection 95 % interval, three points
    assertEquals(EurostatMethod.of(0.95, 0.60, 0, 0.01, 5), BUNDLED.method("eurostat"));
    assertEquals(OpenSdgMethod.of(0.95, 0.60, 0, 0.015, 0.005, 4.44, 0.001), BUNDLED.method("open-sdg"));
    assertEquals(EscapMethod.of(0, 1, 2), BUNDLED.method("escap"));
    assertEquals(SdsnTrendMethod.of(1, 0.5, 0), BUNDLED.method("sdsn"));
    assertEquals(LinearProjectionMethod.of(0.95, 3), BUNDLED.method("linear"));
    assertEquals(
        List.of(EurostatMethod.defaults(), OpenSdgMethod.defaults(), EscapMethod.defaults(),
            SdsnTrendMethod.defaults(), LinearProjectionMethod.defaults()),
        bundledMethods());
    assertEquals(
        "{confidenceLevel=0.95, minimumObservations=3}", BUNDLED.method("linear").parameters().toString());
  }

  @Test
  void listsEachMethodsTypedParametersForWriting() {
    ProgressMethodDescriptor linear = BUNDLED.descriptor("linear");
    assertEquals(
        List.of(
            new MethodParameter("confidenceLevel", ParameterKind.NUMBER, 0.95, ParameterRange.open(0, 1)),
            new MethodParameter("minimumObservations", ParameterKind.INTEGER, 3, ParameterRange.atLeast(3))),
        linear.parameters());
    assertEquals("(0, 1)", linear.parameters().get(0).range().toString());
    assertEquals("[3, ∞)", linear.parameters().get(1).range().toString());
    // written as the kind says: a Double for a number, an Integer for a count
    assertEquals(Map.of("confidenceLevel", 0.95, "minimumObservations", 3), linear.defaultValues().asMap());
    assertEquals(
        List.of("significantCutoff", "moderateCutoff", "awayCutoff", "noTargetRate", "windowYears"),
        BUNDLED.descriptor("eurostat").parameters().stream().map(MethodParameter::name).toList());
    assertEquals(List.of(7, 3, 2), Stream.of("open-sdg", "escap", "linear")
        .map(id -> BUNDLED.descriptor(id).parameters().size()).toList());
  }

  @Test
  void refusesADuplicateId() {
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> BUNDLED.with(EurostatMethod.descriptor()));
    assertEquals(
        "progress method id eurostat is already registered; ids must be unique, registered: "
            + "[eurostat, open-sdg, escap, sdsn, linear]",
        twice.getMessage());
    ProgressMethodDescriptor impostor =
        ProgressMethodDescriptor.of(
            "sdsn", List.of(), List.of(SdsnCategory.values()), values -> SdsnTrendMethod.defaults());
    assertThrows(IllegalArgumentException.class, () -> BUNDLED.with(impostor));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgressMethodRegistry.of(List.of(FixedRatioMethod.descriptor(), FixedRatioMethod.descriptor())));
    // the registry is a value: adding returns a new one and leaves the bundled one as it was
    ProgressMethodRegistry extended = BUNDLED.with(FixedRatioMethod.descriptor());
    assertEquals(List.of("eurostat", "open-sdg", "escap", "sdsn", "linear", "fixed-ratio"), extended.ids());
    assertEquals(5, BUNDLED.ids().size());
    assertEquals(extended, ProgressMethodRegistry.defaults().with(FixedRatioMethod.descriptor()));
  }

  @Test
  void aRegisteredCustomMethodIsCreatedAndReadBackLikeABundledOne() {
    ProgressMethodRegistry registry = BUNDLED.with(FixedRatioMethod.descriptor());
    assertEquals(new FixedRatioMethod(1.0, 2), registry.method("fixed-ratio"));
    ProgressMethodDescriptor fixed = registry.descriptor("fixed-ratio");
    FixedRatioMethod strict = new FixedRatioMethod(1.25, 4);
    assertEquals(strict, fixed.create(Map.of("minimumObservations", 4, "requiredRatio", 1.25)));
    assertEquals(strict, fixed.create(strict.parameters()));
    assertSame(FixedRatioMethod.Category.KEEPING_PACE, registry.category("fixed-ratio", "KEEPING_PACE"));
    // 40 → 52 in 3 years where 40 → 80 in 5 is required: ratio (12/3)/(40/5) = 0.5
    ProgressInput half = ProgressInput.builder()
        .observations(new double[] {0, 3}, new double[] {40, 52}).base(0, 40).target(5, 80).build();
    assertEquals(UnassessableReason.TOO_FEW_OBSERVATIONS, strict.assess(half).reason().orElseThrow());
    ProgressResult result = new FixedRatioMethod(1.25, 2).assess(half);
    assertEquals(0.5, result.ratio().getAsDouble(), 1e-12);
    assertEquals(FixedRatioMethod.Category.FALLING_BEHIND, result.category());
    assertEquals("fixed-ratio", result.methodId());
    assertEquals(
        FixedRatioMethod.Category.KEEPING_PACE, new FixedRatioMethod(0.5, 2).assess(half).category());
  }

  @Test
  void parametersOfAMethodAreCheckedByKindRangeAndName() {
    ProgressMethodDescriptor linear = BUNDLED.descriptor("linear");
    assertEquals(
        "minimumObservations must be a whole number, was 3.5",
        assertThrows(IllegalArgumentException.class,
            () -> linear.create(Map.of("confidenceLevel", 0.9, "minimumObservations", 3.5))).getMessage());
    assertEquals(
        "confidenceLevel must be in (0, 1), was 1",
        assertThrows(IllegalArgumentException.class,
            () -> linear.create(Map.of("confidenceLevel", 1, "minimumObservations", 3))).getMessage());
    assertEquals(
        "parameters must be [confidenceLevel, minimumObservations], minimumObservations is missing",
        assertThrows(IllegalArgumentException.class,
            () -> linear.create(Map.of("confidenceLevel", 0.9))).getMessage());
    assertEquals(
        "parameters must be [confidenceLevel, minimumObservations], 'level' is not one of them",
        assertThrows(IllegalArgumentException.class,
            () -> linear.create(Map.of("level", 0.9, "confidenceLevel", 0.9, "minimumObservations", 3)))
            .getMessage());
    // a rule tying parameters together is the method's own
    ProgressMethodDescriptor sdsn = BUNDLED.descriptor("sdsn");
    assertEquals(
        "moderateRatio must be below onTrackRatio (0.5), was 1.0",
        assertThrows(IllegalArgumentException.class,
            () -> sdsn.create(sdsn.defaultValues().with("onTrackRatio", 0.5).with("moderateRatio", 1.0)))
            .getMessage());
    // values of another method's parameters are refused
    assertThrows(IllegalArgumentException.class, () -> sdsn.create(linear.defaultValues()));
  }

  @Test
  void aFactoryThatBreaksItsContractIsReported() {
    ProgressMethodDescriptor wrongId =
        ProgressMethodDescriptor.of(
            "wrong-id", List.of(), List.of(SdsnCategory.values()), values -> SdsnTrendMethod.defaults());
    IllegalStateException e = assertThrows(IllegalStateException.class, wrongId::defaults);
    assertEquals(
        "the factory of progress method wrong-id must return a method with id wrong-id and parameters {}, "
            + "returned sdsn {onTrackRatio=1.0, moderateRatio=0.5, decreasingRatio=0.0}",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgressMethodDescriptor.of("Fixed Ratio", List.of(), List.of(SdsnCategory.values()), v -> null));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgressMethodDescriptor.of("empty", List.of(), List.of(), v -> null));
  }

  @Test
  void parametersRoundTripThroughTheirNamesForEveryValidValue() {
    // cut-offs: a start in [-2, 2] and two positive steps down; rates and windows positive; counts whole
    qt().forAll(
            doubles().between(-2, 2),
            doubles().between(1e-6, 1),
            doubles().between(1e-6, 1),
            integers().between(3, 60))
        .checkAssert(
            (top, step1, step2, count) -> {
              double positive = step1 * 10;
              List<ProgressMethod> methods =
                  List.of(
                      EurostatMethod.of(top, top - step1, top - step1 - step2, step2, positive),
                      OpenSdgMethod.of(top, top - step1, top - step1 - step2, step1 + step2, step2, positive, step1),
                      EscapMethod.of(top - step1, top, count),
                      SdsnTrendMethod.of(top, top - step1, top - step1 - step2),
                      LinearProjectionMethod.of(step1 / (1 + step1), count),
                      new FixedRatioMethod(positive, count));
              ProgressMethodRegistry registry = BUNDLED.with(FixedRatioMethod.descriptor());
              for (ProgressMethod m : methods) {
                ProgressMethodDescriptor d = registry.descriptor(m.id());
                ProgressMethod back = d.create(m.parameters().asMap());
                assertEquals(m, back);
                assertEquals(m.parameters(), back.parameters());
                assertEquals(m.parameters(), ParameterValues.of(d.parameters(), m.parameters().asMap()));
              }
            });
  }

  @Test
  void eachMethodStatesTheObservationsItNeeds() {
    assertEquals(List.of(2, 2, 2, 2, 3), bundledMethods().stream().map(ProgressMethod::minimumObservations).toList());
    assertEquals(4, LinearProjectionMethod.of(0.95, 4).minimumObservations());
    assertEquals(5, EscapMethod.of(0, 1, 5).minimumObservations());
    // Below its minimum a method says it has too few observations; at the minimum it no longer does.
    LinearProjectionMethod needsFour = LinearProjectionMethod.of(0.95, 4);
    ProgressInput three =
        ProgressInput.builder().observations(new double[] {0, 1, 2}, new double[] {40, 45, 52})
            .base(0, 40).target(5, 100).build();
    ProgressInput four =
        ProgressInput.builder().observations(new double[] {0, 1, 2, 3}, new double[] {40, 45, 52, 55})
            .base(0, 40).target(5, 100).build();
    assertEquals(UnassessableReason.TOO_FEW_OBSERVATIONS, needsFour.assess(three).reason().orElseThrow());
    assertEquals(java.util.Optional.empty(), needsFour.assess(four).reason());
  }

  @Test
  void categoriesReadBackByCode() {
    assertSame(EurostatCategory.MODERATE_PROGRESS, BUNDLED.category("eurostat", "MODERATE_PROGRESS"));
    assertSame(LinearProjectionCategory.WITHIN_INTERVAL, BUNDLED.category("linear", "WITHIN_INTERVAL"));
    for (ProgressMethodDescriptor d : BUNDLED.descriptors()) {
      for (ProgressCategory c : d.categories()) {
        assertSame(c, BUNDLED.category(d.id(), c.code()));
      }
    }
    assertEquals(List.of(SdsnCategory.values()), BUNDLED.descriptor("sdsn").categories());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BUNDLED.category("sdsn", "ON_TRACKK"));
    assertEquals(
        "category of progress method sdsn must be one of [MAINTAINING_ACHIEVEMENT, ON_TRACK, "
            + "MODERATELY_IMPROVING, STAGNATING, DECREASING, CANNOT_ASSESS], was 'ON_TRACKK'",
        e.getMessage());
  }

  private static ProgressInput input(int n, double start, double step, double target, int dir, double latestBump) {
    double[] t = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i;
      y[i] = start + step * i;
    }
    y[n - 1] += latestBump;
    return ProgressInput.builder()
        .observations(t, y)
        .base(0, y[0])
        .target(n + 2, target)
        .direction(dir > 0 ? DesiredDirection.INCREASE : DesiredDirection.DECREASE)
        .build();
  }

  @Test
  void everyMethodAnswersEveryValidInputWithoutThrowing() {
    // any sign, zero included, one point included: an outlook always comes back (the result's
    // constructor would throw on a NaN figure)
    // shape = 2 × (n − 1) + direction bit, n = 1..6
    qt().forAll(
            integers().between(0, 11),
            doubles().between(-50, 50),
            doubles().between(-10, 10),
            doubles().between(-60, 60))
        .checkAssert(
            (shape, start, step, target) -> {
              int n = shape / 2 + 1;
              int dir = shape % 2;
              for (ProgressMethod m : bundledMethods()) {
                ProgressResult r = m.assess(input(n, Math.rint(start), Math.rint(step), target, dir * 2 - 1, 0));
                assertEquals(m.id(), r.methodId());
              }
            });
  }

  private static int rank(ProgressOutlook o) {
    switch (o) {
      case ACHIEVED:
        return 4;
      case ON_TRACK:
        return 3;
      case AT_RISK:
        return 2;
      case OFF_TRACK:
        return 1;
      default:
        return 0;
    }
  }

  @Test
  void improvingTheLatestValueNeverWorsensTheOutlook() {
    // shape = 2 × (n − 3) + direction bit, n = 3..6
    qt().forAll(
            integers().between(0, 7),
            doubles().between(10, 50),
            doubles().between(-5, 5),
            doubles().between(0.5, 20))
        .checkAssert(
            (shape, start, step, improvement) -> {
              int n = shape / 2 + 3;
              int dir = shape % 2;
              int sign = dir * 2 - 1;
              double target = sign > 0 ? 120 : 5;
              for (ProgressMethod m : bundledMethods()) {
                ProgressOutlook before = m.assess(input(n, start, step, target, sign, 0)).outlook();
                ProgressOutlook after =
                    m.assess(input(n, start, step, target, sign, sign * improvement)).outlook();
                if (before != ProgressOutlook.NOT_ASSESSABLE && after != ProgressOutlook.NOT_ASSESSABLE) {
                  assertEquals(
                      true,
                      rank(after) >= rank(before),
                      m.id() + ": " + before + " became " + after);
                }
              }
            });
  }
}
