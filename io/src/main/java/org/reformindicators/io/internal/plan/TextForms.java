package org.reformindicators.io.internal.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangeReference;
import org.reformindicators.core.target.Comparison;
import org.reformindicators.core.target.TargetKind;

/** The plain forms (records mirroring JSON objects) of the plan binding. */
final class TextForms {

  private TextForms() {}

  /** {@code {vi, en}}. */
  record BilingualForm(String vi, String en) {}

  /** {@code {period, value?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BaselineForm(ReportingPeriod period, Double value) {}

  /**
   * A target's baseline in a plan of format version 2: a stated period and value, or a rule.
   *
   * @param period the stated period, or null for a rule
   * @param value the stated value, or null
   * @param rule the rule's text, such as {@code last-before-phase}, or null for a stated baseline
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BaselineChoiceForm(ReportingPeriod period, Double value, String rule) {}

  /** {@code {id, statement, alternatives}}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ReadingForm(String id, org.reformindicators.core.target.BilingualText statement, List<String> alternatives) {}

  /** {@code {from, reason}}. */
  record NotApplicableForm(LocalDate from, org.reformindicators.core.target.BilingualText reason) {}

  /** {@code {number, date, issuer}}. */
  record LegalReferenceForm(String number, LocalDate date, org.reformindicators.core.target.BilingualText issuer) {}

  /**
   * A target kind: {@code type} from the closed set and the parameters of that type, named as the components
   * of the core record ({@code docs/plan-1256-model.md}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record KindForm(
      String type,
      Comparison comparison,
      Double value,
      Double min,
      Double max,
      Integer best,
      Integer worst,
      Integer universe,
      Double minPlaces,
      Double maxPlaces,
      ChangeMeasure measure,
      Double minChangePerYear,
      Double ceiling,
      ChangeReference reference,
      Double minReductionPercent,
      org.reformindicators.core.target.Baseline baselineRank,
      org.reformindicators.core.target.Baseline base,
      org.reformindicators.core.target.Baseline baselineValue,
      TargetKind each,
      List<ReportingPeriod> periods,
      IndicatorCode parentIndicatorCode,
      TargetKind share,
      String dimension,
      java.util.Map<String, TargetKind> thresholds,
      String normId,
      org.reformindicators.core.target.BilingualText description,
      String criterion,
      // a property of no type: kept so that the message can name the members of the kind's own type only
      @com.fasterxml.jackson.annotation.JsonAnySetter java.util.Map<String, UnknownMember> unknown) {}
}
