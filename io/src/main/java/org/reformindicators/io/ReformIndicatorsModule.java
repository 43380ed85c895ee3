package org.reformindicators.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.reformindicators.io.internal.area.AreaBinding;
import org.reformindicators.io.internal.composite.CompositeResultBinding;
import org.reformindicators.io.internal.composite.MethodologyBinding;
import org.reformindicators.io.internal.deser.FormLocating;
import org.reformindicators.io.internal.evaluation.AssessmentBinding;
import org.reformindicators.io.internal.evaluation.PlanAssessmentsBinding;
import org.reformindicators.io.internal.deser.NfcStringDeserializer;
import org.reformindicators.io.internal.deser.NullRefusal;
import org.reformindicators.io.internal.deser.ScalarDeserializers;
import org.reformindicators.io.internal.indicator.IndicatorBinding;
import org.reformindicators.io.internal.observation.ObservationBinding;
import org.reformindicators.io.internal.period.PeriodBinding;
import org.reformindicators.io.internal.plan.PlanBinding;

/**
 * The Jackson 2 module that binds the core types of reform-indicators, such as {@code
 * mapper.registerModule(new ReformIndicatorsModule())}.
 *
 * <p>It registers one serializer and one deserializer per public core type, each going through core's
 * public factories so that core's validation always runs, normalises every string read to Unicode NFC, and
 * reads every number and boolean with one policy ({@link ScalarDeserializers}: finite, not rounded to zero,
 * no YAML form that YAML readers disagree on) and refuses {@code null} as a value ({@link NullRefusal}).
 * It is also discoverable through {@code META-INF/services/com.fasterxml.jackson.databind.Module} for {@code
 * mapper.findAndRegisterModules()}. It never enables default typing: polymorphic values use closed sets of
 * type names. Progress methods are read through the bundled {@code ProgressMethodRegistry}; to read methods
 * the application registered, set its registry as a reader attribute keyed by the registry's class, e.g.
 * {@code mapper.readerFor(PlanAssessment.class).withAttribute(ProgressMethodRegistry.class, registry)}
 * ({@code ReformIndicatorsIo.withProgressMethods} does this). Immutable and thread-safe.
 */
public final class ReformIndicatorsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module name reported to Jackson. */
  public static final String NAME = "ReformIndicatorsModule";

  /** Creates the module with every serializer and deserializer registered. */
  public ReformIndicatorsModule() {
    super(NAME, Version.unknownVersion());
    addDeserializer(String.class, NfcStringDeserializer.INSTANCE);
    addKeyDeserializer(String.class, NfcStringDeserializer.KEYS);
    ScalarDeserializers.register(this);
    setDeserializerModifier(FormLocating.modifier());
    PeriodBinding.register(this);
    AreaBinding.register(this);
    IndicatorBinding.register(this);
    ObservationBinding.register(this);
    PlanBinding.register(this);
    MethodologyBinding.register(this);
    CompositeResultBinding.register(this);
    AssessmentBinding.register(this);
    PlanAssessmentsBinding.register(this);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addValueInstantiators(new NullRefusal());
  }
}
