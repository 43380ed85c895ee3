package org.reformindicators.core.composite.ranking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reformindicators.core.internal.MethodologyLimits;

/**
 * Fixed score bands, best first, such as {@link #PAR_INDEX}: A for 90 or more, B for 80 to under 90, C for
 * 70 to under 80, "below C" under 70.
 *
 * <p>A score belongs to the first band whose {@code lowerInclusive} it reaches; the upper bound of a band is
 * the lower bound of the band before it, exclusive. A score below the last band gets {@code belowLabel}
 * (Ministry of Home Affairs, PAR INDEX reports: no group is published below 70 %, so this library reports "below C"). Bands depend on the
 * score only, not on the other units. Immutable and thread-safe.
 *
 * @param bands the bands, at least one, with strictly decreasing lower bounds
 * @param belowLabel the label of a score below every band
 */
public record BandScheme(List<Band> bands, String belowLabel) implements RankGrouping {

  /** The PAR INDEX groups (Ministry of Home Affairs, PAR INDEX reports): A ≥ 90 %, B 80–&lt;90 %, C 70–&lt;80 %, below C. */
  public static final BandScheme PAR_INDEX =
      new BandScheme(
          List.of(Band.of("A", "90"), Band.of("B", "80"), Band.of("C", "70")), "below C");

  /**
   * One band: its label and the least score it contains.
   *
   * @param label the label, not blank
   * @param lowerInclusive the least score in the band
   */
  public record Band(String label, BigDecimal lowerInclusive) implements Serializable {

    /**
     * Validates the band.
     *
     * @param label the label
     * @param lowerInclusive the least score in the band
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code label} is blank, or {@code lowerInclusive} lies beyond
     *     ±1000000000 or has more than 20 decimals
     */
    public Band {
      Objects.requireNonNull(label, "label");
      MethodologyLimits.requireBounded("lowerInclusive", lowerInclusive);
      if (label.isBlank()) {
        throw new IllegalArgumentException("label must not be blank");
      }
    }

    /**
     * Creates a band from a decimal string, e.g. {@code Band.of("A", "90")}.
     *
     * @param label the label
     * @param lowerInclusive the least score, a decimal string
     * @return the band
     * @throws NumberFormatException if {@code lowerInclusive} is not a decimal number
     * @throws IllegalArgumentException if {@code label} is blank
     */
    public static Band of(String label, String lowerInclusive) {
      return new Band(label, new BigDecimal(lowerInclusive));
    }
  }

  /**
   * Validates the scheme.
   *
   * @param bands the bands, best first
   * @param belowLabel the label below every band
   * @throws NullPointerException if an argument or a band is null
   * @throws IllegalArgumentException if there is no band, lower bounds do not strictly decrease, or labels
   *     repeat or are blank
   */
  public BandScheme {
    bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
    Objects.requireNonNull(belowLabel, "belowLabel");
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("bands must not be empty");
    }
    if (belowLabel.isBlank()) {
      throw new IllegalArgumentException("belowLabel must not be blank");
    }
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (i > 0 && band.lowerInclusive().compareTo(bands.get(i - 1).lowerInclusive()) >= 0) {
        throw new IllegalArgumentException(
            "bands["
                + i
                + "].lowerInclusive must be less than "
                + bands.get(i - 1).lowerInclusive().toPlainString()
                + ", was "
                + band.lowerInclusive().toPlainString());
      }
      if (seen.contains(band.label()) || band.label().equals(belowLabel)) {
        throw new IllegalArgumentException("band labels must be distinct, '" + band.label() + "' repeats");
      }
      seen.add(band.label());
    }
  }

  /**
   * Returns the band label of one score, e.g. {@code 86.45 → "B"} with {@link #PAR_INDEX}.
   *
   * @param score the score at published precision
   * @return the label of the first band the score reaches, or {@link #belowLabel()}
   * @throws NullPointerException if {@code score} is null
   */
  public String labelOf(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    for (Band band : bands) {
      if (score.compareTo(band.lowerInclusive()) >= 0) {
        return band.label();
      }
    }
    return belowLabel;
  }

  @Override
  public List<String> labels(List<BigDecimal> scores) {
    List<String> out = new ArrayList<>(scores.size());
    for (BigDecimal score : scores) {
      out.add(labelOf(score));
    }
    return List.copyOf(out);
  }
}
