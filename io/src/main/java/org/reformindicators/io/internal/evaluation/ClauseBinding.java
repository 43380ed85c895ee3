package org.reformindicators.io.internal.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.reformindicators.core.evaluation.BaselineSource;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.ClausePart;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.evaluation.Reason;
import org.reformindicators.core.evaluation.Requirement;
import org.reformindicators.core.evaluation.Rule;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.FormParameters;
import org.reformindicators.io.internal.deser.InvalidFieldException;
import org.reformindicators.io.internal.ser.CoreValueSerializer;

/**
 * Writes a clause assessment in format version 2 and reads it in version 1 or 2, such as {@code {"clauseId":
 * "T12a", "status": "NOT_ASSESSABLE", "reason": {"kind": "missing-norm", "normId": …, "text": {…}}, …}}.
 *
 * <p>Version 2 writes the typed result: the reason and the rules with their kind and fields, the requirement,
 * the baseline with its source, the status up to a lapse, the latest value's status, the rates under their
 * version-2 names, and the rendered {@code explanation} and texts for readers that do not render. A clause read
 * from version 2 renders its text again from the typed result. A clause of version 1 (members {@code
 * latestStatusCode}, {@code baselineValue}, {@code baselinePeriod}, {@code actualAnnualRate}, {@code
 * requiredAnnualRate}, {@code rulesApplied}, a {@code reason} of {@code {vi, en}}) has no typed result: it is read
 * with its figures and holds its text ({@link ClauseAssessment#heldExplanation()}, {@link
 * ClauseAssessment#heldReason()}, {@link ClauseAssessment#heldRulesApplied()}). Not part of the API; stateless
 * and thread-safe.
 */
final class ClauseBinding {

  private ClauseBinding() {}

  static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(ClauseAssessment.class, new ClauseSerializer());
    module.addDeserializer(ClauseAssessment.class, new ClauseDeserializer(types.constructType(ClauseForm.class)));
  }

  /** What a clause was judged against. */
  record RequirementForm(TargetKind kind, ReportingPeriod deadline, Boolean judgedInPeriod, ReportingPeriod asOf) {}

  /** The baseline of a clause and how it was chosen. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BaselineForm(ReportingPeriod period, Double value, BaselineSource source) {}

  /** Text that a version-2 writer holds without a typed reason or rule: an assessment read from version 1. */
  record HeldText(BilingualText text) {}

  /** The assessment of one clause (or of one part of it), as written: format version 2. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record WrittenForm(
      ClauseId clauseId,
      Target target,
      String part,
      ProgressStatus status,
      Boolean exceeded,
      Object reason,
      ProgressStatus statusUpToLapse,
      BilingualText explanation,
      RequirementForm requirement,
      Double latestValue,
      ReportingPeriod latestPeriod,
      ObservationStatus latestStatus,
      Integer latestUniverse,
      BaselineForm baseline,
      Double targetValue,
      Double applicableTargetValue,
      Double gap,
      Double attainmentPercent,
      Double linearProgressPerYear,
      Double requiredLinearProgressPerYear,
      Double projection,
      Double projectionLower,
      Double projectionUpper,
      ProgressResult methodResult,
      ProgressResult outlook,
      List<ReportingPeriod> seriesBreaks,
      List<Object> rules,
      List<ClauseAssessment> parts) {}

  /** The assessment of one clause as read: the members of format version 2 and those of version 1. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ClauseForm(
      ClauseId clauseId,
      Target target,
      String part,
      ProgressStatus status,
      Boolean exceeded,
      JsonNode reason,
      ProgressStatus statusUpToLapse,
      BilingualText explanation,
      RequirementForm requirement,
      Double latestValue,
      ReportingPeriod latestPeriod,
      ObservationStatus latestStatus,
      String latestStatusCode,
      Integer latestUniverse,
      BaselineForm baseline,
      Double baselineValue,
      ReportingPeriod baselinePeriod,
      Double targetValue,
      Double applicableTargetValue,
      Double gap,
      Double attainmentPercent,
      Double linearProgressPerYear,
      Double requiredLinearProgressPerYear,
      Double actualAnnualRate,
      Double requiredAnnualRate,
      Double projection,
      Double projectionLower,
      Double projectionUpper,
      ProgressResult methodResult,
      ProgressResult outlook,
      List<ReportingPeriod> seriesBreaks,
      List<JsonNode> rules,
      List<BilingualText> rulesApplied,
      List<ClauseAssessment> parts) {}

  static final class ClauseSerializer extends CoreValueSerializer<ClauseAssessment, WrittenForm> {
    private static final long serialVersionUID = 1L;

    ClauseSerializer() {
      super(ClauseAssessment.class);
    }

    @Override
    public void serialize(ClauseAssessment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      // inside an assessment the target is the plan's: name it by clause id only
      boolean inPlan = provider.getAttribute(AssessmentBinding.ASSESSED_PLAN) != null;
      provider.findValueSerializer(WrittenForm.class).serialize(written(value, !inPlan), gen, provider);
    }

    @Override
    protected WrittenForm form(ClauseAssessment value) {
      return written(value, true);
    }

    private static WrittenForm written(ClauseAssessment c, boolean withTarget) {
      Object reason = c.cause().isPresent() ? c.cause().get() : c.heldReason().map(HeldText::new).orElse(null);
      List<Object> rules = new ArrayList<>(c.rules());
      if (rules.isEmpty()) {
        c.heldRulesApplied().forEach(t -> rules.add(new HeldText(t)));
      }
      BaselineForm baseline =
          c.baselineValue().isPresent() || c.baselinePeriod().isPresent() || c.baselineSource().isPresent()
              ? new BaselineForm(
                  c.baselinePeriod().orElse(null), AssessmentBinding.boxed(c.baselineValue()),
                  c.baselineSource().orElse(null))
              : null;
      RequirementForm requirement =
          c.requirement()
              .map(r -> new RequirementForm(r.kind(), r.deadline(), r.judgedInPeriod(), r.asOf()))
              .orElse(null);
      return new WrittenForm(
          c.clauseId(),
          withTarget ? c.target() : null,
          c.part().map(Object::toString).orElse(null),
          c.status(),
          c.exceeded() ? Boolean.TRUE : null,
          reason,
          c.statusUpToLapse().orElse(null),
          c.explanation(),
          requirement,
          AssessmentBinding.boxed(c.latestValue()),
          c.latestPeriod().orElse(null),
          c.latestStatus().orElse(null),
          c.latestUniverse().isPresent() ? c.latestUniverse().getAsInt() : null,
          baseline,
          AssessmentBinding.boxed(c.targetValue()),
          AssessmentBinding.boxed(c.applicableTargetValue()),
          AssessmentBinding.boxed(c.gap()),
          AssessmentBinding.boxed(c.attainmentPercent()),
          AssessmentBinding.boxed(c.linearProgressPerYear()),
          AssessmentBinding.boxed(c.requiredLinearProgressPerYear()),
          AssessmentBinding.boxed(c.projection()),
          AssessmentBinding.boxed(c.projectionLower()),
          AssessmentBinding.boxed(c.projectionUpper()),
          c.methodResult().orElse(null),
          c.outlook().orElse(null),
          c.seriesBreaks(),
          rules,
          c.parts());
    }
  }

  static final class ClauseDeserializer extends CoreValueDeserializer<ClauseForm, ClauseAssessment> {
    private static final long serialVersionUID = 1L;

    private static final String WHAT = "a clause assessment";

    ClauseDeserializer(JavaType form) {
      super(ClauseAssessment.class, form);
    }

    @Override
    protected ClauseAssessment build(ClauseForm f) {
      throw new IllegalStateException("a clause assessment is read with its deserialization context");
    }

    @Override
    protected ClauseAssessment build(ClauseForm f, DeserializationContext ctxt) {
      Plan plan = ctxt.getAttribute(AssessmentBinding.ASSESSED_PLAN) instanceof Plan p ? p : null;
      ClauseId clauseId = FormParameters.require(f.clauseId(), "clauseId", WHAT);
      ClauseAssessment.Builder b =
          ClauseAssessment.builder()
              .clauseId(clauseId)
              .target(f.target() != null ? f.target() : planTarget(plan, clauseId))
              .status(FormParameters.require(f.status(), "status", WHAT));
      if (f.part() != null) {
        b.part(part(f.part()));
      }
      if (f.exceeded() != null) {
        b.exceeded(f.exceeded());
      }
      boolean typed = reason(f, b, ctxt);
      if (f.requirement() != null) {
        RequirementForm r = f.requirement();
        b.requirement(
            new Requirement(
                FormParameters.require(r.kind(), "kind", "a requirement"),
                FormParameters.require(r.deadline(), "deadline", "a requirement"),
                r.judgedInPeriod() != null && r.judgedInPeriod(),
                FormParameters.require(r.asOf(), "asOf", "a requirement")));
        typed = true;
      }
      rules(f, b, ctxt);
      if (!typed) {
        b.heldExplanation(FormParameters.require(f.explanation(), "explanation", WHAT));
      }
      b.latestValue(optional(f.latestValue()));
      if (f.latestPeriod() != null) {
        b.latestPeriod(f.latestPeriod());
      }
      latestStatus(f, b);
      b.latestUniverse(f.latestUniverse() == null ? OptionalInt.empty() : OptionalInt.of(f.latestUniverse()));
      baseline(f, b);
      b.targetValue(optional(f.targetValue()))
          .applicableTargetValue(optional(f.applicableTargetValue()))
          .gap(optional(f.gap()))
          .attainmentPercent(optional(f.attainmentPercent()))
          .linearProgressPerYear(optional(either(f.linearProgressPerYear(), "linearProgressPerYear", f.actualAnnualRate(), "actualAnnualRate")))
          .requiredLinearProgressPerYear(
              optional(either(f.requiredLinearProgressPerYear(), "requiredLinearProgressPerYear", f.requiredAnnualRate(),
                  "requiredAnnualRate")))
          .projection(optional(f.projection()))
          .projectionLower(optional(f.projectionLower()))
          .projectionUpper(optional(f.projectionUpper()));
      if (f.methodResult() != null) {
        b.methodResult(f.methodResult());
      }
      if (f.outlook() != null) {
        b.outlook(f.outlook());
      }
      if (f.seriesBreaks() != null) {
        b.addAllSeriesBreaks(f.seriesBreaks());
      }
      if (f.parts() != null) {
        b.addAllParts(f.parts());
      }
      ClauseAssessment built = b.build();
      if (f.statusUpToLapse() != null && !built.statusUpToLapse().equals(Optional.of(f.statusUpToLapse()))) {
        throw new InvalidFieldException(
            "statusUpToLapse",
            "statusUpToLapse " + f.statusUpToLapse() + " must be the statusUpToLapse of a reason of kind 'lapsed', was "
                + built.statusUpToLapse().map(Object::toString).orElse("no such reason"));
      }
      return built;
    }

    /** The reason: typed (version 2, with a kind), or text held (version 2 without a kind, or version 1). */
    private static boolean reason(ClauseForm f, ClauseAssessment.Builder b, DeserializationContext ctxt) {
      JsonNode node = f.reason();
      if (node == null || node.isNull()) {
        return false;
      }
      if (node.has("kind")) {
        b.cause(tree(ctxt, node, Reason.class, "reason"));
        return true;
      }
      b.heldReason(tree(ctxt, node.has("text") && node.size() == 1 ? node.get("text") : node, BilingualText.class, "reason"));
      return false;
    }

    private static void rules(ClauseForm f, ClauseAssessment.Builder b, DeserializationContext ctxt) {
      if (f.rules() != null && f.rulesApplied() != null) {
        throw new InvalidFieldException(
            "rulesApplied", "rulesApplied (format version 1) cannot stand beside rules (format version 2)");
      }
      if (f.rulesApplied() != null) {
        b.addAllHeldRulesApplied(f.rulesApplied());
        return;
      }
      if (f.rules() == null) {
        return;
      }
      for (JsonNode node : f.rules()) {
        if (node.has("kind")) {
          b.addRules(tree(ctxt, node, Rule.class, "rules"));
        } else {
          b.addHeldRulesApplied(tree(ctxt, node.has("text") ? node.get("text") : node, BilingualText.class, "rules"));
        }
      }
    }

    private static void latestStatus(ClauseForm f, ClauseAssessment.Builder b) {
      if (f.latestStatus() != null && f.latestStatusCode() != null) {
        throw new InvalidFieldException(
            "latestStatusCode", "latestStatusCode (format version 1) cannot stand beside latestStatus (format version 2)");
      }
      if (f.latestStatus() != null) {
        b.latestStatus(f.latestStatus());
      } else if (f.latestStatusCode() != null) {
        try {
          b.latestStatus(ObservationStatus.fromCode(f.latestStatusCode()));
        } catch (IllegalArgumentException e) {
          throw new InvalidFieldException("latestStatusCode", e.getMessage());
        }
      }
    }

    private static void baseline(ClauseForm f, ClauseAssessment.Builder b) {
      if (f.baseline() != null && (f.baselineValue() != null || f.baselinePeriod() != null)) {
        throw new InvalidFieldException(
            "baselineValue",
            "baselineValue and baselinePeriod (format version 1) cannot stand beside baseline (format version 2)");
      }
      Double value = f.baseline() != null ? f.baseline().value() : f.baselineValue();
      ReportingPeriod period = f.baseline() != null ? f.baseline().period() : f.baselinePeriod();
      b.baselineValue(optional(value));
      if (period != null) {
        b.baselinePeriod(period);
      }
      if (f.baseline() != null && f.baseline().source() != null) {
        b.baselineSource(f.baseline().source());
      }
    }

    private static Double either(Double v2, String v2Name, Double v1, String v1Name) {
      if (v2 != null && v1 != null) {
        throw new InvalidFieldException(
            v1Name, v1Name + " (format version 1) cannot stand beside " + v2Name + " (format version 2)");
      }
      return v2 != null ? v2 : v1;
    }

    private static <T> T tree(DeserializationContext ctxt, JsonNode node, Class<T> type, String field) {
      try {
        return ctxt.readTreeAsValue(node, type);
      } catch (IOException e) {
        throw new InvalidFieldException(field, message(e));
      }
    }

    private static String message(IOException e) {
      String m = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
      return m == null ? "is not valid" : m;
    }

    private static ClausePart part(String text) {
      try {
        return ClausePart.parse(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException("part", e.getMessage());
      }
    }

    private static Target planTarget(Plan plan, ClauseId clauseId) {
      if (plan == null) {
        throw new InvalidFieldException("target", "a clause assessment outside a plan assessment needs its 'target'");
      }
      return plan.target(clauseId)
          .orElseThrow(
              () -> new InvalidFieldException("clauseId", "clause " + clauseId + " is not a clause of plan " + plan.id()));
    }

    private static OptionalDouble optional(Double value) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }
}
