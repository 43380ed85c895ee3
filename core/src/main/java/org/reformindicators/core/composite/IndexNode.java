package org.reformindicators.core.composite;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
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
 * publisher). Build one with {@link #builder(ComponentCode)}; the rules are checked when it is built.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndexNode implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The syntax of a code: upper-case ASCII letters, digits and underscores, starting with a letter. */
  public static final Pattern CODE = Validation.CODE;

  /** The parameter names that {@link #unverified()} may mention. */
  public static final Set<String> PARAMETERS =
      Set.of(
          "name", "weight", "maxPoints", "direction", "aggregation", "normalisation", "scoring", "rounding",
          "children");

  /** For the generated implementation; build nodes with {@link #builder(ComponentCode)}. */
  IndexNode() {}

  /**
   * Starts a builder for a node with the given code.
   *
   * @param code the node's code, e.g. {@code PCI_ENTRY_COSTS}
   * @return a new builder
   * @throws NullPointerException if {@code code} is null
   */
  public static Builder builder(ComponentCode code) {
    return new Builder().code(code);
  }

  /**
   * Returns the code, e.g. {@code PCI_TRANSPARENCY}; a leaf's code is the data column it reads.
   *
   * @return the code
   */
  public abstract ComponentCode code();

  /**
   * Returns the Vietnamese name, e.g. "Tính minh bạch".
   *
   * @return the Vietnamese name, if given
   */
  public abstract Optional<String> nameVi();

  /**
   * Returns the English name, e.g. "Transparency and Access to Information".
   *
   * @return the English name, if given
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the weight given in the definition.
   *
   * @return the weight, if given
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * Returns the weight the parent's aggregation uses: the given weight, or 1.
   *
   * @return the effective weight, positive
   */
  public BigDecimal effectiveWeight() {
    return weight().orElse(BigDecimal.ONE);
  }

  /**
   * Returns the most points the node can score (given, or the scoring rule's maximum).
   *
   * @return the maximum points, if known
   */
  @Value.Default
  public Optional<BigDecimal> maxPoints() {
    return scoring().map(ScoringRule::maxPoints);
  }

  /**
   * Returns whether a higher value of this node is better.
   *
   * @return the direction, {@link ScoreDirection#HIGHER_IS_BETTER} unless given
   */
  @Value.Default
  public ScoreDirection direction() {
    return ScoreDirection.HIGHER_IS_BETTER;
  }

  /**
   * Returns the aggregation of a composite node.
   *
   * @return the aggregation, present exactly when the node has children
   */
  public abstract Optional<Aggregation> aggregation();

  /**
   * Returns the normalisation of a leaf.
   *
   * @return the normalisation, if any
   */
  public abstract Optional<Normalisation> normalisation();

  /**
   * Returns the scoring rule of a leaf.
   *
   * @return the scoring rule, if any
   */
  public abstract Optional<ScoringRule> scoring();

  /**
   * Returns the precision at which the node's score is published.
   *
   * @return the rounding, if the node's score is published rounded
   */
  public abstract Optional<Rounding> rounding();

  /**
   * Returns the children, in published order.
   *
   * @return the children, empty for a leaf
   */
  public abstract List<IndexNode> children();

  /**
   * Tells whether the node is a leaf (reads an indicator from the data).
   *
   * @return {@code true} when the node has no children
   */
  public boolean isLeaf() {
    return children().isEmpty();
  }

  /**
   * Returns the parameters of this node that the sources do not confirm, each with the reason.
   *
   * @return parameter name (one of {@link #PARAMETERS}) → reason, in the order given
   */
  public abstract Map<String, String> unverified();

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
    for (IndexNode child : node.children()) {
      collect(child, out);
    }
  }

  /**
   * Checks the node: its weight and maximum points, the maximum points against the scoring rule's, that an
   * aggregation comes with children and a normalisation or scoring rule without, and the unverified parameters.
   *
   * @throws IllegalArgumentException if a weight or maximum is not positive, exceeds 1000000 or has more than 20
   *     decimals ({@code docs/formats/methodology.md}), a leaf has an aggregation or a composite node lacks one, a
   *     composite node has a normalisation or scoring rule, a POINTS_SHARE child lacks maximum points, maximum
   *     points disagree with the scoring rule, or an unverified parameter is unknown or its reason blank
   */
  @Value.Check
  protected void check() {
    ComponentCode code = code();
    if (scoring().isPresent() && maxPoints().isPresent()) {
      BigDecimal ruleMax = scoring().get().maxPoints();
      BigDecimal max = maxPoints().get();
      if (max.compareTo(ruleMax) != 0) {
        throw new IllegalArgumentException(
            code
                + ": maxPoints must equal the scoring rule's maximum "
                + MethodologyLimits.describe(ruleMax)
                + ", was "
                + MethodologyLimits.describe(max));
      }
    }
    weight().ifPresent(w -> MethodologyLimits.requireFactor(code + ": weight", w));
    maxPoints().ifPresent(m -> MethodologyLimits.requireFactor(code + ": maxPoints", m));
    if (children().isEmpty()) {
      if (aggregation().isPresent()) {
        throw new IllegalArgumentException(code + ": aggregation is only allowed on a node with children");
      }
    } else {
      if (aggregation().isEmpty()) {
        throw new IllegalArgumentException(code + ": aggregation is required on a node with children");
      }
      if (normalisation().isPresent() || scoring().isPresent()) {
        throw new IllegalArgumentException(
            code + ": normalisation and scoring are only allowed on a leaf (a node without children)");
      }
      if (aggregation().get().method() == AggregationMethod.POINTS_SHARE) {
        for (IndexNode child : children()) {
          if (child.maxPoints().isEmpty()) {
            throw new IllegalArgumentException(
                code + ": every child of a POINTS_SHARE node needs maxPoints, " + child.code() + " has none");
          }
        }
      }
    }
    for (Map.Entry<String, String> e : unverified().entrySet()) {
      if (!PARAMETERS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            code + ": unverified parameter must be one of " + PARAMETERS + ", was '" + e.getKey() + "'");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException(code + ": the reason unverified " + e.getKey() + " must not be blank");
      }
    }
  }

  /**
   * Returns the code, followed by the children's codes for a composite node, such as {@code PCI[C0, C1]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return isLeaf() ? code().toString() : code() + children().stream().map(IndexNode::code).toList().toString();
  }

  /**
   * Builds an {@link IndexNode}: the generated builder, with the shorter forms of a methodology's text. Equality
   * of built nodes compares every field, children included; decimals compare with {@link BigDecimal#equals}, so
   * {@code 0.05} and {@code 0.050} differ, as their published precision does. Not thread-safe.
   */
  public static final class Builder extends ImmutableIndexNode.Builder {

    /** Creates an empty builder; {@link IndexNode#builder(ComponentCode)} reads better. */
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
      return nameVi(Objects.requireNonNull(vietnamese, "vietnamese"))
          .nameEn(Objects.requireNonNull(english, "english"));
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
     * Appends a child.
     *
     * @param child the child node
     * @return this builder
     * @throws NullPointerException if {@code child} is null
     */
    public Builder child(IndexNode child) {
      return addChildren(child);
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
      return putUnverified(
          Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(reason, "reason"));
    }
  }
}
