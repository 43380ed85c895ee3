package org.reformindicators.core.composite;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reformindicators.core.composite.normalisation.Normalisation;
import org.reformindicators.core.composite.scoring.ScoringRule;
import org.reformindicators.core.internal.MethodologyLimits;
import org.reformindicators.core.internal.Validation;

/**
 * A node of a composite-index tree, such as the PCI sub-index {@code PCI_TRANSPARENCY} (weight 0.20, 0–10) or
 * the PAR INDEX area {@code PAR_ADMIN_PROCEDURES} (14.50 points).
 *
 * <p>A <em>leaf</em> is an indicator read from the data matrix by its code; it may transform its raw value
 * with a {@link Normalisation} (across units) and then a {@link ScoringRule} (per value), in that order. A
 * <em>composite</em> node has children and an {@link Aggregation}. Any node may carry a weight (used by its
 * parent's aggregation; 1 when absent), maximum points (the most the node can score: needed by a parent that
 * aggregates by {@link AggregationMethod#POINTS_SHARE} and by the breakdown of points lost), a direction and a
 * {@link Rounding} at which its score is published. A weight and maximum points are positive, at most
 * 1000000 and have at most 20 decimals, so that the exact totals can always be computed. Parameters that
 * the sources do not confirm are listed in {@link #unverified()} with the reason (none of them is stated by the
 * publisher). Immutable and thread-safe.
 */
public final class IndexNode implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The syntax of a code: upper-case ASCII letters, digits and underscores, starting with a letter. */
  public static final Pattern CODE = Validation.CODE;

  /** The parameter names that {@link #unverified()} may mention. */
  public static final Set<String> PARAMETERS =
      Set.of(
          "name", "weight", "maxPoints", "direction", "aggregation", "normalisation", "scoring", "rounding",
          "children");

  private final String code;
  private final Optional<String> nameVi;
  private final Optional<String> nameEn;
  private final Optional<BigDecimal> weight;
  private final Optional<BigDecimal> maxPoints;
  private final ScoreDirection direction;
  private final Optional<Aggregation> aggregation;
  private final Optional<Normalisation> normalisation;
  private final Optional<ScoringRule> scoring;
  private final Optional<Rounding> rounding;
  private final List<IndexNode> children;
  private final Map<String, String> unverified;

  private IndexNode(Builder b) {
    this.code = checkCode(b.code);
    this.nameVi = Optional.ofNullable(b.nameVi);
    this.nameEn = Optional.ofNullable(b.nameEn);
    this.weight = Optional.ofNullable(b.weight);
    this.direction = b.direction;
    this.aggregation = Optional.ofNullable(b.aggregation);
    this.normalisation = Optional.ofNullable(b.normalisation);
    this.scoring = Optional.ofNullable(b.scoring);
    this.rounding = Optional.ofNullable(b.rounding);
    this.children = List.copyOf(b.children);
    this.unverified = Collections.unmodifiableMap(new LinkedHashMap<>(b.unverified));
    BigDecimal max = b.maxPoints;
    if (scoring.isPresent()) {
      BigDecimal ruleMax = scoring.get().maxPoints();
      if (max == null) {
        max = ruleMax;
      } else if (max.compareTo(ruleMax) != 0) {
        throw new IllegalArgumentException(
            code
                + ": maxPoints must equal the scoring rule's maximum "
                + MethodologyLimits.describe(ruleMax)
                + ", was "
                + MethodologyLimits.describe(max));
      }
    }
    this.maxPoints = Optional.ofNullable(max);
    validate();
  }

  private static String checkCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code must match " + CODE.pattern() + " (upper-case letters, digits, underscores), was '" + code + "'");
    }
    return code;
  }

  private void validate() {
    weight.ifPresent(w -> MethodologyLimits.requireFactor(code + ": weight", w));
    maxPoints.ifPresent(m -> MethodologyLimits.requireFactor(code + ": maxPoints", m));
    if (children.isEmpty()) {
      if (aggregation.isPresent()) {
        throw new IllegalArgumentException(code + ": aggregation is only allowed on a node with children");
      }
    } else {
      if (aggregation.isEmpty()) {
        throw new IllegalArgumentException(code + ": aggregation is required on a node with children");
      }
      if (normalisation.isPresent() || scoring.isPresent()) {
        throw new IllegalArgumentException(
            code + ": normalisation and scoring are only allowed on a leaf (a node without children)");
      }
      if (aggregation.get().method() == AggregationMethod.POINTS_SHARE) {
        for (IndexNode child : children) {
          if (child.maxPoints.isEmpty()) {
            throw new IllegalArgumentException(
                code + ": every child of a POINTS_SHARE node needs maxPoints, " + child.code + " has none");
          }
        }
      }
    }
    for (String parameter : unverified.keySet()) {
      if (!PARAMETERS.contains(parameter)) {
        throw new IllegalArgumentException(
            code + ": unverified parameter must be one of " + PARAMETERS + ", was '" + parameter + "'");
      }
      if (unverified.get(parameter).isBlank()) {
        throw new IllegalArgumentException(code + ": the reason unverified " + parameter + " must not be blank");
      }
    }
  }

  /**
   * Starts a builder for a node with the given code.
   *
   * @param code the node's code, e.g. {@code PCI_ENTRY_COSTS}
   * @return a new builder
   * @throws NullPointerException if {@code code} is null
   */
  public static Builder builder(String code) {
    return new Builder(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the code, e.g. {@code PCI_TRANSPARENCY}; a leaf's code is the indicator column it reads.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the Vietnamese name, e.g. "Tính minh bạch".
   *
   * @return the Vietnamese name, if given
   */
  public Optional<String> nameVi() {
    return nameVi;
  }

  /**
   * Returns the English name, e.g. "Transparency and Access to Information".
   *
   * @return the English name, if given
   */
  public Optional<String> nameEn() {
    return nameEn;
  }

  /**
   * Returns the weight given in the definition.
   *
   * @return the weight, if given
   */
  public Optional<BigDecimal> weight() {
    return weight;
  }

  /**
   * Returns the weight the parent's aggregation uses: the given weight, or 1.
   *
   * @return the effective weight, positive
   */
  public BigDecimal effectiveWeight() {
    return weight.orElse(BigDecimal.ONE);
  }

  /**
   * Returns the most points the node can score (given, or the scoring rule's maximum).
   *
   * @return the maximum points, if known
   */
  public Optional<BigDecimal> maxPoints() {
    return maxPoints;
  }

  /**
   * Returns whether a higher value of this node is better.
   *
   * @return the direction
   */
  public ScoreDirection direction() {
    return direction;
  }

  /**
   * Returns the aggregation of a composite node.
   *
   * @return the aggregation, present exactly when the node has children
   */
  public Optional<Aggregation> aggregation() {
    return aggregation;
  }

  /**
   * Returns the normalisation of a leaf.
   *
   * @return the normalisation, if any
   */
  public Optional<Normalisation> normalisation() {
    return normalisation;
  }

  /**
   * Returns the scoring rule of a leaf.
   *
   * @return the scoring rule, if any
   */
  public Optional<ScoringRule> scoring() {
    return scoring;
  }

  /**
   * Returns the precision at which the node's score is published.
   *
   * @return the rounding, if the node's score is published rounded
   */
  public Optional<Rounding> rounding() {
    return rounding;
  }

  /**
   * Returns the children, in published order.
   *
   * @return the children, empty for a leaf
   */
  public List<IndexNode> children() {
    return children;
  }

  /**
   * Tells whether the node is a leaf (reads an indicator from the data).
   *
   * @return {@code true} when the node has no children
   */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /**
   * Returns the parameters of this node that the sources do not confirm, each with the reason.
   *
   * @return parameter name (one of {@link #PARAMETERS}) → reason
   */
  public Map<String, String> unverified() {
    return unverified;
  }

  /**
   * Returns this node and its descendants, depth first, parents before children, in published order.
   *
   * @return the nodes of the subtree
   */
  public List<IndexNode> nodes() {
    List<IndexNode> out = new ArrayList<>();
    collect(this, out);
    return List.copyOf(out);
  }

  private static void collect(IndexNode node, List<IndexNode> out) {
    out.add(node);
    for (IndexNode child : node.children) {
      collect(child, out);
    }
  }

  /**
   * Compares every field, children included, so that a definition read from a file equals the same
   * definition built in code. Decimals compare with {@link BigDecimal#equals}, so {@code 0.05} and {@code
   * 0.050} differ, as their published precision does.
   *
   * @param other the object to compare with
   * @return {@code true} when {@code other} is an equal node
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof IndexNode)) {
      return false;
    }
    IndexNode that = (IndexNode) other;
    return code.equals(that.code)
        && nameVi.equals(that.nameVi)
        && nameEn.equals(that.nameEn)
        && weight.equals(that.weight)
        && maxPoints.equals(that.maxPoints)
        && direction == that.direction
        && aggregation.equals(that.aggregation)
        && normalisation.equals(that.normalisation)
        && scoring.equals(that.scoring)
        && rounding.equals(that.rounding)
        && unverified.equals(that.unverified)
        && children.equals(that.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code, nameVi, nameEn, weight, maxPoints, direction, aggregation, normalisation, scoring, rounding,
        unverified, children);
  }

  @Override
  public String toString() {
    return isLeaf() ? code : code + children.stream().map(IndexNode::code).toList();
  }

  /** Builds an {@link IndexNode}; not thread-safe. */
  public static final class Builder {
    private final String code;
    private String nameVi;
    private String nameEn;
    private BigDecimal weight;
    private BigDecimal maxPoints;
    private ScoreDirection direction = ScoreDirection.HIGHER_IS_BETTER;
    private Aggregation aggregation;
    private Normalisation normalisation;
    private ScoringRule scoring;
    private Rounding rounding;
    private final List<IndexNode> children = new ArrayList<>();
    private final Map<String, String> unverified = new LinkedHashMap<>();

    private Builder(String code) {
      this.code = code;
    }

    /**
     * Sets the names.
     *
     * @param vietnamese the Vietnamese name
     * @param english the English name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder names(String vietnamese, String english) {
      this.nameVi = Objects.requireNonNull(vietnamese, "vietnamese");
      this.nameEn = Objects.requireNonNull(english, "english");
      return this;
    }

    /**
     * Sets the weight from a decimal string, e.g. {@code "0.20"}.
     *
     * @param weight the weight
     * @return this builder
     * @throws NumberFormatException if {@code weight} is not a decimal number
     */
    public Builder weight(String weight) {
      return weight(new BigDecimal(weight));
    }

    /**
     * Sets the weight.
     *
     * @param weight the positive weight
     * @return this builder
     * @throws NullPointerException if {@code weight} is null
     */
    public Builder weight(BigDecimal weight) {
      this.weight = Objects.requireNonNull(weight, "weight");
      return this;
    }

    /**
     * Sets the maximum points from a decimal string, e.g. {@code "14.50"}.
     *
     * @param maxPoints the maximum points
     * @return this builder
     * @throws NumberFormatException if {@code maxPoints} is not a decimal number
     */
    public Builder maxPoints(String maxPoints) {
      return maxPoints(new BigDecimal(maxPoints));
    }

    /**
     * Sets the maximum points.
     *
     * @param maxPoints the positive maximum points
     * @return this builder
     * @throws NullPointerException if {@code maxPoints} is null
     */
    public Builder maxPoints(BigDecimal maxPoints) {
      this.maxPoints = Objects.requireNonNull(maxPoints, "maxPoints");
      return this;
    }

    /**
     * Sets the direction (default {@link ScoreDirection#HIGHER_IS_BETTER}).
     *
     * @param direction the direction
     * @return this builder
     * @throws NullPointerException if {@code direction} is null
     */
    public Builder direction(ScoreDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets the aggregation of a composite node.
     *
     * @param aggregation the aggregation
     * @return this builder
     * @throws NullPointerException if {@code aggregation} is null
     */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
      return this;
    }

    /**
     * Sets the normalisation of a leaf.
     *
     * @param normalisation the normalisation
     * @return this builder
     * @throws NullPointerException if {@code normalisation} is null
     */
    public Builder normalisation(Normalisation normalisation) {
      this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
      return this;
    }

    /**
     * Sets the scoring rule of a leaf; its maximum becomes the node's maximum points unless they are set.
     *
     * @param scoring the scoring rule
     * @return this builder
     * @throws NullPointerException if {@code scoring} is null
     */
    public Builder scoring(ScoringRule scoring) {
      this.scoring = Objects.requireNonNull(scoring, "scoring");
      return this;
    }

    /**
     * Sets the published precision.
     *
     * @param rounding the rounding
     * @return this builder
     * @throws NullPointerException if {@code rounding} is null
     */
    public Builder rounding(Rounding rounding) {
      this.rounding = Objects.requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * Appends a child.
     *
     * @param child the child node
     * @return this builder
     * @throws NullPointerException if {@code child} is null
     */
    public Builder child(IndexNode child) {
      children.add(Objects.requireNonNull(child, "child"));
      return this;
    }

    /**
     * Appends children.
     *
     * @param nodes the child nodes, in published order
     * @return this builder
     * @throws NullPointerException if {@code nodes} or a node is null
     */
    public Builder children(List<IndexNode> nodes) {
      Objects.requireNonNull(nodes, "nodes").forEach(this::child);
      return this;
    }

    /**
     * Marks a parameter as unverified, with the reason.
     *
     * @param parameter one of {@link IndexNode#PARAMETERS}, e.g. {@code "weight"}
     * @param reason why it is unverified, e.g. "Whether the weights changed from 2021 is unverified"
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder unverified(String parameter, String reason) {
      unverified.put(Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(reason, "reason"));
      return this;
    }

    /**
     * Builds the node.
     *
     * @return the node
     * @throws IllegalArgumentException if the code is malformed, a weight or maximum is not positive, exceeds
     *     1000000 or has more than 20 decimals ({@code docs/formats/methodology.md}), a leaf
     *     has an aggregation or a composite node lacks one, a composite node has a normalisation or scoring
     *     rule, a POINTS_SHARE child lacks maximum points, maximum points disagree with the scoring rule, or
     *     an unverified parameter is unknown
     */
    public IndexNode build() {
      return new IndexNode(this);
    }
  }

  /** Replaces the node by its serial form, whose absent parts are nulls (Optional is not serializable). */
  private Object writeReplace() {
    return new SerialForm(code, nameVi.orElse(null), nameEn.orElse(null), weight.orElse(null), maxPoints.orElse(null),
        direction, aggregation.orElse(null), normalisation.orElse(null), scoring.orElse(null), rounding.orElse(null),
        children, new LinkedHashMap<>(unverified));
  }

  /** The serial form of a node; reading it back builds the node again, with its validation. */
  private record SerialForm(
      String code, String nameVi, String nameEn, BigDecimal weight, BigDecimal maxPoints, ScoreDirection direction,
      Aggregation aggregation, Normalisation normalisation, ScoringRule scoring, Rounding rounding,
      List<IndexNode> children, LinkedHashMap<String, String> unverified) implements Serializable {

    private Object readResolve() {
      Builder b = builder(code).direction(direction).children(children);
      if (nameVi != null && nameEn != null) {
        b.names(nameVi, nameEn);
      }
      Optional.ofNullable(weight).ifPresent(b::weight);
      Optional.ofNullable(maxPoints).ifPresent(b::maxPoints);
      Optional.ofNullable(aggregation).ifPresent(b::aggregation);
      Optional.ofNullable(normalisation).ifPresent(b::normalisation);
      Optional.ofNullable(scoring).ifPresent(b::scoring);
      Optional.ofNullable(rounding).ifPresent(b::rounding);
      unverified.forEach(b::unverified);
      return b.build();
    }
  }
}
