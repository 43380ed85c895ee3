package org.reformindicators.core.composite;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
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
 * YAML files read by the {@code io} module (format: {@code docs/formats/methodology.md}); the {@link Builder}
 * builds the same in code. Immutable and thread-safe.
 */
public final class CompositeIndex implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The syntax of a methodology id: lower-case ASCII letters, digits and hyphens, e.g. {@code papi-2009}. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The index-level parameter names that {@link #unverified()} may mention. */
  public static final Set<String> PARAMETERS =
      Set.of("years", "source", "publisher", "missingData", "ranking", "grouping");

  private final String id;
  private final String nameVi;
  private final String nameEn;
  private final String publisher;
  private final String source;
  private final int firstYear;
  private final OptionalInt lastYear;
  private final IndexNode root;
  private final MissingDataPolicy missingData;
  private final RankingMethod rankingMethod;
  private final Optional<RankGrouping> grouping;
  private final Map<String, String> unverified;
  private final Map<String, IndexNode> byCode;
  private final List<IndexNode> leaves;

  private CompositeIndex(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must match " + ID.pattern() + ", was '" + id + "'");
    }
    this.nameVi = requireText(b.nameVi, "nameVi");
    this.nameEn = requireText(b.nameEn, "nameEn");
    this.publisher = requireText(b.publisher, "publisher");
    this.source = requireText(b.source, "source");
    if (b.firstYear == null) {
      throw new NullPointerException("firstYear");
    }
    this.firstYear = b.firstYear;
    this.lastYear = b.lastYear == null ? OptionalInt.empty() : OptionalInt.of(b.lastYear);
    checkYear("firstYear", firstYear);
    if (b.lastYear != null) {
      checkYear("lastYear", b.lastYear);
      if (b.lastYear < firstYear) {
        throw new IllegalArgumentException(
            "lastYear must not precede firstYear " + firstYear + ", was " + b.lastYear);
      }
    }
    this.root = Objects.requireNonNull(b.root, "root");
    if (root.isLeaf()) {
      throw new IllegalArgumentException("root must have children, " + root.code() + " has none");
    }
    this.missingData = b.missingData;
    this.rankingMethod = b.rankingMethod;
    this.grouping = Optional.ofNullable(b.grouping);
    this.unverified = Collections.unmodifiableMap(new LinkedHashMap<>(b.unverified));
    for (Map.Entry<String, String> e : unverified.entrySet()) {
      if (!PARAMETERS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "unverified parameter must be one of " + PARAMETERS + ", was '" + e.getKey() + "'");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException("the reason unverified " + e.getKey() + " must not be blank");
      }
    }
    Map<String, IndexNode> codes = new HashMap<>();
    for (IndexNode node : root.nodes()) {
      if (codes.putIfAbsent(node.code(), node) != null) {
        throw new IllegalArgumentException("node codes must be unique, " + node.code() + " repeats");
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    this.leaves = root.nodes().stream().filter(IndexNode::isLeaf).toList();
  }

  private static String requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  private static void checkYear(String field, int year) {
    if (year < 1900 || year > 2100) {
      throw new IllegalArgumentException(field + " must be within 1900..2100, was " + year);
    }
  }

  /**
   * Starts a builder.
   *
   * @param id the methodology id, e.g. {@code pci}
   * @return a new builder
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the methodology id ({@code docs/formats/methodology.md}), e.g. {@code par-index-2948}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Vietnamese name, e.g. "Chỉ số năng lực cạnh tranh cấp tỉnh".
   *
   * @return the Vietnamese name
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English name, e.g. "Provincial Competitiveness Index".
   *
   * @return the English name
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the publisher, e.g. "VCCI".
   *
   * @return the publisher
   */
  public String publisher() {
    return publisher;
  }

  /**
   * Returns the legal or published source of the methodology, e.g. "Decision 2948/QĐ-BNV of 28 Dec 2017".
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the first year (edition) the methodology applies to.
   *
   * @return the first year, 1900..2100
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year (edition) the methodology applies to.
   *
   * @return the last year, or empty while the methodology is current
   */
  public OptionalInt lastYear() {
    return lastYear;
  }

  /**
   * Tells whether the methodology applies to an edition year.
   *
   * @param year the edition year
   * @return {@code true} when {@code firstYear ≤ year ≤ lastYear} (no upper limit while current)
   */
  public boolean appliesTo(int year) {
    return year >= firstYear && (lastYear.isEmpty() || year <= lastYear.getAsInt());
  }

  /**
   * Returns the root node, whose code is the total's indicator code (e.g. {@code PCI}).
   *
   * @return the root
   */
  public IndexNode root() {
    return root;
  }

  /**
   * Returns the missing-data policy of every aggregation.
   *
   * @return the policy (default {@link MissingDataPolicy#fail()})
   */
  public MissingDataPolicy missingData() {
    return missingData;
  }

  /**
   * Returns how tied totals share ranks.
   *
   * @return the ranking method (default {@link RankingMethod#COMPETITION})
   */
  public RankingMethod rankingMethod() {
    return rankingMethod;
  }

  /**
   * Returns how ranked units are grouped in the publication.
   *
   * @return the grouping, if the methodology publishes one
   */
  public Optional<RankGrouping> grouping() {
    return grouping;
  }

  /**
   * Returns the index-level parameters that the sources do not confirm, each with the reason.
   *
   * @return parameter name (one of {@link #PARAMETERS}) → reason
   */
  public Map<String, String> unverified() {
    return unverified;
  }

  /**
   * Returns the leaves, depth first in published order: the indicator columns the calculator reads.
   *
   * @return the leaves
   */
  public List<IndexNode> leaves() {
    return leaves;
  }

  /**
   * Returns the node with a code.
   *
   * @param code the node's code
   * @return the node, or empty when no node has the code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<IndexNode> node(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Compares every field of the definition, so that a methodology read from a file equals the same one
   * built in code.
   *
   * @param other the object to compare with
   * @return {@code true} when {@code other} is an equal methodology
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompositeIndex)) {
      return false;
    }
    CompositeIndex that = (CompositeIndex) other;
    return id.equals(that.id)
        && nameVi.equals(that.nameVi)
        && nameEn.equals(that.nameEn)
        && publisher.equals(that.publisher)
        && source.equals(that.source)
        && firstYear == that.firstYear
        && lastYear.equals(that.lastYear)
        && root.equals(that.root)
        && missingData.equals(that.missingData)
        && rankingMethod == that.rankingMethod
        && grouping.equals(that.grouping)
        && unverified.equals(that.unverified);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, nameVi, nameEn, publisher, source, firstYear, lastYear, root, missingData, rankingMethod, grouping,
        unverified);
  }

  @Override
  public String toString() {
    return id + " (" + nameEn + ", " + firstYear + "–" + (lastYear.isPresent() ? lastYear.getAsInt() : "") + ")";
  }

  /** Builds a {@link CompositeIndex}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String nameVi;
    private String nameEn;
    private String publisher;
    private String source;
    private Integer firstYear;
    private Integer lastYear;
    private IndexNode root;
    private MissingDataPolicy missingData = MissingDataPolicy.fail();
    private RankingMethod rankingMethod = RankingMethod.COMPETITION;
    private RankGrouping grouping;
    private final Map<String, String> unverified = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the names.
     *
     * @param vietnamese the Vietnamese name
     * @param english the English name
     * @return this builder
     */
    public Builder names(String vietnamese, String english) {
      this.nameVi = vietnamese;
      this.nameEn = english;
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param publisher the publisher, e.g. "Ministry of Home Affairs (Bộ Nội vụ)"
     * @return this builder
     */
    public Builder publisher(String publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * Sets the legal or published source.
     *
     * @param source the source, e.g. "Decision 2948/QĐ-BNV of 28 Dec 2017"
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the years the methodology applies to, both inclusive.
     *
     * @param first the first edition year
     * @param last the last edition year
     * @return this builder
     */
    public Builder years(int first, int last) {
      this.firstYear = first;
      this.lastYear = last;
      return this;
    }

    /**
     * Sets the first year of a methodology still in force.
     *
     * @param first the first edition year
     * @return this builder
     */
    public Builder yearsFrom(int first) {
      this.firstYear = first;
      this.lastYear = null;
      return this;
    }

    /**
     * Sets the root node.
     *
     * @param root the root
     * @return this builder
     */
    public Builder root(IndexNode root) {
      this.root = root;
      return this;
    }

    /**
     * Sets the missing-data policy.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder missingData(MissingDataPolicy policy) {
      this.missingData = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how tied totals share ranks.
     *
     * @param method the ranking method
     * @return this builder
     * @throws NullPointerException if {@code method} is null
     */
    public Builder rankingMethod(RankingMethod method) {
      this.rankingMethod = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the published grouping of ranked units.
     *
     * @param grouping the grouping
     * @return this builder
     * @throws NullPointerException if {@code grouping} is null
     */
    public Builder grouping(RankGrouping grouping) {
      this.grouping = Objects.requireNonNull(grouping, "grouping");
      return this;
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
      unverified.put(Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(reason, "reason"));
      return this;
    }

    /**
     * Builds the methodology.
     *
     * @return the methodology
     * @throws NullPointerException if the names, publisher, source, first year or root are missing
     * @throws IllegalArgumentException if the id is malformed, a text is blank, the years are outside
     *     1900..2100 or reversed, the root is a leaf, node codes repeat or an unverified parameter is unknown
     */
    public CompositeIndex build() {
      return new CompositeIndex(this);
    }
  }

  /** Replaces the methodology by its serial form, whose absent parts are nulls (Optional is not serializable). */
  private Object writeReplace() {
    return new SerialForm(id, nameVi, nameEn, publisher, source, firstYear,
        lastYear.isPresent() ? lastYear.getAsInt() : null, root, missingData, rankingMethod, grouping.orElse(null),
        new LinkedHashMap<>(unverified));
  }

  /** The serial form of a methodology; reading it back builds it again, with its validation. */
  private record SerialForm(
      String id, String nameVi, String nameEn, String publisher, String source, int firstYear, Integer lastYear,
      IndexNode root, MissingDataPolicy missingData, RankingMethod rankingMethod, RankGrouping grouping,
      LinkedHashMap<String, String> unverified) implements Serializable {

    private Object readResolve() {
      Builder b = builder(id).names(nameVi, nameEn).publisher(publisher).source(source).root(root)
          .missingData(missingData).rankingMethod(rankingMethod);
      if (lastYear == null) {
        b.yearsFrom(firstYear);
      } else {
        b.years(firstYear, lastYear);
      }
      Optional.ofNullable(grouping).ifPresent(b::grouping);
      unverified.forEach(b::unverified);
      return b.build();
    }
  }
}
