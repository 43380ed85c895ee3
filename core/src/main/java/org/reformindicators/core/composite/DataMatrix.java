package org.reformindicators.core.composite;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
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
 * {@code double} reads as an infinity (or 0) in {@link #column(ComponentCode)}; {@link CompositeCalculator} refuses every
 * value outside its supported magnitudes before using the matrix. Build one row by row with {@link
 * #builder(List)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DataMatrix implements Serializable {

  private static final long serialVersionUID = 1L;

  /** For the generated implementation; build matrices with {@link #builder(List)}. */
  DataMatrix() {}

  /**
   * Starts a builder for the given columns.
   *
   * @param codes the component codes, distinct, e.g. {@code PCI_ENTRY_COSTS}
   * @return a new builder
   * @throws NullPointerException if {@code codes} or a code is null
   * @throws IllegalArgumentException if there is no code or a code repeats
   */
  public static Builder builder(List<ComponentCode> codes) {
    List<ComponentCode> copy = List.copyOf(Objects.requireNonNull(codes, "codes"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("codes must not be empty");
    }
    index(copy, "codes");
    return new Builder(copy);
  }

  /**
   * Returns the units' codes, in row order.
   *
   * @return the units
   */
  public abstract List<UnitCode> units();

  /**
   * Returns the column codes, in column order.
   *
   * @return the codes
   */
  public abstract List<ComponentCode> codes();

  /**
   * Returns the exact values row by row (unit by unit, each in column order), {@code null} where a value is
   * missing.
   *
   * @return a copy of the {@code units().size() × codes().size()} cells
   */
  public abstract BigDecimal[] cells();

  /** The cells, copied once. */
  @Value.Lazy
  BigDecimal[] exact() {
    return cells();
  }

  @Value.Lazy
  Map<UnitCode, Integer> unitIndex() {
    return index(units(), "units");
  }

  @Value.Lazy
  Map<ComponentCode, Integer> codeIndex() {
    return index(codes(), "codes");
  }

  /** The cells as {@code double}, NaN where missing, for the Monte Carlo loop. */
  @Value.Lazy
  double[] values() {
    BigDecimal[] exact = exact();
    double[] values = new double[exact.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = exact[i] == null ? Double.NaN : exact[i].doubleValue();
    }
    return values;
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
   * Checks the shape of the matrix.
   *
   * @throws IllegalArgumentException if there is no column or no row, a unit or a code repeats, or the number
   *     of cells is not that of units × codes
   */
  @Value.Check
  protected void check() {
    if (codes().isEmpty()) {
      throw new IllegalArgumentException("codes must not be empty");
    }
    if (units().isEmpty()) {
      throw new IllegalArgumentException("a data matrix needs at least one unit row");
    }
    index(codes(), "codes");
    index(units(), "units");
    if (exact().length != units().size() * codes().size()) {
      throw new IllegalArgumentException(
          "cells must number units × codes = " + units().size() * codes().size() + ", was " + exact().length);
    }
  }

  /**
   * Returns the exact value of a cell.
   *
   * @param unit the unit's code
   * @param code the column's code
   * @return the value, or empty when it is missing
   * @throws IllegalArgumentException if the unit or the code is not in the matrix
   */
  public Optional<BigDecimal> value(UnitCode unit, ComponentCode code) {
    return Optional.ofNullable(exact()[unitIndexOf(unit) * codes().size() + codeIndexOf(code)]);
  }

  /**
   * Returns one column's exact values for every unit, {@code null} where missing.
   *
   * @param code the column's code
   * @return a new array in unit order
   * @throws IllegalArgumentException if the code is not in the matrix
   */
  public BigDecimal[] exactColumn(ComponentCode code) {
    int c = codeIndexOf(code);
    int width = codes().size();
    BigDecimal[] exact = exact();
    BigDecimal[] out = new BigDecimal[units().size()];
    for (int u = 0; u < out.length; u++) {
      out[u] = exact[u * width + c];
    }
    return out;
  }

  /**
   * Returns one column's values for every unit as {@code double}, NaN where missing.
   *
   * @param code the column's code
   * @return a new array in unit order
   * @throws IllegalArgumentException if the code is not in the matrix
   */
  public double[] column(ComponentCode code) {
    int c = codeIndexOf(code);
    int width = codes().size();
    double[] values = values();
    double[] out = new double[units().size()];
    for (int u = 0; u < out.length; u++) {
      out[u] = values[u * width + c];
    }
    return out;
  }

  /**
   * Tells whether the matrix has a column.
   *
   * @param code the column's code
   * @return {@code true} when the code is a column
   */
  public boolean hasColumn(ComponentCode code) {
    return codeIndex().containsKey(code);
  }

  private int unitIndexOf(UnitCode unit) {
    Integer u = unitIndex().get(Objects.requireNonNull(unit, "unit"));
    if (u == null) {
      throw new IllegalArgumentException("unit must be a row of the matrix, was '" + unit + "'");
    }
    return u;
  }

  private int codeIndexOf(ComponentCode code) {
    Integer c = codeIndex().get(Objects.requireNonNull(code, "code"));
    if (c == null) {
      throw new IllegalArgumentException(
          "code must be a column of the matrix " + codes() + ", was '" + code + "'");
    }
    return c;
  }

  /**
   * Returns the shape, such as {@code DataMatrix[63 units × 10 indicators]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "DataMatrix[" + units().size() + " units × " + codes().size() + " indicators]";
  }

  /**
   * Builds a {@link DataMatrix} row by row, from exact, decimal-string or {@code double} values. Hand-written
   * rather than generated: it is an accumulator that checks each row's width against the columns as it goes and
   * hands the finished cells to the generated implementation, not a bag of attributes
   * ({@code docs/architecture.md}). Not thread-safe.
   */
  @SuppressWarnings("immutables:incompat") // not the generated builder's extension, on purpose
  public static final class Builder {

    private final List<ComponentCode> columns;
    private final List<UnitCode> units = new ArrayList<>();
    private final List<BigDecimal> cells = new ArrayList<>();

    private Builder(List<ComponentCode> columns) {
      this.columns = columns;
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
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(
            "row of " + unit + " must have " + columns.size() + " values, was " + row.length);
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
              "value of " + unit + " for " + (i < columns.size() ? columns.get(i) : "#" + i)
                  + " must be finite, was " + row[i]);
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
      return ImmutableDataMatrix.builder()
          .codes(columns)
          .units(units)
          .cells(cells.toArray(new BigDecimal[0]))
          .build();
    }
  }
}
