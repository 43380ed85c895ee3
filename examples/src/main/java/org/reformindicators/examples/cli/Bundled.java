package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

  /** The ids of the methodologies bundled with {@code io}, in the order of {@code codes.md}. */
  public static final List<String> METHODOLOGY_IDS =
      List.of("pci", "papi", "papi-2009", "par-index-2948", "sipas", "dvc-766");

  private static final String METHODOLOGY_FOLDER = "/org/reformindicators/io/methodologies/";

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
   * Reads a bundled methodology.
   *
   * @param id the methodology id, one of {@link #METHODOLOGY_IDS}
   * @return the methodology
   * @throws IllegalArgumentException if the id is not bundled
   * @throws IllegalStateException if the resource is missing or invalid
   */
  public static CompositeIndex methodology(String id) {
    if (!METHODOLOGY_IDS.contains(id)) {
      throw new IllegalArgumentException(
          "methodology id must be one of " + METHODOLOGY_IDS + ", was " + id);
    }
    return read(METHODOLOGY_FOLDER + id + ".yaml", CompositeIndex.class);
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
