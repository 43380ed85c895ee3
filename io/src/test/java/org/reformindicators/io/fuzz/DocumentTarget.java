package org.reformindicators.io.fuzz;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.ReadException;

/**
 * A JSON or YAML document read with {@link ReformIndicatorsIo#read(java.io.InputStream, DocumentFormat, Class,
 * String)}, which documents {@link ReadException} as its only exception for a bad document.
 *
 * @param id the target id
 * @param corpus the seed directory
 * @param defaultIterations the iterations in {@code verify}
 * @param type the document type of a seed
 */
record DocumentTarget(String id, String corpus, int defaultIterations, Function<Seed, Class<?>> type)
    implements FuzzTarget {

  /** Plans in YAML. */
  static final DocumentTarget PLAN_YAML = new DocumentTarget("plan-yaml", "plan-yaml", 1_500, seed -> Plan.class);

  /** Plans in JSON. */
  static final DocumentTarget PLAN_JSON = new DocumentTarget("plan-json", "plan-json", 1_500, seed -> Plan.class);

  /** Methodologies in YAML. */
  static final DocumentTarget METHODOLOGY =
      new DocumentTarget("methodology", "methodology", 1_200, seed -> CompositeIndex.class);

  /** The other documents of golden/v1: an indicator catalogue, a unit registry, an observation set. */
  static final DocumentTarget OTHER_DOCUMENTS =
      new DocumentTarget("document", "document", 800, DocumentTarget::typeOfGolden);

  /** The name of the input in messages. */
  static final String SOURCE = "fuzz-input";

  /** One reader shared by all reads, as an application would share it. */
  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  private static Class<?> typeOfGolden(Seed seed) {
    if (seed.name().startsWith("indicator-catalogue")) {
      return IndicatorCatalogue.class;
    }
    if (seed.name().startsWith("unit-registry")) {
      return UnitRegistry.class;
    }
    return ObservationSet.class;
  }

  @Override
  public Outcome read(Seed seed, byte[] input, int variant) {
    DocumentFormat format = seed.syntax() == Syntax.JSON ? DocumentFormat.JSON : DocumentFormat.YAML;
    try {
      Object value = IO.read(new ByteArrayInputStream(input), format, type.apply(seed), SOURCE);
      return Outcome.accepted(value);
    } catch (ReadException e) {
      List<String> violations = new ArrayList<>();
      List<String> denied = MessageRules.denied(String.valueOf(e.getMessage()));
      if (!denied.isEmpty()) {
        violations.add("deny list " + denied + " in the exception message: " + e.getMessage());
      }
      if (e.problems().isEmpty()) {
        violations.add("a ReadException without problems");
      }
      return Outcome.refused(e.problems(), violations);
    } catch (Throwable e) { // the property is that nothing else is ever thrown, errors included
      return Outcome.unexpected(e);
    }
  }
}
