package org.reformindicators.io.conformance.kit;

/**
 * A system checked by the conformance suite, such as a vendor's service that wraps the engine: it takes a vector's
 * inputs as JSON (the library's own documents, {@code docs/formats/conformance.md}) and returns its outputs as the
 * JSON of one result's {@code outputs} object of the results format.
 */
public interface SystemUnderTest {

  /**
   * Computes the outputs for one vector.
   *
   * @param kind the vector's kind: {@code plan}, {@code composite} or {@code uncertainty}
   * @param vectorId the vector's id
   * @param inputsJson the vector's {@code inputs} object as JSON text
   * @return the outputs object as JSON text
   * @throws Exception if the system cannot compute the outputs; the vector then fails
   */
  String outputs(String kind, String vectorId, String inputsJson) throws Exception;
}
