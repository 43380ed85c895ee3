package org.reformindicators.io.internal.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import org.reformindicators.io.evaluation.PlanAssessmentsWriter;
import org.reformindicators.io.evaluation.PlanAssessmentsReader;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.FormParameters;
import org.reformindicators.io.internal.deser.InvalidFieldException;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;

/**
 * Registers the serializer and deserializer of a plan template evaluated for many units, a document such as
 * {@code {"formatVersion": 1, "kind": "plan-assessments", "plan": {…}, "asOf": "2022", "settings": {…},
 * "units": [{"unit": {"code": "00001", …}, "clauses": [{"clauseId": "T1a", "status": "ON_TRACK", …}]}]}}.
 *
 * <p>The plan is written once, as the template; each unit's clauses name their targets by clause id, as in a
 * {@code plan-assessment}, and each clause is written exactly as there. Reading applies the template to each unit
 * ({@link Plan#withUnitCode(org.reformindicators.core.area.UnitCode)}) and the unit's successor facts to the
 * settings ({@link EvaluationSettings#forUnit(AdministrativeUnit)}). {@link PlanAssessmentsWriter} writes the same document one
 * unit at a time. Stateless and thread-safe.
 */
public final class PlanAssessmentsBinding {

  /**
   * Key of the attribute under which {@link AssessmentBinding} keeps the plan whose clauses are being written or
   * read (its own class, see its {@code ASSESSED_PLAN}): inside it, clauses name their targets by clause id.
   */
  public static final Object ASSESSED_PLAN = AssessmentBinding.class;

  private PlanAssessmentsBinding() {}

  /**
   * Adds the bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    module.addSerializer(PlanAssessments.class, new AssessmentsSerializer());
    module.addDeserializer(
        PlanAssessments.class,
        new AssessmentsDeserializer(TypeFactory.defaultInstance().constructType(AssessmentsForm.class)));
    module.addDeserializer(PlanAssessmentsHead.class, new HeadDeserializer(TypeFactory.defaultInstance().constructType(HeadForm.class)));
    module.addDeserializer(
        UnitEntry.class, new UnitEntryDeserializer(TypeFactory.defaultInstance().constructType(UnitForm.class)));
  }

  /** Key of the attribute under which {@link PlanAssessmentsReader} keeps the head of the document it reads. */
  public static final Object HEAD = PlanAssessmentsHead.class;

  /**
   * The head of a plan-assessments document, everything before its units, read by {@link PlanAssessmentsReader}.
   *
   * @param template the plan as written
   * @param asOf the period every unit is assessed as of
   * @param settings the settings, the defaults when absent
   */
  public record PlanAssessmentsHead(Plan template, ReportingPeriod asOf, EvaluationSettings settings) {}

  /** The head as read: the document without its units. */
  record HeadForm(
      Integer formatVersion,
      String kind,
      AssessmentBinding.AssessedPlan plan,
      ReportingPeriod asOf,
      EvaluationSettings settings)
      implements DocumentForm {}

  /**
   * One unit's entry read on its own, by {@link PlanAssessmentsReader}.
   *
   * @param assessment the unit's assessment
   */
  public record UnitEntry(UnitAssessment assessment) {}

  /** One unit's entry: the unit and its clauses. */
  record UnitForm(AdministrativeUnit unit, List<ClauseAssessment> clauses) {}

  /** The document as read. */
  record AssessmentsForm(
      Integer formatVersion,
      String kind,
      AssessmentBinding.AssessedPlan plan,
      ReportingPeriod asOf,
      EvaluationSettings settings,
      List<UnitForm> units)
      implements DocumentForm {}

  /** Writes the head of the document: envelope, template, period, settings, and opens the units array. */
  public static void writeHead(Fields out, Plan template, ReportingPeriod asOf, EvaluationSettings settings)
      throws IOException {
    JsonGenerator gen = out.generator();
    gen.writeStartObject();
    gen.writeNumberField("formatVersion", DocumentKind.PLAN_ASSESSMENTS.currentVersion());
    gen.writeStringField("kind", DocumentKind.PLAN_ASSESSMENTS.id());
    gen.writeFieldName("plan");
    out.value(new AssessmentBinding.AssessedPlan(template));
    gen.writeFieldName("asOf");
    out.value(asOf);
    gen.writeFieldName("settings");
    out.value(settings);
    gen.writeFieldName("units");
    gen.writeStartArray();
  }

  /** Writes one unit's entry. */
  public static void writeUnit(Fields out, UnitAssessment unit) throws IOException {
    JsonGenerator gen = out.generator();
    gen.writeStartObject();
    gen.writeFieldName("unit");
    out.value(unit.unit());
    gen.writeFieldName("clauses");
    gen.writeStartArray();
    for (ClauseAssessment clause : unit.assessment().clauses()) {
      out.value(clause);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Closes the units array and the document. */
  public static void writeTail(JsonGenerator gen) throws IOException {
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Where the head and the units are written: a generator and a way to write a value with the bindings. */
  public interface Fields {
    JsonGenerator generator();

    void value(Object value) throws IOException;
  }

  static final class AssessmentsSerializer extends StdSerializer<PlanAssessments> {
    private static final long serialVersionUID = 1L;

    AssessmentsSerializer() {
      super(PlanAssessments.class);
    }

    @Override
    public void serialize(PlanAssessments value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Object outer = provider.getAttribute(ASSESSED_PLAN);
      provider.setAttribute(ASSESSED_PLAN, value.template());
      try {
        Fields out = new Fields() {
          @Override
          public JsonGenerator generator() {
            return gen;
          }

          @Override
          public void value(Object v) throws IOException {
            provider.defaultSerializeValue(v, gen);
          }
        };
        writeHead(out, value.template(), value.asOf(), value.settings());
        for (UnitAssessment unit : value.units()) {
          writeUnit(out, unit);
        }
        writeTail(gen);
      } finally {
        provider.setAttribute(ASSESSED_PLAN, outer);
      }
    }
  }

  static final class AssessmentsDeserializer extends DocumentDeserializer<AssessmentsForm, PlanAssessments> {
    private static final long serialVersionUID = 1L;

    AssessmentsDeserializer(JavaType form) {
      super(PlanAssessments.class, form, DocumentKind.PLAN_ASSESSMENTS);
    }

    @Override
    protected PlanAssessments build(AssessmentsForm f) {
      PlanAssessmentsHead head = head(f.plan(), f.asOf(), f.settings());
      List<UnitForm> forms = requireUnits(f.units());
      List<UnitAssessment> units = new ArrayList<>(forms.size());
      for (UnitForm u : forms) {
        units.add(unit(u, head));
      }
      return new PlanAssessments(head.template(), head.asOf(), head.settings(), units);
    }
  }

  /**
   * Returns the units of the document as read, which are required.
   *
   * @param units the units, {@code null} when absent
   * @return the units
   * @throws InvalidFieldException if they are absent
   */
  public static <U> U requireUnits(U units) {
    return FormParameters.require(units, "units", DOCUMENT);
  }

  /** How the document is named in messages. */
  private static final String DOCUMENT = "a plan-assessments document";

  /** Builds the head of the document from its members as read; the envelope is checked by the deserializer. */
  private static PlanAssessmentsHead head(AssessmentBinding.AssessedPlan plan, ReportingPeriod asOf, EvaluationSettings settings) {
    return new PlanAssessmentsHead(
        FormParameters.require(plan, "plan", DOCUMENT).plan(),
        FormParameters.require(asOf, "asOf", DOCUMENT),
        settings == null ? EvaluationSettings.defaults() : settings);
  }

  /** Builds one unit's assessment: the template applied to the unit, judged with the unit's settings. */
  private static UnitAssessment unit(UnitForm u, PlanAssessmentsHead head) {
    AdministrativeUnit unit = FormParameters.require(u.unit(), "unit", "a unit's assessment");
    Plan plan;
    try {
      plan = head.template().withUnitCode(unit.code());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("unit", e.getMessage());
    }
    PlanAssessment assessment = PlanAssessment.builder()
        .plan(plan)
        .asOf(head.asOf())
        .asOfFromData(false)
        .settings(head.settings().forUnit(unit))
        .addAllClauses(FormParameters.require(u.clauses(), "clauses", "a unit's assessment"))
        .build();
    return new UnitAssessment(unit, assessment);
  }

  /**
   * Returns the message of a unit listed twice, as {@link PlanAssessments} words it.
   *
   * @param unit the unit
   * @return the message
   */
  public static String twice(AdministrativeUnit unit) {
    return "units must be distinct, was " + unit.code() + " [" + unit.validity() + "] twice";
  }

  static final class HeadDeserializer extends DocumentDeserializer<HeadForm, PlanAssessmentsHead> {
    private static final long serialVersionUID = 1L;

    HeadDeserializer(JavaType form) {
      super(PlanAssessmentsHead.class, form, DocumentKind.PLAN_ASSESSMENTS);
    }

    @Override
    protected PlanAssessmentsHead build(HeadForm f) {
      return head(f.plan(), f.asOf(), f.settings());
    }
  }

  static final class UnitEntryDeserializer extends CoreValueDeserializer<UnitForm, UnitEntry> {
    private static final long serialVersionUID = 1L;

    UnitEntryDeserializer(JavaType form) {
      super(UnitEntry.class, form);
    }

    @Override
    protected UnitEntry build(UnitForm f) {
      throw new IllegalStateException("a unit's entry is read only within a plan-assessments document");
    }

    @Override
    protected UnitEntry build(UnitForm f, DeserializationContext ctxt) {
      if (!(ctxt.getAttribute(HEAD) instanceof PlanAssessmentsHead head)) {
        return build(f);
      }
      return new UnitEntry(unit(f, head));
    }
  }
}
