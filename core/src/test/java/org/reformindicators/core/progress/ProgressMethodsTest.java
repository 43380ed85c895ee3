package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressMethodsTest {

  @Test
  void looksUpByIdInTheOrderOfMethodsMd() {
    assertEquals(
        List.of("eurostat", "open-sdg", "escap", "sdsn", "linear"),
        ProgressMethods.all().stream().map(ProgressMethod::id).toList());
    assertSame(EurostatMethod.defaults(), ProgressMethods.byId("eurostat"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProgressMethods.byId("oecd"));
    assertEquals(
        "method id must be one of eurostat, open-sdg, escap, sdsn, linear, was oecd", e.getMessage());
  }

  @Test
  void eachMethodStatesTheObservationsItNeeds() {
    assertEquals(List.of(2, 2, 2, 2, 3),
        ProgressMethods.all().stream().map(ProgressMethod::minimumObservations).toList());
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
    assertSame(EurostatCategory.MODERATE_PROGRESS, ProgressMethods.category("eurostat", "MODERATE_PROGRESS"));
    assertSame(
        LinearProjectionCategory.WITHIN_INTERVAL, ProgressMethods.category("linear", "WITHIN_INTERVAL"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProgressMethods.category("sdsn", "ON_TRACKK"));
    assertEquals("category of method sdsn must be one of its codes, was ON_TRACKK", e.getMessage());
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
              for (ProgressMethod m : ProgressMethods.all()) {
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
              for (ProgressMethod m : ProgressMethods.all()) {
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
