package org.reformindicators.core.derivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.Procedure;
import org.reformindicators.core.record.SubmissionChannel;

/**
 * A property of a dossier that a {@link Condition} can test, such as {@link #OUTCOME} with the values {@code
 * COMPLETED}, {@code REFUSED}, {@code WITHDRAWN} and {@code IN_PROGRESS}.
 *
 * <p>Each field has a closed list of values, written in rule files as text: enum names, {@code true} and {@code
 * false}, or satisfaction ratings {@code 1} to {@code 5} and {@code NONE}. The fields {@link
 * #PROCEDURE_OFFERS_ONLINE_PAYMENT} and {@link #PROCEDURE_ONLINE_LEVEL} are looked up in the procedure list and
 * have the extra value {@code UNLISTED} for a procedure the list does not hold.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RecordField {
  /** The outcome ({@link DossierOutcome}). */
  OUTCOME("outcome", names(DossierOutcome.values())),
  /** The submission channel ({@link SubmissionChannel}). */
  CHANNEL("channel", names(SubmissionChannel.values())),
  /** The online-service level of the dossier ({@link OnlineServiceLevel}). */
  ONLINE_LEVEL("onlineLevel", names(OnlineServiceLevel.values())),
  /** The handling level ({@link HandlingLevel}). */
  LEVEL("level", names(HandlingLevel.values())),
  /** Fee-bearing. */
  FEE_BEARING("feeBearing", Booleans.VALUES),
  /** Paid online. */
  PAID_ONLINE("paidOnline", Booleans.VALUES),
  /** Dossier digitised. */
  DOSSIER_DIGITISED("dossierDigitised", Booleans.VALUES),
  /** Result digitised. */
  RESULT_DIGITISED("resultDigitised", Booleans.VALUES),
  /** Passed between agencies electronically. */
  PASSED_ELECTRONICALLY("passedElectronically", Booleans.VALUES),
  /** Returned for supplement at least once. */
  RETURNED_FOR_SUPPLEMENT("returnedForSupplement", Booleans.VALUES),
  /** Completed with a result by the due date ({@link DossierRecord#isOnTime()}). */
  ON_TIME("onTime", Booleans.VALUES),
  /** Ended after the due date ({@link DossierRecord#isLate()}). */
  LATE("late", Booleans.VALUES),
  /** The satisfaction rating, {@code NONE} when not given. */
  SATISFACTION("satisfaction", List.of("NONE", "1", "2", "3", "4", "5")),
  /** Whether the dossier's procedure offers online payment, from the procedure list. */
  PROCEDURE_OFFERS_ONLINE_PAYMENT("procedureOffersOnlinePayment", List.of("false", "true", "UNLISTED")),
  /** The online-service level of the dossier's procedure, from the procedure list. */
  PROCEDURE_ONLINE_LEVEL("procedureOnlineLevel", withUnlisted(names(OnlineServiceLevel.values())));

  private final String fieldName;
  private final List<String> values;

  RecordField(String fieldName, List<String> values) {
    this.fieldName = fieldName;
    this.values = values;
  }

  /**
   * Returns the name of the field in rule files.
   *
   * @return such as {@code passedElectronically}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * Returns the values this field can take, in the order of their codes.
   *
   * @return such as {@code [false, true]}
   */
  public List<String> allowedValues() {
    return values;
  }

  /**
   * Whether this field is looked up in the procedure list.
   *
   * @return {@code true} for the {@code procedure…} fields
   */
  public boolean needsProcedureList() {
    return this == PROCEDURE_OFFERS_ONLINE_PAYMENT || this == PROCEDURE_ONLINE_LEVEL;
  }

  /**
   * Finds a field by its name in rule files.
   *
   * @param fieldName such as {@code outcome}
   * @return the field
   * @throws NullPointerException if {@code fieldName} is null
   * @throws IllegalArgumentException if no field has that name; the message lists the names
   */
  public static RecordField fromFieldName(String fieldName) {
    Objects.requireNonNull(fieldName, "fieldName");
    for (RecordField field : values()) {
      if (field.fieldName.equals(fieldName)) {
        return field;
      }
    }
    throw new IllegalArgumentException(
        "condition field must be one of "
            + Arrays.stream(values()).map(RecordField::fieldName).toList()
            + ", was '" + fieldName + "'");
  }

  /**
   * Returns the code of a value: its index in {@link #allowedValues()}.
   *
   * @param value the value as text, such as {@code COMPLETED} or {@code true}
   * @return the code
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field has no such value; the message names the field and its values
   */
  public int codeOf(String value) {
    int code = values.indexOf(Objects.requireNonNull(value, "value"));
    if (code < 0) {
      throw new IllegalArgumentException(
          "condition on " + fieldName + ": value must be one of " + values + ", was '" + value + "'");
    }
    return code;
  }

  /**
   * Returns the code of this field's value for a dossier.
   *
   * @param record the dossier
   * @param procedure its procedure from the procedure list, or {@code null} when unlisted
   * @return the index in {@link #allowedValues()} of the dossier's value
   */
  int code(DossierRecord record, Procedure procedure) {
    return switch (this) {
      case OUTCOME -> record.outcome().ordinal();
      case CHANNEL -> record.channel().ordinal();
      case ONLINE_LEVEL -> record.onlineLevel().ordinal();
      case LEVEL -> record.level().ordinal();
      case FEE_BEARING -> bit(record.feeBearing());
      case PAID_ONLINE -> bit(record.paidOnline());
      case DOSSIER_DIGITISED -> bit(record.dossierDigitised());
      case RESULT_DIGITISED -> bit(record.resultDigitised());
      case PASSED_ELECTRONICALLY -> bit(record.passedElectronically());
      case RETURNED_FOR_SUPPLEMENT -> bit(record.returnedForSupplement());
      case ON_TIME -> bit(record.isOnTime());
      case LATE -> bit(record.isLate());
      case SATISFACTION -> record.satisfaction().isPresent() ? record.satisfaction().getAsInt() : 0;
      case PROCEDURE_OFFERS_ONLINE_PAYMENT -> procedure == null ? 2 : bit(procedure.offersOnlinePayment());
      case PROCEDURE_ONLINE_LEVEL ->
          procedure == null ? OnlineServiceLevel.values().length : procedure.onlineLevel().ordinal();
    };
  }

  private static int bit(boolean flag) {
    return flag ? 1 : 0;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static List<String> withUnlisted(List<String> names) {
    List<String> all = new ArrayList<>(names);
    all.add("UNLISTED");
    return List.copyOf(all);
  }

  /** The values of a yes/no field, {@code false} first so that the code is the bit. */
  private static final class Booleans {
    static final List<String> VALUES = List.of("false", "true");
  }
}
