package org.reformindicators.io.conformance.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.reformindicators.io.conformance.ConformanceEngine;
import org.reformindicators.io.conformance.VectorKind;

/** The bundled engine behind {@link SystemUnderTest}: the adapter a vendor replaces with a call to its service. */
public final class BundledEngineSystem implements SystemUnderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ConformanceEngine engine = ConformanceEngine.bundled();

  /** Creates the adapter. */
  public BundledEngineSystem() {}

  @Override
  public String outputs(String kind, String vectorId, String inputsJson) throws Exception {
    return JSON.writeValueAsString(engine.run(VectorKind.ofText(kind), vectorId, JSON.readTree(inputsJson)));
  }
}
