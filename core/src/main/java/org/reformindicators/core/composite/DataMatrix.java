package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;

/**
 * The values of a set of indicators for a set of units (units × indicators), such as the ten PCI
 * sub-indices of 63 provinces in one year.
 *
 * <p>Each cell is kept both as an exact {@link BigDecimal} (the published decimal, used for official totals)
 * and as a {@code double} (used by the Monte Carlo loop). Build a row from decimal strings or {@code
 * BigDecimal} where exactness matters; a {@code double} is converted with {@link BigDecimal#valueOf(double)},
 * i.e. through its shortest decimal representation ({@code 8.23} stays {@code 8.23}). At this API boundary
 * NaN (or a {@code null} decimal) marks a missing value; infinities are rejected. A decimal beyond the range of a
 * {@code double} reads as an infinity (or 0) in {@link #column(String)}; {@link CompositeCalculator} refuses every
 * value outside its supported magnitudes before using the matrix. Immutable and thread-safe.
 */
public final class DataMatrix {

  private final List<UnitCode> units;
  private final List<String> codes;
  private final Map<UnitCode, Integer> unitIndex;
  private final Map<String, Integer> codeIndex;
  private final BigDecimal[] exact;
  private final double[] values;

  private DataMatrix(List<UnitCode> units, List<String> codes, BigDecimal[] exact) {
    this.units = List.copyOf(units);
    this.codes = List.copyOf(codes);
    this.unitIndex = index(this.units, "units");
    this.codeIndex = index(this.codes, "codes");
    this.exact = exact;
    this.values = new double[exact.length];
    for (int i = 0; i < exact.length; i++) {
      values[i] = exact[i] == null ? Double.NaN : exact[i].doubleValue();
    }
  }

  private static <T> Map<T, Integer> index(List<T> names, String field) {
    Map<T, Integer> map = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (map.put(names.get(i), i) != null) {
        throw new IllegalArgumentException(field + " must be distinct, '" + names.get(i) + "' repeats");
      }
    }
    return map;
  }

  /**
   * Starts a builder for the given indicator columns.
   *
   * @param codes the indicator codes, distinct, e.g. {@code PCI_ENTRY_COSTS}
   * @return a new builder
   * @throws NullPointerException if {@code codes} or a code is null
   * @throws IllegalArgumentException if there is no code or a code repeats
   */
  public static Builder builder(List<String> codes) {
    return new Builder(codes);
  }

  /**
   * Returns the units' codes, in row order.
   *
   * @return the units
   */
  public List<UnitCode> units() {
    return units;
  }

  /**
   * Returns the indicator codes, in column order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * Returns the exact value of a cell.
   *
   * @param unit the unit's code
   * @param code the indicator code
   * @return the value, or empty when it is missing
   * @throws IllegalArgumentException if the unit or the code is not in the matrix
   */
  public Optional<BigDecimal> value(UnitCode unit, String code) {
    return Optional.ofNullable(exact[unitIndexOf(unit) * codes.size() + codeIndexOf(code)]);
  }

  /**
   * Returns one indicator's exact values for every unit, {@code null} where missing.
   *
   * @param code the indicator code
   * @return a new array in unit order
   * @throws IllegalArgumentException if the code is not in the matrix
   */
  public BigDecimal[] exactColumn(String code) {
    int c = codeIndexOf(code);
    BigDecimal[] out = new BigDecimal[units.size()];
    for (int u = 0; u < out.length; u++) {
      out[u] = exact[u * codes.size() + c];
    }
    return out;
  }

  /**
   * Returns one indicator's values for every unit as {@code double}, NaN where missing.
   *
   * @param code the indicator code
   * @return a new array in unit order
   * @throws IllegalArgumentException if the code is not in the matrix
   */
  public double[] column(String code) {
    int c = codeIndexOf(code);
    double[] out = new double[units.size()];
    for (int u = 0; u < out.length; u++) {
      out[u] = values[u * codes.size() + c];
    }
    return out;
  }

  /**
   * Tells whether the matrix has a column.
   *
   * @param code the indicator code
   * @return {@code true} when the code is a column
   */
  public boolean hasColumn(String code) {
    return codeIndex.containsKey(code);
  }

  private int unitIndexOf(UnitCode unit) {
    Integer u = unitIndex.get(Objects.requireNonNull(unit, "unit"));
    if (u == null) {
      throw new IllegalArgumentException("unit must be a row of the matrix, was '" + unit + "'");
    }
    return u;
  }

  private int codeIndexOf(String code) {
    Integer c = codeIndex.get(Objects.requireNonNull(code, "code"));
    if (c == null) {
      throw new IllegalArgumentException("code must be a column of the matrix " + codes + ", was '" + code + "'");
    }
    return c;
  }

  @Override
  public String toString() {
    return "DataMatrix[" + units.size() + " units × " + codes.size() + " indicators]";
  }

  /** Builds a {@link DataMatrix} row by row; not thread-safe. */
  public static final class Builder {
    private final List<String> codes;
    private final List<UnitCode> units = new ArrayList<>();
    private final List<BigDecimal> cells = new ArrayList<>();

    private Builder(List<String> codes) {
      this.codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
      if (this.codes.isEmpty()) {
        throw new IllegalArgumentException("codes must not be empty");
      }
      index(this.codes, "codes");
    }

    /**
     * Adds a row of exact values; {@code null} marks a missing value.
     *
     * @param unit the unit's code
     * @param row one value per code, in column order
     * @return this builder
     * @throws NullPointerException if {@code unit} or {@code row} is null
     * @throws IllegalArgumentException if the row length differs from the number of codes
     */
    public Builder row(UnitCode unit, BigDecimal... row) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(row, "row");
      if (row.length != codes.size()) {
        throw new IllegalArgumentException(
            "row of " + unit + " must have " + codes.size() + " values, was " + row.length);
      }
      units.add(unit);
      cells.addAll(Arrays.asList(row));
      return this;
    }

    /**
     * Adds a row of published decimal strings, e.g. {@code "8.23"}; {@code null} marks a missing value.
     *
     * @param unit the unit's code
     * @param row one decimal string per code
     * @return this builder
     * @throws NullPointerException if {@code unit} or {@code row} is null
     * @throws NumberFormatException if a value is not a decimal number
     * @throws IllegalArgumentException if the row length differs from the number of codes
     */
    public Builder row(UnitCode unit, String... row) {
      Objects.requireNonNull(row, "row");
      BigDecimal[] parsed = new BigDecimal[row.length];
      for (int i = 0; i < row.length; i++) {
        parsed[i] = row[i] == null ? null : new BigDecimal(row[i]);
      }
      return row(unit, parsed);
    }

    /**
     * Adds a row of {@code double} values, each converted with {@link BigDecimal#valueOf(double)}; NaN marks
     * a missing value.
     *
     * @param unit the unit's code
     * @param row one value per code
     * @return this builder
     * @throws NullPointerException if {@code unit} or {@code row} is null
     * @throws IllegalArgumentException if a value is infinite or the row length differs from the number of
     *     codes
     */
    public Builder row(UnitCode unit, double... row) {
      Objects.requireNonNull(row, "row");
      BigDecimal[] converted = new BigDecimal[row.length];
      for (int i = 0; i < row.length; i++) {
        if (Double.isInfinite(row[i])) {
          throw new IllegalArgumentException(
              "value of " + unit + " for " + (i < codes.size() ? codes.get(i) : "#" + i) + " must be finite, was "
                  + row[i]);
        }
        converted[i] = Double.isNaN(row[i]) ? null : BigDecimal.valueOf(row[i]);
      }
      return row(unit, converted);
    }

    /**
     * Builds the matrix.
     *
     * @return the matrix
     * @throws IllegalArgumentException if there is no row or a unit repeats
     */
    public DataMatrix build() {
      if (units.isEmpty()) {
        throw new IllegalArgumentException("a data matrix needs at least one unit row");
      }
      return new DataMatrix(units, codes, cells.toArray(new BigDecimal[0]));
    }
  }
}
