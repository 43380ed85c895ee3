package org.reformindicators.io.internal.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.LegalReference;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BaselineChoice;
import org.reformindicators.core.target.BaselineRule;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.NotApplicable;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.InvalidElementException;
import org.reformindicators.io.internal.deser.InvalidValueException;
import org.reformindicators.io.internal.deser.TextValueDeserializer;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.plan.TextForms.BaselineChoiceForm;
import org.reformindicators.io.internal.plan.TextForms.BaselineForm;
import org.reformindicators.io.internal.plan.TextForms.BilingualForm;
import org.reformindicators.io.internal.plan.TextForms.LegalReferenceForm;
import org.reformindicators.io.internal.plan.TextForms.NotApplicableForm;
import org.reformindicators.io.internal.plan.TextForms.ReadingForm;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of plans and targets, such as a plan document {@code
 * {"formatVersion": 1, "kind": "plan", "id": "QNG-1256-2021", …, "readings": […], "indicators": […],
 * "targets": […]}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanBinding {

  /** Attribute under which a plan being read or written keeps its readings by id. */
  private static final Object PLAN_READINGS = PlanBinding.class;

  /** Attribute under which a plan being read keeps the ids of the readings that were refused. */
  private static final Object REFUSED_READINGS = ReadingDeserializer.class;

  private PlanBinding() {}

  /**
   * Adds the plan and target bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(ClauseId.class, ToStringSerializer.instance);
    module.addDeserializer(ClauseId.class, new TextValueDeserializer<>(ClauseId.class, ClauseId::parse));
    module.addSerializer(BreakdownKey.class, ToStringSerializer.instance);
    module.addDeserializer(BreakdownKey.class, new TextValueDeserializer<>(BreakdownKey.class, BreakdownKey::parse));

    module.addSerializer(BilingualText.class, serializer(BilingualText.class, t -> new BilingualForm(t.vi(), t.en())));
    module.addDeserializer(
        BilingualText.class,
        deserializer(BilingualText.class, types.constructType(BilingualForm.class), (BilingualForm f) ->
            BilingualText.of(req(f.vi(), "vi"), req(f.en(), "en"))));

    module.addSerializer(
        Baseline.class,
        serializer(Baseline.class, b -> new BaselineForm(b.period(), b.value().isPresent() ? b.value().getAsDouble() : null)));
    module.addDeserializer(
        Baseline.class,
        deserializer(Baseline.class, types.constructType(BaselineForm.class), (BaselineForm f) ->
            new Baseline(req(f.period(), "period"), f.value() == null ? OptionalDouble.empty() : OptionalDouble.of(f.value()))));

    module.addSerializer(
        BaselineChoice.class,
        serializer(BaselineChoice.class, c -> c instanceof BaselineChoice.Stated st
            ? new BaselineChoiceForm(st.baseline().period(),
                st.baseline().value().isPresent() ? st.baseline().value().getAsDouble() : null, null)
            : new BaselineChoiceForm(null, null, ((BaselineChoice.ByRule) c).rule().toString())));
    module.addDeserializer(
        BaselineChoice.class,
        deserializer(BaselineChoice.class, types.constructType(BaselineChoiceForm.class), PlanBinding::baselineChoice));

    module.addSerializer(Reading.class, serializer(Reading.class, r -> new ReadingForm(r.id(), r.statement(), r.alternatives())));
    module.addDeserializer(Reading.class, new ReadingDeserializer(types.constructType(ReadingForm.class)));

    module.addSerializer(NotApplicable.class, serializer(NotApplicable.class, n -> new NotApplicableForm(n.from(), n.reason())));
    module.addDeserializer(
        NotApplicable.class,
        deserializer(NotApplicable.class, types.constructType(NotApplicableForm.class), (NotApplicableForm f) ->
            new NotApplicable(req(f.from(), "from"), req(f.reason(), "reason"))));

    module.addSerializer(
        LegalReference.class, serializer(LegalReference.class, l -> new LegalReferenceForm(l.number(), l.date(), l.issuer())));
    module.addDeserializer(
        LegalReference.class,
        deserializer(LegalReference.class, types.constructType(LegalReferenceForm.class), (LegalReferenceForm f) ->
            LegalReference.of(req(f.number(), "number"), req(f.date(), "date"), req(f.issuer(), "issuer"))));

    module.addSerializer(TargetKind.class, new TargetKindBinding.Serializer());
    module.addDeserializer(TargetKind.class, new TargetKindBinding.Deserializer(types.constructType(TextForms.KindForm.class)));

    module.addSerializer(ReadingRef.class, new ReadingRefSerializer());
    module.addDeserializer(ReadingRef.class, new ReadingRefDeserializer());
    module.addDeserializer(PlanReadings.class, new PlanReadingsDeserializer());
    module.addSerializer(PlanReadings.class, serializer(PlanReadings.class, PlanReadings::readings));
    module.addDeserializer(PlanTargets.class, new PlanTargetsDeserializer());
    module.addSerializer(PlanTargets.class, serializer(PlanTargets.class, PlanTargets::targets));

    module.addSerializer(Target.class, serializer(Target.class, PlanBinding::targetForm));
    module.addDeserializer(Target.class, deserializer(Target.class, types.constructType(TargetForm.class), PlanBinding::target));

    module.addSerializer(Plan.class, new PlanSerializer());
    module.addDeserializer(Plan.class, new PlanDeserializer(types.constructType(PlanForm.class)));
  }

  /** A target's baseline: a rule alone, or a period with an optional value. */
  private static BaselineChoice baselineChoice(BaselineChoiceForm f) {
    if (f.rule() != null) {
      if (f.period() != null || f.value() != null) {
        throw new IllegalArgumentException(
            "baseline takes either a rule or a period with an optional value, was a rule and a "
                + (f.period() != null ? "period" : "value"));
      }
      return BaselineChoice.byRule(BaselineRule.parse(f.rule()));
    }
    if (f.period() == null) {
      throw new IllegalArgumentException(
          "baseline requires 'period' (with an optional 'value') or 'rule' (last-before-phase or first-observation)");
    }
    return BaselineChoice.stated(
        new Baseline(f.period(), f.value() == null ? OptionalDouble.empty() : OptionalDouble.of(f.value())));
  }

  private static <V> V req(V value, String field) {
    return Objects.requireNonNull(value, field);
  }

  /**
   * A reading as a target refers to it: by id inside a plan, in full elsewhere; {@code null} while reading when
   * it names a declared reading that was refused.
   */
  record ReadingRef(Reading reading) {}

  /** The readings of a plan, which the targets after them may name by id. */
  record PlanReadings(List<Reading> readings) {}

  /**
   * The targets of a plan with where each starts in the file, so that a rule of the whole plan that one
   * target breaks is reported at that target.
   *
   * @param targets the targets, {@code null} where one could not be read
   * @param starts where each target starts, by index; empty when the targets were not read from a file
   */
  record PlanTargets(List<Target> targets, List<JsonLocation> starts) {}

  /** A clause id at the start of core's message about one target, e.g. {@code T5: target value must …}. */
  private static final Pattern CLAUSE_FIRST = Pattern.compile("^(T[0-9]+[a-z]?): ");

  /** Core's message about a clause id that appears twice, e.g. {@code duplicate clause id T5: …}. */
  private static final Pattern DUPLICATE_CLAUSE = Pattern.compile("^duplicate clause id (T[0-9]+[a-z]?): ");

  /**
   * Locates core's refusal of a whole plan at the target it names: the target whose clause id starts the
   * message (core states every rule about one target that way, see {@code Plan}), or, for a clause id that
   * appears twice, its second appearance (the one core refused).
   *
   * @param e core's refusal
   * @param targets the targets as read
   * @return an {@link InvalidElementException} at the target, or {@code e} when no target can be named
   */
  private static IllegalArgumentException locate(IllegalArgumentException e, PlanTargets targets) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher duplicate = DUPLICATE_CLAUSE.matcher(message);
    Matcher first = CLAUSE_FIRST.matcher(message);
    int index = -1;
    if (duplicate.find()) {
      index = indexOf(targets.targets(), duplicate.group(1), 2);
    } else if (first.find()) {
      index = indexOf(targets.targets(), first.group(1), 1);
    }
    if (index < 0 || index >= targets.starts().size()) {
      return e;
    }
    return new InvalidElementException(List.of("targets", index), targets.starts().get(index), message);
  }

  /** Returns the index of the {@code occurrence}-th target (from 1) with the clause id, or -1. */
  private static int indexOf(List<Target> targets, String clauseId, int occurrence) {
    int seen = 0;
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      if (target != null && target.clauseId().toString().equals(clauseId) && ++seen == occurrence) {
        return i;
      }
    }
    return -1;
  }

  /** The plain form of a target. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TargetForm(
      ClauseId clauseId,
      IndicatorCode indicatorCode,
      TargetKind kind,
      BaselineChoice baseline,
      ReportingPeriod deadline,
      ClauseId milestoneOf,
      BreakdownKey breakdown,
      String sourceText,
      String englishRendering,
      List<String> notes,
      List<ReadingRef> readings,
      NotApplicable notApplicable) {}

  /** The plain form of a plan, a document of kind {@code plan}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PlanForm(
      Integer formatVersion,
      String kind,
      String id,
      BilingualText title,
      LegalReference legalReference,
      UnitCode unitCode,
      Phase phase,
      List<LegalReference> implementedResolutions,
      RankUniverseRule rankUniverseRule,
      PlanReadings readings,
      List<Indicator> indicators,
      PlanTargets targets)
      implements DocumentForm {}

  private static TargetForm targetForm(Target t) {
    return new TargetForm(
        t.clauseId(),
        t.indicatorCode(),
        t.kind(),
        t.baselineChoice().orElse(null),
        t.deadline(),
        t.milestoneOf().orElse(null),
        t.breakdown().orElse(null),
        t.sourceText(),
        t.englishRendering(),
        t.notes(),
        t.readings().stream().map(ReadingRef::new).toList(),
        t.notApplicable().orElse(null));
  }

  private static Target target(TargetForm f) {
    List<Reading> readings = new ArrayList<>();
    if (f.readings() != null) {
      for (ReadingRef ref : f.readings()) {
        Reading reading = Objects.requireNonNull(ref, "readings element").reading();
        if (reading != null) {
          // null: a declared reading that was refused, reported where it is declared
          readings.add(reading);
        }
      }
    }
    return Target.builder(req(f.clauseId(), "clauseId"))
        .indicatorCode(req(f.indicatorCode(), "indicatorCode"))
        .kind(req(f.kind(), "kind"))
        .deadline(req(f.deadline(), "deadline"))
        .milestoneOf(Optional.ofNullable(f.milestoneOf()))
        .breakdown(Optional.ofNullable(f.breakdown()))
        .sourceText(req(f.sourceText(), "sourceText"))
        .englishRendering(req(f.englishRendering(), "englishRendering"))
        .notes(f.notes() == null ? List.of() : f.notes())
        .readings(readings)
        .notApplicable(Optional.ofNullable(f.notApplicable()))
        .baselineChoice(Optional.ofNullable(f.baseline()))
        .build();
  }

  private static <T, F> CoreValueSerializer<T, F> serializer(Class<T> type, java.util.function.Function<T, F> toForm) {
    return new CoreValueSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      protected F form(T value) {
        return toForm.apply(value);
      }
    };
  }

  private static <F, T> CoreValueDeserializer<F, T> deserializer(
      Class<T> type, JavaType form, java.util.function.Function<F, T> build) {
    return new CoreValueDeserializer<>(type, form) {
      private static final long serialVersionUID = 1L;

      @Override
      protected T build(F value) {
        return build.apply(value);
      }
    };
  }

  /**
   * Reads a reading; one that is refused is remembered by its id (or as a reading without a known id), so that
   * a target naming it is not also told that the reading was never declared.
   */
  static final class ReadingDeserializer extends CoreValueDeserializer<ReadingForm, Reading> {
    private static final long serialVersionUID = 1L;

    ReadingDeserializer(com.fasterxml.jackson.databind.JavaType form) {
      super(Reading.class, form);
    }

    @Override
    protected Reading build(ReadingForm f) {
      return new Reading(
          req(f.id(), "id"), req(f.statement(), "statement"), f.alternatives() == null ? List.of() : f.alternatives());
    }

    @Override
    protected void refused(ReadingForm form, DeserializationContext ctxt) {
      Object known = ctxt.getAttribute(REFUSED_READINGS);
      @SuppressWarnings("unchecked")
      Set<String> ids = known instanceof Set<?> set ? (Set<String>) set : new HashSet<>();
      // null stands for a refused reading whose id could not be read: any id may be its
      ids.add(form == null ? null : form.id());
      ctxt.setAttribute(REFUSED_READINGS, ids);
    }
  }

  static final class ReadingRefSerializer extends StdSerializer<ReadingRef> {
    private static final long serialVersionUID = 1L;

    ReadingRefSerializer() {
      super(ReadingRef.class);
    }

    @Override
    public void serialize(ReadingRef value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (provider.getAttribute(PLAN_READINGS) != null) {
        gen.writeString(value.reading().id());
      } else {
        provider.findValueSerializer(Reading.class).serialize(value.reading(), gen, provider);
      }
    }
  }

  static final class ReadingRefDeserializer extends StdDeserializer<ReadingRef> {
    private static final long serialVersionUID = 1L;

    ReadingRefDeserializer() {
      super(ReadingRef.class);
    }

    @Override
    public ReadingRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return new ReadingRef(ctxt.readValue(p, Reading.class));
      }
      String id = p.getText();
      Object declared = ctxt.getAttribute(PLAN_READINGS);
      Reading reading = declared instanceof Map<?, ?> byId ? (Reading) byId.get(id) : null;
      if (reading == null && refused(id, ctxt)) {
        // the reading was declared but refused, and its problem is reported: no second problem here
        return new ReadingRef(null);
      }
      if (reading == null) {
        throw new InvalidValueException(
            p,
            "reading '" + id + "' is not declared in the plan's readings (a plan declares its readings before its"
                + " targets; outside a plan give the reading in full)",
            p.currentTokenLocation(),
            Reading.class,
            id);
      }
      return new ReadingRef(reading);
    }
  }

  private static boolean refused(String id, DeserializationContext ctxt) {
    return ctxt.getAttribute(REFUSED_READINGS) instanceof Set<?> ids && (ids.contains(id) || ids.contains(null));
  }

  static final class PlanReadingsDeserializer extends StdDeserializer<PlanReadings> {
    private static final long serialVersionUID = 1L;

    PlanReadingsDeserializer() {
      super(PlanReadings.class);
    }

    @Override
    public PlanReadings deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<Reading> readings =
          ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, Reading.class));
      Map<String, Reading> byId = new HashMap<>();
      for (Reading reading : readings) {
        if (reading != null) {
          byId.putIfAbsent(reading.id(), reading);
        }
      }
      ctxt.setAttribute(PLAN_READINGS, byId);
      return new PlanReadings(readings);
    }
  }

  /** Reads the targets of a plan one by one, noting where each starts. */
  static final class PlanTargetsDeserializer extends StdDeserializer<PlanTargets> {
    private static final long serialVersionUID = 1L;

    PlanTargetsDeserializer() {
      super(PlanTargets.class);
    }

    @Override
    public PlanTargets deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        return (PlanTargets)
            ctxt.handleUnexpectedToken(ctxt.getTypeFactory().constructCollectionType(List.class, Target.class), p);
      }
      List<Target> targets = new ArrayList<>();
      List<JsonLocation> starts = new ArrayList<>();
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        if (token == null) {
          throw ctxt.wrongTokenException(p, List.class, JsonToken.END_ARRAY, "the list of targets is not closed");
        }
        starts.add(p.currentTokenLocation());
        try {
          if (token == JsonToken.VALUE_NULL) {
            throw new InvalidValueException(
                p, "a target is null: null is not a value here, leave the entry out", p.currentTokenLocation(), Target.class);
          }
          targets.add(ctxt.readValue(p, Target.class));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, targets, targets.size());
        }
      }
      return new PlanTargets(targets, starts);
    }
  }

  static final class PlanSerializer extends DocumentSerializer<Plan, PlanForm> {
    private static final long serialVersionUID = 1L;

    PlanSerializer() {
      super(Plan.class, DocumentKind.PLAN);
    }

    @Override
    public void serialize(Plan value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      serializeWithAttribute(PLAN_READINGS, Boolean.TRUE, value, gen, provider);
    }

    @Override
    protected PlanForm form(Plan p, Integer formatVersion, String kind) {
      return new PlanForm(
          formatVersion,
          kind,
          p.id(),
          p.title(),
          p.legalReference(),
          p.unitCode(),
          p.phase(),
          p.implementedResolutions(),
          p.rankUniverseRule(),
          new PlanReadings(p.readings()),
          p.catalogue().indicators(),
          new PlanTargets(p.targets(), List.of()));
    }
  }

  static final class PlanDeserializer extends DocumentDeserializer<PlanForm, Plan> {
    private static final long serialVersionUID = 1L;

    PlanDeserializer(JavaType form) {
      super(Plan.class, form, DocumentKind.PLAN);
    }

    @Override
    protected Plan build(PlanForm f) {
      PlanTargets targets = req(f.targets(), "targets");
      // the catalogue's own refusals name indicators, not clauses: only the plan's are located at a target
      IndicatorCatalogue catalogue = IndicatorCatalogue.of(f.indicators() == null ? List.of() : f.indicators());
      try {
        return Plan.builder()
            .id(req(f.id(), "id"))
            .title(req(f.title(), "title"))
            .legalReference(req(f.legalReference(), "legalReference"))
            .unitCode(req(f.unitCode(), "unitCode"))
            .phase(req(f.phase(), "phase"))
            .implementedResolutions(f.implementedResolutions() == null ? List.of() : f.implementedResolutions())
            .catalogue(catalogue)
            .rankUniverseRule(req(f.rankUniverseRule(), "rankUniverseRule"))
            .readings(f.readings() == null ? List.of() : f.readings().readings())
            .targets(targets.targets())
            .build();
      } catch (IllegalArgumentException e) {
        throw locate(e, targets);
      }
    }
  }
}
