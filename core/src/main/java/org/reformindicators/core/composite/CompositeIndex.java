package org.reformindicators.core.composite;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.reformindicators.core.composite.ranking.RankGrouping;
import org.reformindicators.core.composite.ranking.RankingMethod;

/**
 * A versioned composite-index methodology (phương pháp) as an immutable tree, such as {@code pci}: the
 * Provincial Competitiveness Index, PCI = 10 × Σ weight × sub-index, 2013 onwards.
 *
 * <p>Carries the methodology id ({@code docs/formats/methodology.md}), the names, the publisher, the legal or published source, the
 * years it applies to, the root {@link IndexNode}, the {@link MissingDataPolicy}, how ranks are shared and an
 * optional grouping (PAR INDEX bands, PAPI quartiles). A methodology is data, not a constant: each version is
 * its own instance (PAR INDEX: Decisions 1294/QĐ-BNV of 2012 to 876/QĐ-BNV of 10 Nov 2022). Parameters that the sources do not confirm are listed with a reason in
 * {@link #unverified()} here and in {@link IndexNode#unverified()} on the nodes. The bundled definitions are
 * YAML files read by the {@code io} module (format: {@code docs/formats/methodology.md}); {@link
 * #builder(String)} builds the same in code, and the rules are checked when it is built. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class CompositeIndex implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The syntax of a methodology id: lower-case ASCII letters, digits and hyphens, e.g. {@code papi-2009}. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The index-level parameter names that {@link #unverified()} may mention. */
  public static final Set<String> PARAMETERS =
      Set.of("years", "source", "publisher", "missingData", "ranking", "grouping");

  /** For the generated implementation; build methodologies with {@link #builder(String)}. */
  CompositeIndex() {}

  /**
   * Starts a builder; the names, publisher, source, first year and root are required.
   *
   * @param id the methodology id, e.g. {@code pci}
   * @return a new builder
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public static Builder builder(String id) {
    checkId(Objects.requireNonNull(id, "id"));
    return new Builder().id(id);
  }

  private static void checkId(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must match " + ID.pattern() + ", was '" + id + "'");
    }
  }

  /**
   * Returns the methodology id ({@code docs/formats/methodology.md}), e.g. {@code par-index-2948}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the Vietnamese name, e.g. "Chỉ số năng lực cạnh tranh cấp tỉnh".
   *
   * @return the Vietnamese name
   */
  public abstract String nameVi();

  /**
   * Returns the English name, e.g. "Provincial Competitiveness Index".
   *
   * @return the English name
   */
  public abstract String nameEn();

  /**
   * Returns the publisher, e.g. "VCCI".
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * Returns the legal or published source of the methodology, e.g. "Decision 2948/QĐ-BNV of 28 Dec 2017".
   *
   * @return the source
   */
  public abstract String source();

  /**
   * Returns the first year (edition) the methodology applies to.
   *
   * @return the first year, 1900..2100
   */
  public abstract int firstYear();

  /**
   * Returns the last year (edition) the methodology applies to.
   *
   * @return the last year, or empty while the methodology is current
   */
  public abstract OptionalInt lastYear();

  /**
   * Tells whether the methodology applies to an edition year.
   *
   * @param year the edition year
   * @return {@code true} when {@code firstYear ≤ year ≤ lastYear} (no upper limit while current)
   */
  public boolean appliesTo(int year) {
    return year >= firstYear() && (lastYear().isEmpty() || year <= lastYear().getAsInt());
  }

  /**
   * Returns the root node, whose code is the total's indicator code (e.g. {@code PCI}).
   *
   * @return the root
   */
  public abstract IndexNode root();

  /**
   * Returns the missing-data policy of every aggregation.
   *
   * @return the policy (default {@link MissingDataPolicy#fail()})
   */
  @Value.Default
  public MissingDataPolicy missingData() {
    return MissingDataPolicy.fail();
  }

  /**
   * Returns how tied totals share ranks.
   *
   * @return the ranking method (default {@link RankingMethod#COMPETITION})
   */
  @Value.Default
  public RankingMethod rankingMethod() {
    return RankingMethod.COMPETITION;
  }

  /**
   * Returns how ranked units are grouped in the publication.
   *
   * @return the grouping, if the methodology publishes one
   */
  public abstract Optional<RankGrouping> grouping();

  /**
   * Returns the index-level parameters that the sources do not confirm, each with the reason.
   *
   * @return parameter name (one of {@link #PARAMETERS}) → reason, in the order given
   */
  public abstract Map<String, String> unverified();

  /**
   * Returns the leaves, depth first in published order: the data columns the calculator reads.
   *
   * @return the leaves
   */
  @Value.Lazy
  public List<IndexNode> leaves() {
    return root().nodes().stream().filter(IndexNode::isLeaf).toList();
  }

  /**
   * Returns the node with a code.
   *
   * @param code the node's code
   * @return the node, or empty when no node has the code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<IndexNode> node(ComponentCode code) {
    return Optional.ofNullable(nodesByCode().get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns every node by its code.
   *
   * @return code → node, for the nodes of the tree
   */
  @Value.Lazy
  Map<ComponentCode, IndexNode> nodesByCode() {
    Map<ComponentCode, IndexNode> codes = new HashMap<>();
    for (IndexNode node : root().nodes()) {
      codes.putIfAbsent(node.code(), node);
    }
    return codes;
  }

  /**
   * Checks the id, the texts, the years, the root and the unverified parameters.
   *
   * @throws IllegalArgumentException if the id is malformed, a text is blank, the years are outside 1900..2100
   *     or reversed, the root is a leaf, node codes repeat or an unverified parameter is unknown or its reason
   *     blank
   */
  @Value.Check
  protected void check() {
    checkId(id());
    requireText(nameVi(), "nameVi");
    requireText(nameEn(), "nameEn");
    requireText(publisher(), "publisher");
    requireText(source(), "source");
    checkYear("firstYear", firstYear());
    if (lastYear().isPresent()) {
      int last = lastYear().getAsInt();
      checkYear("lastYear", last);
      if (last < firstYear()) {
        throw new IllegalArgumentException("lastYear must not precede firstYear " + firstYear() + ", was " + last);
      }
    }
    if (root().isLeaf()) {
      throw new IllegalArgumentException("root must have children, " + root().code() + " has none");
    }
    for (Map.Entry<String, String> e : unverified().entrySet()) {
      if (!PARAMETERS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "unverified parameter must be one of " + PARAMETERS + ", was '" + e.getKey() + "'");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException("the reason unverified " + e.getKey() + " must not be blank");
      }
    }
    Map<ComponentCode, IndexNode> codes = new HashMap<>();
    for (IndexNode node : root().nodes()) {
      if (codes.putIfAbsent(node.code(), node) != null) {
        throw new IllegalArgumentException("node codes must be unique, " + node.code() + " repeats");
      }
    }
  }

  private static void requireText(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  private static void checkYear(String field, int year) {
    if (year < 1900 || year > 2100) {
      throw new IllegalArgumentException(field + " must be within 1900..2100, was " + year);
    }
  }

  /**
   * Returns the id, the English name and the years, such as {@code pci (Provincial Competitiveness Index,
   * 2013–)}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return id() + " (" + nameEn() + ", " + firstYear() + "–" + (lastYear().isPresent() ? lastYear().getAsInt() : "")
        + ")";
  }

  /**
   * Builds a {@link CompositeIndex}: the generated builder, with the shorter forms of a methodology's text.
   * Equality of built methodologies compares every field, so that a methodology read from a file equals the
   * same one built in code. Not thread-safe.
   */
  public static final class Builder extends ImmutableCompositeIndex.Builder {

    /** Creates an empty builder; {@link CompositeIndex#builder(String)} reads better. */
    public Builder() {}

    /**
     * Sets the names.
     *
     * @param vietnamese the Vietnamese name
     * @param english the English name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder names(String vietnamese, String english) {
      return nameVi(vietnamese).nameEn(english);
    }

    /**
     * Sets the years the methodology applies to, both inclusive.
     *
     * @param first the first edition year
     * @param last the last edition year
     * @return this builder
     */
    public Builder years(int first, int last) {
      return firstYear(first).lastYear(last);
    }

    /**
     * Sets the first year of a methodology still in force.
     *
     * @param first the first edition year
     * @return this builder
     */
    public Builder yearsFrom(int first) {
      return firstYear(first).lastYear(OptionalInt.empty());
    }

    /**
     * Marks an index-level parameter as unverified, with the reason.
     *
     * @param parameter one of {@link CompositeIndex#PARAMETERS}, e.g. {@code "years"}
     * @param reason why it is unverified
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder unverified(String parameter, String reason) {
      return putUnverified(
          Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(reason, "reason"));
    }
  }
}
