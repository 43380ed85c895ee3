package org.reformindicators.core.evaluation;

import java.util.List;
import java.util.Objects;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.target.BilingualText;

/**
 * What the engine tells the caller about the data of a whole evaluation, as data, such as {@code
 * UnmatchedRows[rows=4, planUnit=51, unitsSeen=[01], unitCount=1]}: the evaluation still runs and its exit status
 * does not change.
 *
 * <p>Every record is immutable and thread-safe.
 */
public sealed interface EvaluationWarning permits EvaluationWarning.UnmatchedRows {

  /** The most units {@link UnmatchedRows#unitsSeen()} lists. */
  int UNITS_LISTED = 5;

  /**
   * Returns the warning in Vietnamese and English.
   *
   * @return the text
   */
  BilingualText text();

  /**
   * Observations are present but none is of the plan's unit, so every clause that needs one is not assessable.
   *
   * @param rows how many observations there are
   * @param planUnit the plan's unit
   * @param unitsSeen the first units seen, in code order, at most {@link #UNITS_LISTED}
   * @param unitCount how many distinct units there are
   */
  record UnmatchedRows(int rows, UnitCode planUnit, List<UnitCode> unitsSeen, int unitCount)
      implements EvaluationWarning {

    /**
     * Checks the counts.
     *
     * @param rows the rows
     * @param planUnit the plan's unit
     * @param unitsSeen the units seen
     * @param unitCount the number of units
     * @throws NullPointerException if an argument is or holds null
     * @throws IllegalArgumentException if {@code rows} or {@code unitCount} is below 1, or fewer units are counted
     *     than listed
     */
    public UnmatchedRows {
      Objects.requireNonNull(planUnit, "planUnit");
      unitsSeen = List.copyOf(unitsSeen);
      if (rows < 1 || unitCount < 1 || unitCount < unitsSeen.size()) {
        throw new IllegalArgumentException(
            "unmatched rows need at least 1 row and unitCount ≥ the units listed, was rows " + rows
                + ", unitCount " + unitCount + ", " + unitsSeen.size() + " listed");
      }
    }

    @Override
    public BilingualText text() {
      String seen = String.join(", ", unitsSeen.stream().map(UnitCode::toString).toList())
          + (unitCount > unitsSeen.size() ? ", …" : "");
      return BilingualText.of(
          rows + " dòng số liệu được đọc, không dòng nào của đơn vị " + planUnit + " của kế hoạch (" + unitCount
              + " đơn vị khác: " + seen + "); mọi chỉ tiêu cần số liệu đều không đánh giá được",
          rows + (rows == 1 ? " row was" : " rows were") + " read, none of the plan's unit " + planUnit + " ("
              + unitCount + (unitCount == 1 ? " other unit: " : " other units: ") + seen
              + "); every clause that needs an observation is not assessable");
    }
  }
}
