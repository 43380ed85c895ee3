package org.reformindicators.io.conformance.kit;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reformindicators.io.conformance.ConformanceChecker;
import org.reformindicators.io.conformance.ConformanceSuite;
import org.reformindicators.io.conformance.ConformanceVector;
import org.reformindicators.io.conformance.Mismatch;

/**
 * The conformance suite as JUnit 5 tests, one dynamic test per live vector named by its id: extend it, return your
 * {@link SystemUnderTest} from {@link #system()}, and every vector's outputs are compared with its expected
 * outputs. Ships in {@code reform-indicators-io}'s test-jar.
 */
public abstract class ConformanceKit {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Creates the kit; subclasses are JUnit test classes. */
  protected ConformanceKit() {}

  /**
   * Returns the system under test.
   *
   * @return the system
   */
  protected abstract SystemUnderTest system();

  /**
   * Returns the suite to run: the bundled one unless overridden.
   *
   * @return the suite
   * @throws IOException if the suite cannot be read
   */
  protected ConformanceSuite suite() throws IOException {
    return ConformanceSuite.bundled();
  }

  /**
   * Runs one vector against a system and returns its mismatches; a system that throws fails with the field
   * {@code outputs}.
   *
   * @param system the system
   * @param vector the vector
   * @return the mismatches, empty when the outputs conform
   */
  public static List<Mismatch> mismatches(SystemUnderTest system, ConformanceVector vector) {
    try {
      String out = system.outputs(vector.kind().text(), vector.id(), JSON.writeValueAsString(vector.inputs()));
      return ConformanceChecker.compare(vector, JSON.readTree(out));
    } catch (Exception e) {
      List<Mismatch> refused = new ArrayList<>();
      refused.add(new Mismatch(vector.id(), "outputs", "outputs", "none: " + e.getMessage()));
      return refused;
    }
  }

  /**
   * One test per live vector.
   *
   * @return the dynamic tests
   * @throws IOException if the suite cannot be read
   */
  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    SystemUnderTest system = system();
    return suite().live().stream().map(v -> DynamicTest.dynamicTest(v.id(), () -> {
      List<Mismatch> found = mismatches(system, v);
      if (!found.isEmpty()) {
        fail(found.stream().map(Mismatch::toString).collect(Collectors.joining("\n")));
      }
    }));
  }
}
