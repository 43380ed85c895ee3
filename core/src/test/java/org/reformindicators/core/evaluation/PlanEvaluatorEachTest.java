package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;

/**
 * A plan template evaluated for many units in one call equals the single-unit evaluations. Commune codes are
 * generated (five digits, {@code 00001} … {@code 03321}), never taken from a commune list.
 */
class PlanEvaluatorEachTest {

  private static final Plan PLAN = QuangNgaiPlan1256.plan();

  private static final String[] RANKS = {
    QuangNgaiPlan1256.PAR_INDEX_RANK, QuangNgaiPlan1256.PAPI_RANK, QuangNgaiPlan1256.PCI_RANK
  };

  private static final String[] SHARES = {
    QuangNgaiPlan1256.DOSSIERS_TRANSFERRED_ELECTRONICALLY,
    QuangNgaiPlan1256.RESULTS_DIGITISED,
    QuangNgaiPlan1256.SATISFACTION_PROCEDURES
  };

  /** A generated commune code: five digits, leading zeros kept. */
  private static String communeCode(int number) {
    return String.format("%05d", number);
  }

  /** A generated commune; every third one ended with the 63 provinces (its code reused afterwards). */
  private static AdministrativeUnit commune(int number) {
    Commune b = new Commune(communeCode(number));
    return number % 3 == 0 ? b.endedOn(LocalDate.of(2025, 6, 30)) : b.open();
  }

  /** Five or six years of generated ranks and shares for each unit, some years missing. */
  private static ObservationSet observations(List<AdministrativeUnit> units, long seed) {
    Random random = new Random(seed);
    List<Observation> list = new ArrayList<>();
    for (AdministrativeUnit unit : units) {
      for (int year = 2020; year <= 2026; year++) {
        for (String rank : RANKS) {
          if (random.nextInt(5) > 0) {
            list.add(Observation.rank(
                IndicatorCode.of(rank), unit.code(), CalendarYear.of(year), 1 + random.nextInt(63), 63));
          }
        }
        for (String share : SHARES) {
          if (random.nextInt(4) > 0) {
            list.add(Observation.of(
                IndicatorCode.of(share), unit.code(), CalendarYear.of(year), random.nextInt(1001) / 10.0));
          }
        }
      }
    }
    return ObservationSet.of(list);
  }

  @Test
  void manyUnitsInOneCallEqualSingleUnitEvaluations() {
    qt().withExamples(40)
        .forAll(lists().of(integers().between(1, 3321)).ofSizeBetween(1, 12), longs().all(), integers().between(2021, 2026))
        .checkAssert((numbers, seed, year) -> {
          List<AdministrativeUnit> units = new ArrayList<>();
          for (int n : new LinkedHashSet<>(numbers)) {
            units.add(commune(n));
          }
          ObservationSet data = observations(units, seed);
          ReportingPeriod asOf = CalendarYear.of(year);
          PlanAssessments all = PlanEvaluator.defaults().evaluateEach(PLAN, units, data, asOf);
          assertEquals(units.size(), all.units().size());
          for (int i = 0; i < units.size(); i++) {
            AdministrativeUnit unit = units.get(i);
            PlanAssessment single =
                PlanEvaluator.of(EvaluationSettings.defaults().forUnit(unit))
                    .evaluate(PLAN.withUnitCode(unit.code()), data, asOf);
            assertEquals(unit, all.units().get(i).unit());
            assertEquals(single, all.units().get(i).assessment());
            if (unit.validUntil().isEmpty()) {
              // a unit still valid is evaluated exactly as the plan written for it
              assertEquals(
                  PlanEvaluator.defaults().evaluate(PLAN.withUnitCode(unit.code()), data, asOf),
                  all.units().get(i).assessment());
            }
          }
        });
  }

  @Test
  void streamsOneUnitAtATimeInTheOrderGiven() {
    List<AdministrativeUnit> units = List.of(commune(3321), commune(1), commune(20));
    List<String> seen = new ArrayList<>();
    PlanEvaluator.defaults()
        .evaluateEach(PLAN, units, observations(units, 7), CalendarYear.of(2022), u -> seen.add(u.unitCode().value()));
    assertEquals(List.of("03321", "00001", "00020"), seen);
  }

  @Test
  void aUnitThatEndedIgnoresDataUnderItsReusedCodeAfterItsLastDay() {
    AdministrativeUnit ended = commune(3);
    UnitAssessment a =
        PlanEvaluator.defaults().evaluate(PLAN, ended, observations(List.of(ended), 11), CalendarYear.of(2026));
    assertEquals(LocalDate.of(2025, 6, 30), a.assessment().settings().planUnitLastDay().orElseThrow());
    assertTrue(a.assessment().clauses().stream()
        .flatMap(c -> c.rules().stream())
        .anyMatch(r -> r instanceof Rule.SuccessorDataIgnored));
  }

  @Test
  void refusesAUnitTwice() {
    List<AdministrativeUnit> units = List.of(commune(5), commune(5));
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PlanEvaluator.defaults().evaluateEach(PLAN, units, ObservationSet.empty(), CalendarYear.of(2022)));
    assertEquals("units must be distinct, was 00005 [..] twice", e.getMessage());
  }

  @Test
  void refusesAUnitCodeThatCannotBeAPlanUnit() {
    AdministrativeUnit agency = new Commune("X1").open();
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PlanEvaluator.defaults().evaluate(PLAN, agency, ObservationSet.empty(), CalendarYear.of(2022)));
    assertTrue(e.getMessage().contains("was 'X1'"), e.getMessage());
  }

  /** Builds generated communes. */
  private record Commune(String code) {
    AdministrativeUnit open() {
      return AdministrativeUnit.builder().code(UnitCode.of(code)).nameVi("Xã " + code).level(AdministrativeLevel.COMMUNE).build();
    }

    AdministrativeUnit endedOn(LocalDate lastDay) {
      return AdministrativeUnit.builder()
          .code(UnitCode.of(code))
          .nameVi("Xã " + code)
          .level(AdministrativeLevel.COMMUNE)
          .validUntil(lastDay)
          .build();
    }
  }
}
