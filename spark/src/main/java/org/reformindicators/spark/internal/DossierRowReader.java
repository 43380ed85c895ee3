package org.reformindicators.spark.internal;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.SubmissionChannel;

/**
 * Turns a row of a dossier Dataset into a core {@link DossierRecord}, by column positions fixed on the driver.
 * Not part of the API. Immutable and thread-safe.
 */
public final class DossierRowReader implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Serial form: the positions of the contract's columns, in the order of {@code DossierDatasets.SCHEMA}. */
  private final int[] at;

  /**
   * Creates a reader from column positions.
   *
   * @param positions the positions of the columns of {@code DossierDatasets.SCHEMA}, in its order
   */
  public DossierRowReader(int... positions) {
    this.at = positions.clone();
  }

  /**
   * Reads a row through core's builder, so core's checks of a dossier run.
   *
   * @param row the row
   * @return the record
   * @throws IllegalArgumentException if a cell breaks a rule of the dossier contract; the message names the
   *     dossier id, the column, the value and the rule
   */
  public DossierRecord read(Row row) {
    String id = row.isNullAt(at[0]) ? "null" : row.get(at[0]).toString();
    try {
      DossierRecord.Builder b = DossierRecord.builder()
          .id(text(row, 0, "id"))
          .unit(UnitCode.of(text(row, 1, "unit")))
          .level(constant(row, 2, "level", HandlingLevel.class))
          .agency(text(row, 3, "agency"))
          .procedure(text(row, 4, "procedure"))
          .received(date(row, 5, "received", true))
          .outcome(constant(row, 8, "outcome", DossierOutcome.class))
          .channel(constant(row, 9, "channel", SubmissionChannel.class))
          .onlineLevel(constant(row, 10, "online_level", OnlineServiceLevel.class))
          .feeBearing(flag(row, 11, "fee_bearing"))
          .paidOnline(flag(row, 12, "paid_online"))
          .dossierDigitised(flag(row, 13, "dossier_digitised"))
          .resultDigitised(flag(row, 14, "result_digitised"))
          .passedElectronically(flag(row, 15, "passed_electronically"))
          .returnedForSupplement(flag(row, 16, "returned_for_supplement"));
      LocalDate due = date(row, 6, "due", false);
      if (due != null) {
        b.due(due);
      }
      LocalDate completed = date(row, 7, "completed", false);
      if (completed != null) {
        b.completed(completed);
      }
      if (!row.isNullAt(at[17])) {
        b.satisfaction(row.getInt(at[17]));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("dossier row (id " + id + "): " + e.getMessage(), e);
    }
  }

  private String text(Row row, int column, String name) {
    if (row.isNullAt(at[column])) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return row.getString(at[column]);
  }

  private <E extends Enum<E>> E constant(Row row, int column, String name, Class<E> type) {
    String text = text(row, column, name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(name + " must be one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ", was '" + text + "'");
  }

  private boolean flag(Row row, int column, String name) {
    if (row.isNullAt(at[column])) {
      throw new IllegalArgumentException(name + " must be true or false, was null");
    }
    return row.getBoolean(at[column]);
  }

  private LocalDate date(Row row, int column, String name, boolean required) {
    if (row.isNullAt(at[column])) {
      if (required) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return null;
    }
    Object value = row.get(at[column]);
    // Spark gives java.sql.Date, or LocalDate when spark.sql.datetime.java8API.enabled is set
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
