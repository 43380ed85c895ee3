package org.reformindicators.io.internal.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.ClausePart;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.EvaluationWarning;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressCategory;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressMethodDescriptor;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.progress.RateKind;
import org.reformindicators.core.progress.UnassessableReason;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Target;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.FormParameters;
import org.reformindicators.io.internal.deser.InvalidFieldException;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of plan assessments, such as {@code {"formatVersion": 1,
 * "kind": "plan-assessment", "plan": {…}, "asOf": "2022", "settings": {…}, "clauses": [{"clauseId": "T1a",
 * "status": "ON_TRACK", …}]}}.
 *
 * <p>Progress methods are written as {@code {"id": "eurostat", "parameters": {…}}}, each parameter as its
 * kind says (a number such as {@code 0.95}, a count such as {@code 3}) in the method's stable order. Reading
 * resolves the id, the parameters by name and a result's category code through a {@link
 * ProgressMethodRegistry}: the one set as the reader attribute whose key is {@code
 * ProgressMethodRegistry.class} (which {@code ReformIndicatorsIo.withProgressMethods} sets), else {@link
 * ProgressMethodRegistry#defaults()}; an unknown id is refused with a message naming the registered ids.
 * Stateless and thread-safe.
 */
public final class AssessmentBinding {

  /** Attribute under which the plan of the assessment being read or written is kept. */
  static final Object ASSESSED_PLAN = AssessmentBinding.class;

  /** Key of the reader attribute that holds the registry of progress methods: the registry's class. */
  private static final Object PROGRESS_METHODS = ProgressMethodRegistry.class;

  private AssessmentBinding() {}

  /**
   * Adds the assessment bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(ProgressMethod.class, new MethodSerializer());
    module.addDeserializer(ProgressMethod.class, new MethodDeserializer(types.constructType(MethodForm.class)));
    module.addSerializer(ProgressResult.class, new ResultSerializer());
    module.addDeserializer(ProgressResult.class, new ResultDeserializer(types.constructType(ResultForm.class)));
    module.addSerializer(EvaluationSettings.class, new SettingsSerializer());
    module.addDeserializer(EvaluationSettings.class, new SettingsDeserializer(types.constructType(SettingsForm.class)));
    ClauseBinding.register(module);
    TypedResultBinding.register(module);
    module.addDeserializer(AssessedPlan.class, new AssessedPlanDeserializer());
    module.addSerializer(AssessedPlan.class, new AssessedPlanSerializer());
    module.addSerializer(PlanAssessment.class, new AssessmentSerializer());
    module.addDeserializer(PlanAssessment.class, new AssessmentDeserializer(types.constructType(AssessmentForm.class)));
  }

  /** {@code {id, parameters}} as read: every parameter value a number. */
  record MethodForm(String id, Map<String, Double> parameters) {}

  /** {@code {id, parameters}} as written: each parameter value boxed as its kind writes it. */
  record WrittenMethodForm(String id, Map<String, Number> parameters) {}

  /**
   * A progress result: its rates under the names of format version 2 (by {@code rateKind}: {@code
   * compoundProgressRatePerYear} or {@code linearProgressPerYear}, each with its {@code required…} twin), or of
   * version 1 ({@code actualRate}, {@code requiredRate}), which are read but no longer written.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ResultForm(
      ProgressMethod method,
      String category,
      UnassessableReason reason,
      RateKind rateKind,
      Double ratio,
      Double actualRate,
      Double requiredRate,
      Double compoundProgressRatePerYear,
      Double requiredCompoundProgressRatePerYear,
      Double linearProgressPerYear,
      Double requiredLinearProgressPerYear,
      Double projection,
      Double projectionLower,
      Double projectionUpper,
      Map<String, Double> measures) {}

  /** Evaluation settings. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SettingsForm(
      ProgressMethod planMethod,
      Map<String, ProgressMethod> clauseMethods,
      Map<String, Double> externalNorms,
      RankUniverseRule rankUniverseRule,
      LocalDate planUnitLastDay,
      List<org.reformindicators.core.area.UnitCode> successorUnitCodes,
      Boolean useSuccessorData) {}

  /** The plan of an assessment, kept so that its clauses can name their targets by clause id. */
  record AssessedPlan(Plan plan) {}

  /** A plan assessment, a document of kind {@code plan-assessment}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AssessmentForm(
      Integer formatVersion,
      String kind,
      AssessedPlan plan,
      ReportingPeriod asOf,
      Boolean asOfFromData,
      EvaluationSettings settings,
      List<ClauseAssessment> clauses,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EvaluationWarning> warnings)
      implements DocumentForm {}

  // ---- progress methods and results

  /** The registry set as a reader attribute, else the bundled one. */
  private static ProgressMethodRegistry registry(DeserializationContext ctxt) {
    return ctxt.getAttribute(PROGRESS_METHODS) instanceof ProgressMethodRegistry registry
        ? registry
        : ProgressMethodRegistry.defaults();
  }

  /**
   * Creates a registered method from its id and its parameters by name.
   *
   * @throws InvalidFieldException if the id is not registered or the parameters do not fit the method
   */
  private static ProgressMethod method(ProgressMethodRegistry registry, String id, Map<String, Double> parameters) {
    ProgressMethodDescriptor descriptor;
    try {
      descriptor = registry.descriptor(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("id", e.getMessage());
    }
    try {
      return descriptor.create(parameters);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("parameters", "parameters of progress method " + id + ": " + e.getMessage());
    }
  }

  private static ProgressCategory category(ProgressMethodRegistry registry, String methodId, String code) {
    try {
      return registry.category(methodId, code);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("category", e.getMessage());
    }
  }

  static final class MethodSerializer extends CoreValueSerializer<ProgressMethod, WrittenMethodForm> {
    private static final long serialVersionUID = 1L;

    MethodSerializer() {
      super(ProgressMethod.class);
    }

    @Override
    protected WrittenMethodForm form(ProgressMethod value) {
      return new WrittenMethodForm(value.id(), value.parameters().asMap());
    }
  }

  static final class MethodDeserializer extends CoreValueDeserializer<MethodForm, ProgressMethod> {
    private static final long serialVersionUID = 1L;

    MethodDeserializer(JavaType form) {
      super(ProgressMethod.class, form);
    }

    @Override
    protected ProgressMethod build(MethodForm f) {
      return build(f, ProgressMethodRegistry.defaults());
    }

    @Override
    protected ProgressMethod build(MethodForm f, DeserializationContext ctxt) {
      return build(f, registry(ctxt));
    }

    private static ProgressMethod build(MethodForm f, ProgressMethodRegistry registry) {
      return method(
          registry,
          FormParameters.require(f.id(), "id", "a progress method"),
          f.parameters() == null ? Map.of() : f.parameters());
    }
  }

  static final class ResultSerializer extends CoreValueSerializer<ProgressResult, ResultForm> {
    private static final long serialVersionUID = 1L;

    ResultSerializer() {
      super(ProgressResult.class);
    }

    @Override
    protected ResultForm form(ProgressResult r) {
      boolean compound = r.rateKind() == RateKind.COMPOUND;
      return new ResultForm(
          r.method(),
          r.category().code(),
          r.reason().orElse(null),
          r.rateKind(),
          boxed(r.ratio()),
          null,
          null,
          compound ? boxed(r.actualRate()) : null,
          compound ? boxed(r.requiredRate()) : null,
          compound ? null : boxed(r.actualRate()),
          compound ? null : boxed(r.requiredRate()),
          boxed(r.projection()),
          boxed(r.projectionLower()),
          boxed(r.projectionUpper()),
          r.measures());
    }
  }

  static final class ResultDeserializer extends CoreValueDeserializer<ResultForm, ProgressResult> {
    private static final long serialVersionUID = 1L;

    ResultDeserializer(JavaType form) {
      super(ProgressResult.class, form);
    }

    @Override
    protected ProgressResult build(ResultForm f) {
      return build(f, ProgressMethodRegistry.defaults());
    }

    @Override
    protected ProgressResult build(ResultForm f, DeserializationContext ctxt) {
      return build(f, registry(ctxt));
    }

    private static ProgressResult build(ResultForm f, ProgressMethodRegistry registry) {
      String what = "a progress result";
      ProgressMethod method = FormParameters.require(f.method(), "method", what);
      ProgressResult.Builder b =
          ProgressResult.builder(
              method, category(registry, method.id(), FormParameters.require(f.category(), "category", what)));
      if (f.reason() != null) {
        b.reason(f.reason());
      }
      if (f.rateKind() != null) {
        b.rateKind(f.rateKind());
      }
      if (f.ratio() != null) {
        b.ratio(f.ratio());
      }
      RateKind kind = f.rateKind() == null ? RateKind.COMPOUND : f.rateKind();
      Rates rates = rates(f, kind);
      if (rates.required() != null) {
        b.rates(FormParameters.require(rates.actual(), rates.actualName(), "a progress result with " + rates.requiredName()),
            rates.required());
      } else if (rates.actual() != null) {
        b.actualRate(rates.actual());
      }
      if (f.projectionLower() != null || f.projectionUpper() != null) {
        b.projection(
            FormParameters.require(f.projection(), "projection", "a projection interval"),
            FormParameters.require(f.projectionLower(), "projectionLower", "a projection interval"),
            FormParameters.require(f.projectionUpper(), "projectionUpper", "a projection interval"));
      } else if (f.projection() != null) {
        b.projection(f.projection());
      }
      if (f.measures() != null) {
        f.measures().forEach(b::measure);
      }
      return b.build();
    }
  }

  /** A result's two rates as read, and the names they were read under. */
  private record Rates(Double actual, Double required, String actualName, String requiredName) {}

  /**
   * The rates of a result as read: under the version-2 names that fit its rate kind, or the version-1 names;
   * names of the other kind, or of both versions at once, are refused.
   */
  private static Rates rates(ResultForm f, RateKind kind) {
    boolean v1 = f.actualRate() != null || f.requiredRate() != null;
    boolean compound = f.compoundProgressRatePerYear() != null || f.requiredCompoundProgressRatePerYear() != null;
    boolean linear = f.linearProgressPerYear() != null || f.requiredLinearProgressPerYear() != null;
    if (kind == RateKind.COMPOUND && linear) {
      throw new InvalidFieldException(
          "linearProgressPerYear", "a progress result of rateKind COMPOUND gives compoundProgressRatePerYear, not linearProgressPerYear");
    }
    if (kind == RateKind.LINEAR && compound) {
      throw new InvalidFieldException(
          "compoundProgressRatePerYear",
          "a progress result of rateKind LINEAR gives linearProgressPerYear, not compoundProgressRatePerYear");
    }
    if (v1 && (compound || linear)) {
      throw new InvalidFieldException(
          "actualRate", "actualRate and requiredRate (format version 1) cannot stand beside the rates of version 2");
    }
    if (v1) {
      return new Rates(f.actualRate(), f.requiredRate(), "actualRate", "requiredRate");
    }
    return kind == RateKind.COMPOUND
        ? new Rates(
            f.compoundProgressRatePerYear(), f.requiredCompoundProgressRatePerYear(), "compoundProgressRatePerYear",
            "requiredCompoundProgressRatePerYear")
        : new Rates(
            f.linearProgressPerYear(), f.requiredLinearProgressPerYear(), "linearProgressPerYear",
            "requiredLinearProgressPerYear");
  }

  static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  // ---- settings

  static final class SettingsSerializer extends CoreValueSerializer<EvaluationSettings, SettingsForm> {
    private static final long serialVersionUID = 1L;

    SettingsSerializer() {
      super(EvaluationSettings.class);
    }

    @Override
    protected SettingsForm form(EvaluationSettings s) {
      Map<String, ProgressMethod> byClause = new LinkedHashMap<>();
      s.clauseMethods().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> byClause.put(e.getKey().toString(), e.getValue()));
      return new SettingsForm(
          s.planMethod().orElse(null),
          byClause,
          s.externalNorms(),
          s.rankUniverseRule().orElse(null),
          s.planUnitLastDay().orElse(null),
          s.successorUnitCodes(),
          s.useSuccessorData() ? null : Boolean.FALSE);
    }
  }

  static final class SettingsDeserializer extends CoreValueDeserializer<SettingsForm, EvaluationSettings> {
    private static final long serialVersionUID = 1L;

    SettingsDeserializer(JavaType form) {
      super(EvaluationSettings.class, form);
    }

    @Override
    protected EvaluationSettings build(SettingsForm f) {
      EvaluationSettings.Builder b = EvaluationSettings.builder();
      if (f.planMethod() != null) {
        b.planMethod(f.planMethod());
      }
      if (f.clauseMethods() != null) {
        f.clauseMethods().forEach((clause, method) -> b.putClauseMethods(ClauseId.parse(clause), method));
      }
      if (f.externalNorms() != null) {
        b.putAllExternalNorms(f.externalNorms());
      }
      if (f.rankUniverseRule() != null) {
        b.rankUniverseRule(f.rankUniverseRule());
      }
      if (f.planUnitLastDay() != null) {
        b.planUnitLastDay(f.planUnitLastDay());
      }
      if (f.successorUnitCodes() != null) {
        b.addAllSuccessorUnitCodes(f.successorUnitCodes());
      }
      if (f.useSuccessorData() != null) {
        b.useSuccessorData(f.useSuccessorData());
      }
      return b.build();
    }
  }

  static final class AssessedPlanDeserializer extends StdDeserializer<AssessedPlan> {
    private static final long serialVersionUID = 1L;

    AssessedPlanDeserializer() {
      super(AssessedPlan.class);
    }

    @Override
    public AssessedPlan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Plan plan = ctxt.readValue(p, Plan.class);
      ctxt.setAttribute(ASSESSED_PLAN, plan);
      return new AssessedPlan(plan);
    }
  }

  static final class AssessmentSerializer extends DocumentSerializer<PlanAssessment, AssessmentForm> {
    private static final long serialVersionUID = 1L;

    AssessmentSerializer() {
      super(PlanAssessment.class, DocumentKind.PLAN_ASSESSMENT);
    }

    @Override
    public void serialize(PlanAssessment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      serializeWithAttribute(ASSESSED_PLAN, value.plan(), value, gen, provider);
    }

    @Override
    protected AssessmentForm form(PlanAssessment a, Integer formatVersion, String kind) {
      return new AssessmentForm(
          formatVersion,
          kind,
          new AssessedPlan(a.plan()),
          a.asOf(),
          a.asOfFromData(),
          a.settings(),
          a.clauses(),
          a.warnings());
    }
  }

  static final class AssessedPlanSerializer extends CoreValueSerializer<AssessedPlan, Plan> {
    private static final long serialVersionUID = 1L;

    AssessedPlanSerializer() {
      super(AssessedPlan.class);
    }

    @Override
    protected Plan form(AssessedPlan value) {
      return value.plan();
    }
  }

  static final class AssessmentDeserializer extends DocumentDeserializer<AssessmentForm, PlanAssessment> {
    private static final long serialVersionUID = 1L;

    AssessmentDeserializer(JavaType form) {
      super(PlanAssessment.class, form, DocumentKind.PLAN_ASSESSMENT);
    }

    @Override
    protected PlanAssessment build(AssessmentForm f) {
      String what = "a plan assessment";
      return PlanAssessment.builder()
          .plan(FormParameters.require(f.plan(), "plan", what).plan())
          .asOf(FormParameters.require(f.asOf(), "asOf", what))
          .asOfFromData(FormParameters.require(f.asOfFromData(), "asOfFromData", what))
          .settings(f.settings() == null ? EvaluationSettings.defaults() : f.settings())
          .addAllClauses(FormParameters.require(f.clauses(), "clauses", what))
          .addAllWarnings(f.warnings() == null ? List.of() : f.warnings())
          .build();
    }
  }
}
