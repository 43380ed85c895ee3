package org.reformindicators.io.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.architecture.fixture.Fine;

/**
 * Issue 13, acceptance: io's public API is deliberate. The exact list of public types outside {@code internal}
 * packages is written here, so that adding one is a decision made in review; and no public type sits in a
 * {@code ser} or {@code deser} package or is named {@code *Binding} outside {@code internal}. The fixture
 * package shows that the rule fails when it should.
 */
class PublicApiTest {

  private static final String IO = "org.reformindicators.io";

  /** The published API of io, by binary name. */
  private static final Set<String> EXPECTED = Set.of(
      IO + ".DocumentFormat",
      IO + ".ReformIndicatorsIo",
      IO + ".ReformIndicatorsModule",
      IO + ".composite.CompositeResultDocument",
      IO + ".composite.CompositeResultDocument$UnitResult",
      IO + ".composite.UncertaintySettings",
      IO + ".conformance.ConformanceChecker",
      IO + ".conformance.ConformanceEngine",
      IO + ".conformance.ConformanceReport",
      IO + ".conformance.ConformanceSuite",
      IO + ".conformance.ConformanceTag",
      IO + ".conformance.ConformanceVector",
      IO + ".conformance.Mismatch",
      IO + ".conformance.VectorKind",
      IO + ".csv.CsvDialect",
      IO + ".csv.CsvTable",
      IO + ".csv.CsvTable$ReadEndedException",
      IO + ".csv.CsvTable$Row",
      IO + ".csv.ObservationColumn",
      IO + ".csv.ObservationCsvForm",
      IO + ".csv.ObservationCsvReader",
      IO + ".csv.ObservationCsvReader$LocatedSink",
      IO + ".csv.ObservationCsvWriter",
      IO + ".document.DocumentKind",
      IO + ".dossier.DossierCsvReader",
      IO + ".dossier.DossierJsonLinesReader",
      IO + ".dossier.ProcedureCsvReader",
      IO + ".dossier.RuleSetReader",
      IO + ".evaluation.PlanAssessmentsHeader",
      IO + ".evaluation.PlanAssessmentsReader",
      IO + ".evaluation.PlanAssessmentsWriter",
      IO + ".problem.Problem",
      IO + ".problem.ProblemCollector",
      IO + ".problem.ProblemLocation",
      IO + ".problem.ProblemLocation$Csv",
      IO + ".problem.ProblemLocation$Document",
      IO + ".problem.ReadException",
      IO + ".problem.ReadMode",
      IO + ".problem.ReadOptions",
      IO + ".problem.ReadResult",
      IO + ".problem.ReadSummary");

  @Test
  void ioPublishesExactlyTheListedTypes() {
    Set<String> published = PublicTypes.published(PublicTypes.of(ReformIndicatorsIo.class, IO));
    assertEquals(new TreeSet<>(EXPECTED), published, String.join("\n", published));
  }

  @Test
  void noSerializerHelperOrBindingIsPublicOutsideInternal() {
    Set<String> violations = PublicTypes.violations(PublicTypes.of(ReformIndicatorsIo.class, IO));
    assertEquals(Set.of(), violations, String.join("\n", violations));
  }

  @Test
  void theRuleFailsOnADeliberatelyLeakyPackage() {
    String fixture = "org.reformindicators.io.architecture.fixture";
    Set<String> types = PublicTypes.of(Fine.class, fixture);
    assertEquals(
        Set.of(
            fixture + ".Fine",
            fixture + ".LeakedBinding",
            fixture + ".LeakedBinding$NestedBinding",
            fixture + ".internal.deser.InternalDeserializer",
            fixture + ".internal.deser.InternalDeserializer$InternalBinding",
            fixture + ".ser.LeakedSerializer"),
        types);
    assertEquals(
        Set.of(
            fixture + ".LeakedBinding: public *Binding type outside internal",
            fixture + ".LeakedBinding$NestedBinding: public *Binding type outside internal",
            fixture + ".ser.LeakedSerializer: public type in a ser/deser package outside internal"),
        PublicTypes.violations(types));
    assertEquals(
        Set.of(fixture + ".Fine", fixture + ".LeakedBinding", fixture + ".LeakedBinding$NestedBinding",
            fixture + ".ser.LeakedSerializer"),
        PublicTypes.published(types));
  }
}
