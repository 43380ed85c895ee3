package org.reformindicators.io.document;

import java.util.Arrays;
import org.reformindicators.io.internal.document.FormatVersions;
import java.util.List;
import java.util.Optional;

/**
 * The closed set of document kinds, such as {@link #PLAN} written {@code "kind": "plan"}.
 *
 * <p>Each kind has its own format version: writers emit {@link #currentVersion()}, readers accept every version
 * from 1 to it (a kind whose shape changes gets a new version, and the old files stay readable). Each kind names
 * the JSON Schema resource of each of its versions. Immutable and thread-safe.
 */
public enum DocumentKind {
  /** A reform plan with its targets ({@code Plan}). */
  PLAN("plan", 2),
  /** An indicator catalogue ({@code IndicatorCatalogue}). */
  INDICATOR_CATALOGUE("indicator-catalogue", 2),
  /** A registry of administrative units ({@code UnitRegistry}). */
  UNIT_REGISTRY("unit-registry", 1),
  /** The definition of a composite index methodology. */
  METHODOLOGY("methodology", 1),
  /**
   * A set of observations ({@code ObservationSet}); large sets are better exchanged as CSV. Version 2 adds an
   * observation's {@code bound} (a value published only as a range); version 1 files are still read.
   */
  OBSERVATIONS("observations", 2),
  /** The evaluation of a plan against observations ({@code PlanAssessment}). */
  PLAN_ASSESSMENT("plan-assessment", 2),
  /** The scores, ranks and intervals of a composite index. */
  COMPOSITE_RESULT("composite-result", 2),
  /** One plan template evaluated for many units, one assessment per unit ({@code PlanAssessments}). */
  PLAN_ASSESSMENTS("plan-assessments", 2);

  private final String id;
  private final int currentVersion;

  DocumentKind(String id, int currentVersion) {
    this.id = id;
    this.currentVersion = currentVersion;
  }

  /**
   * Returns the format version that writers emit for this kind and the newest that readers accept.
   *
   * @return e.g. {@code 1}
   */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * Returns the name written in the {@code kind} property.
   *
   * @return e.g. {@code indicator-catalogue}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the class-path resource of the JSON Schema of a format version.
   *
   * @param formatVersion the format version, 1 to {@link #currentVersion()}
   * @return e.g. {@code org/reformindicators/io/schema/plan-1.schema.json}
   * @throws IllegalArgumentException if the version is not supported
   */
  public String schemaResource(int formatVersion) {
    FormatVersions.check(this, formatVersion);
    return "org/reformindicators/io/schema/" + id + "-" + formatVersion + ".schema.json";
  }

  /**
   * Finds a kind by the name written in documents.
   *
   * @param id the name, e.g. {@code plan}
   * @return the kind, or empty when the name is unknown
   */
  public static Optional<DocumentKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  /**
   * Returns the names of all kinds, in declaration order.
   *
   * @return the names
   */
  public static List<String> ids() {
    return Arrays.stream(values()).map(DocumentKind::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
