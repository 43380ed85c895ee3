package org.reformindicators.io.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressMethodDescriptor;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;

public class AssessmentBindingTest extends ModuleTestBase {

  /** Ranks of Quảng Ngãi (PAR INDEX 63/63 in 2020, Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022; PAPI 62/63 in 2020, derived from 43/63 in 2021 and up 19 places, Sở TT&TT Quảng Ngãi, "Quảng Ngãi tăng 19 bậc về chỉ số PAPI") and a few shares, made up after 2020. */
  public static ObservationSet observations() {
    List<Observation> list = new ArrayList<>();
    int[] par = {63, 55, 48};
    int[] papi = {62, 50, 45};
    int[] pci = {36, 28, 22};
    for (int i = 0; i < 3; i++) {
      CalendarYear year = CalendarYear.of(2020 + i);
      list.add(Observation.rank(IndicatorCode.of("PAR_INDEX_RANK"), UnitCode.of("51"), year, par[i], 63));
      list.add(Observation.rank(IndicatorCode.of("PAPI_RANK"), UnitCode.of("51"), year, papi[i], 63));
      list.add(Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), year, pci[i], 63));
      list.add(Observation.of(IndicatorCode.of(QuangNgaiPlan1256.DOSSIERS_TRANSFERRED_ELECTRONICALLY), UnitCode.of("51"), year, 40 + 15 * i));
    }
    return ObservationSet.of(list);
  }

  public static List<PlanAssessment> assessments() {
    EvaluationSettings custom =
        EvaluationSettings.builder()
            .planMethod(ProgressMethodRegistry.defaults().method("eurostat"))
            .putClauseMethods(ClauseId.parse("T5"), ProgressMethodRegistry.defaults().method("open-sdg"))
            .putExternalNorms(QuangNgaiPlan1256.CENTRAL_STAFF_REDUCTION_RATIO, 10.0)
            .build();
    List<PlanAssessment> result = new ArrayList<>();
    for (EvaluationSettings settings : List.of(EvaluationSettings.defaults(), custom)) {
      for (int year = 2020; year <= 2022; year++) {
        result.add(PlanEvaluator.of(settings).evaluate(QuangNgaiPlan1256.plan(), observations(), CalendarYear.of(year)));
      }
    }
    return result;
  }

  @Test
  void planAssessmentsRoundTripAsDocuments() {
    for (PlanAssessment assessment : assessments()) {
      assertEquals(assessment, roundTrip(assessment, DocumentFormat.JSON, PlanAssessment.class));
      assertEquals(assessment, roundTrip(assessment, DocumentFormat.YAML, PlanAssessment.class));
    }
  }

  @Test
  void clausesNameTheirTargetByClauseIdInsideTheDocument() {
    String json = IO.writeString(assessments().get(4), DocumentFormat.JSON);
    assertTrue(json.startsWith("{\n  \"formatVersion\" : 2,\n  \"kind\" : \"plan-assessment\","), json.substring(0, 80));
    // the targets appear once, in the plan
    assertEquals(38, json.split("\"sourceText\"", -1).length - 1);
    assertTrue(json.contains("\"id\" : \"eurostat\""));
  }

  @Test
  void everyBundledProgressMethodRoundTrips() {
    List<ProgressMethodDescriptor> bundled = ProgressMethodRegistry.defaults().descriptors();
    for (ProgressMethodDescriptor descriptor : bundled) {
      ProgressMethod method = descriptor.defaults();
      assertEquals(method, roundTrip(method, DocumentFormat.JSON, ProgressMethod.class));
      assertEquals(method, roundTrip(method, DocumentFormat.YAML, ProgressMethod.class));
    }
    assertFalse(bundled.isEmpty());
  }
}
