package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;

/**
 * The data bundled with the tool, such as the Quảng Ngãi plan 1256/QĐ-UBND and its observations,
 * and the official methodologies bundled with {@code io}.
 *
 * <p>A bundled file that cannot be read is a bug of the build, reported as an internal error.
 *
 * <p>Immutable and thread-safe (stateless).
 */
public final class Bundled {

  /** The resource of the Quảng Ngãi plan, authored in YAML. */
  public static final String PLAN = "/org/reformindicators/examples/quang-ngai/plan-1256.yaml";

  /** The resource of the Quảng Ngãi observations: published results plus labelled samples. */
  public static final String OBSERVATIONS =
      "/org/reformindicators/examples/quang-ngai/observations.csv";

  /** The resource of the PCI 2020 sub-indices of five provinces (Quảng Ngãi published, others samples). */
  public static final String PCI_PROVINCES = "/org/reformindicators/examples/pci-provinces-2020.csv";

  private Bundled() {}

  /**
   * Reads the bundled Quảng Ngãi plan.
   *
   * @return the plan with its 38 clauses
   * @throws IllegalStateException if the resource is missing or invalid
   */
  public static Plan plan() {
    return read(PLAN, Plan.class);
  }

  /**
   * Reads the bundled Quảng Ngãi observations.
   *
   * @return the observations
   * @throws IllegalStateException if the resource is missing or invalid
   */
  public static ObservationSet observations() {
    return Inputs.bundledObservations(OBSERVATIONS);
  }

  /**
   * Reads a methodology bundled with {@code io} through {@link
   * ReformIndicatorsIo#bundledMethodology(String)}.
   *
   * @param id the methodology id, one of {@link ReformIndicatorsIo#BUNDLED_METHODOLOGIES}
   * @return the methodology
   * @throws IllegalArgumentException if the id is not bundled
   * @throws IllegalStateException if the resource is missing or invalid
   */
  public static CompositeIndex methodology(String id) {
    try {
      return ReformIndicatorsIo.create().bundledMethodology(id);
    } catch (IOException e) {
      throw new IllegalStateException("bundled methodology " + id + " is invalid: " + e.getMessage(), e);
    }
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + resource);
      }
      return ReformIndicatorsIo.create().read(in, DocumentFormat.YAML, type, resource);
    } catch (IOException e) {
      throw new IllegalStateException(
          "bundled resource " + resource + " is invalid: " + e.getMessage(), e);
    }
  }
}
