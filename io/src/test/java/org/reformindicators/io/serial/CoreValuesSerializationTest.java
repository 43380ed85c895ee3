package org.reformindicators.io.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.core.record.ProcedureList;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.dossier.ProcedureCsvReader;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.io.problem.ReadOptions;

/**
 * The core values a Spark job ships (plans, settings, unit registries, methodologies, rule sets, procedure lists)
 * travel by Java serialization alone: each reads back equal, and its stream holds no class of io or Jackson, so an
 * executor with only core on its class path reads it.
 */
class CoreValuesSerializationTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  /** An object stream that records the class of every object written. */
  static final class RecordingStream extends ObjectOutputStream {
    final Set<String> classes = new TreeSet<>();

    RecordingStream(OutputStream out) throws IOException {
      super(out);
    }

    @Override
    protected void annotateClass(Class<?> type) {
      classes.add(type.getName());
    }

    @Override
    protected void annotateProxyClass(Class<?> type) {
      classes.add(type.getName());
    }
  }

  /** Serializes a value, checks the classes written and returns what reads back. */
  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Set<String> written;
    try (RecordingStream out = new RecordingStream(bytes)) {
      out.writeObject(value);
      written = out.classes;
    }
    assertFalse(written.isEmpty());
    for (String name : written) {
      assertFalse(name.startsWith("org.reformindicators.io") || name.startsWith("com.fasterxml"),
          () -> value.getClass().getSimpleName() + " writes " + name + " in its serial form: " + written);
    }
    assertTrue(written.stream().anyMatch(n -> n.startsWith("org.reformindicators.core.")), written::toString);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      T back = (T) in.readObject();
      return back;
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CoreValuesSerializationTest.class.getResource(name).toURI());
  }

  private static Plan plan1256() throws Exception {
    return IO.readPlan(resource("/plans/quang-ngai-1256.yaml"));
  }

  private static UnitRegistry registry() throws Exception {
    return IO.readUnitRegistry(resource("/golden/v1/unit-registry.yaml"));
  }

  private static ProcedureList procedures() throws IOException {
    Path file = Path.of("../examples/src/main/resources/org/reformindicators/examples/quang-ngai/procedures-synthetic.csv");
    try (var in = java.nio.file.Files.newInputStream(file)) {
      return ProcedureCsvReader.create(ReadOptions.defaults()).read(in, file.toString());
    }
  }

  @Test
  void planOfQuangNgaiReadsBackEqual() throws Exception {
    Plan plan = plan1256();
    Plan back = roundTrip(plan);
    assertEquals(plan, back);
    assertEquals(plan.targets(), back.targets());
    assertEquals(plan.catalogue(), back.catalogue());
  }

  @Test
  void unitRegistryReadsBackEqual() throws Exception {
    UnitRegistry registry = registry();
    UnitRegistry back = roundTrip(registry);
    assertEquals(registry, back);
    assertEquals(registry.all(), back.all());
    // the indexes are rebuilt, not only the list: a successor link still resolves
    for (var unit : registry.all()) {
      assertEquals(registry.successorsOf(unit), back.successorsOf(unit));
    }
  }

  @Test
  void settingsWithEveryBuiltInMethodReadBackEqual() throws Exception {
    ProgressMethodRegistry methods = ProgressMethodRegistry.defaults();
    for (String id : methods.ids()) {
      EvaluationSettings settings = EvaluationSettings.builder()
          .planMethod(methods.method(id))
          .putClauseMethods(ClauseId.parse("T1b"), methods.method(id))
          .putExternalNorms("national-average", 61.5)
          .addSuccessorUnitCodes(UnitCode.of("51"))
          .planUnitLastDay(java.time.LocalDate.of(2025, 6, 30))
          .useSuccessorData(true)
          .build();
      assertEquals(settings, roundTrip(settings), id);
    }
    assertEquals(EvaluationSettings.defaults(), roundTrip(EvaluationSettings.defaults()));
  }

  @Test
  void everyBundledMethodologyReadsBackEqual() throws Exception {
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      CompositeIndex index = IO.bundledMethodology(id);
      CompositeIndex back = roundTrip(index);
      assertEquals(index, back, id);
      assertEquals(index.root().nodes(), back.root().nodes(), id);
      assertEquals(index.grouping(), back.grouping(), id);
      assertEquals(index.lastYear(), back.lastYear(), id);
    }
  }

  @Test
  void uncertaintyOptionsReadBackEqual() throws Exception {
    for (UncertaintyOptions options : List.of(
        UncertaintyOptions.builder().build(),
        UncertaintyOptions.builder().draws(500).seed(20_250_701L).weightNoise(0.25, 0.1)
            .alternativeAggregation(AggregationMethod.WEIGHTED_GEOMETRIC).alternativeNormalisation(new MinMax(0, 100))
            .rankingDecimals(2).build(),
        UncertaintyOptions.builder().rankUnrounded().build())) {
      UncertaintyOptions back = roundTrip(options);
      assertEquals(options.draws(), back.draws());
      assertEquals(options.seed(), back.seed());
      assertEquals(options.weightNoise(1), back.weightNoise(1));
      assertEquals(options.weightNoise(2), back.weightNoise(2));
      assertEquals(options.alternativeAggregations(), back.alternativeAggregations());
      assertEquals(options.alternativeNormalisations(), back.alternativeNormalisations());
      assertEquals(options.rankingDecimals(java.util.Optional.empty()), back.rankingDecimals(java.util.Optional.empty()));
    }
  }

  @Test
  void bundledRuleSetsAndProcedureListReadBackEqual() throws Exception {
    RuleSetReader reader = RuleSetReader.create(ReadOptions.defaults());
    ProcedureList procedures = procedures();
    ProcedureList proceduresBack = roundTrip(procedures);
    assertEquals(procedures.all(), proceduresBack.all());
    for (String id : RuleSetReader.BUNDLED) {
      RuleSet rules = reader.bundled(id);
      assertEquals(rules, roundTrip(rules), id);
    }
    DerivationOptions options = DerivationOptions.builder().periodKind(PeriodKind.QUARTER).by(Grouping.AGENCY)
        .procedures(procedures).registry(registry()).build();
    DerivationOptions back = roundTrip(options);
    assertEquals(options.periodKind(), back.periodKind());
    assertEquals(options.by(), back.by());
    assertEquals(options.registry(), back.registry());
    assertEquals(procedures.all(), back.procedures().all());
  }
}
