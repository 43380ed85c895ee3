package org.reformindicators.core.record;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.reformindicators.core.area.UnitCode;

/**
 * One administrative-procedure dossier (hồ sơ thủ tục hành chính) as a one-stop-shop system holds it, such as
 * dossier {@code H51.22-240315-0001} of commune {@code 21025}, procedure {@code 1.001193}, received 2024-03-15, due
 * 2024-03-20, completed 2024-03-19, submitted online.
 *
 * <p>The record holds no personal data: there is no field for an applicant's name, address or identity number.
 * Agency and procedure codes are open sets of ASCII letters, digits, dots, hyphens and underscores starting with a
 * letter or digit, such as {@code 000.00.12.H48} (at most {@value #MAX_CODE_LENGTH} characters). The checks made at
 * construction:
 *
 * <ul>
 *   <li>the completion date is present exactly when the dossier has ended ({@link DossierOutcome#hasEnded()}), and
 *       is not before the received date;
 *   <li>the due date, when present, is not before the received date;
 *   <li>a dossier paid online is fee-bearing;
 *   <li>a satisfaction rating is a whole number from {@value #MIN_RATING} to {@value #MAX_RATING}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DossierRecord {

  /** Only the generated implementation extends this type. */
  DossierRecord() {}

  /** The longest agency, procedure or dossier code accepted. */
  public static final int MAX_CODE_LENGTH = 64;

  /** The lowest satisfaction rating (very dissatisfied). */
  public static final int MIN_RATING = 1;

  /** The highest satisfaction rating (very satisfied). */
  public static final int MAX_RATING = 5;

  /**
   * Returns a builder; every field is required except {@code due}, {@code completed} and {@code satisfaction}, and
   * the flags default to {@code false}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether a text is a valid agency, procedure or dossier code: ASCII letters, digits, {@code .}, {@code
   * -} and {@code _}, starting with a letter or digit, at most {@value #MAX_CODE_LENGTH} characters.
   *
   * @param text the text
   * @return {@code true} for {@code 000.00.12.H48} or {@code 1.001193}
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValidCode(CharSequence text) {
    return text.length() <= MAX_CODE_LENGTH && CodeSyntax.matches(text);
  }

  /**
   * Returns the dossier's identifier in its system.
   *
   * @return the identifier, a valid code
   */
  public abstract String id();

  /**
   * Returns the code of the administrative unit whose one-stop shop received the dossier, as of the received date.
   *
   * @return the unit code, such as {@code "51"}
   */
  public abstract UnitCode unit();

  /**
   * Returns the level whose competence the dossier falls under.
   *
   * @return the handling level
   */
  public abstract HandlingLevel level();

  /**
   * Returns the code of the agency that handles the dossier.
   *
   * @return the agency code, such as {@code 000.00.12.H48}
   */
  public abstract String agency();

  /**
   * Returns the code of the procedure, as in the National Database on Administrative Procedures.
   *
   * @return the procedure code, such as {@code 1.001193}
   */
  public abstract String procedure();

  /**
   * Returns the day the dossier was received (ngày tiếp nhận).
   *
   * @return the received date
   */
  public abstract LocalDate received();

  /**
   * Returns the day the result is due (ngày hẹn trả), when the procedure has a deadline.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * Returns the day the dossier ended: result issued, refusal issued or withdrawal accepted.
   *
   * @return the completion date, present exactly when the outcome has ended
   */
  public abstract Optional<LocalDate> completed();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract DossierOutcome outcome();

  /**
   * Returns the submission channel.
   *
   * @return the channel
   */
  public abstract SubmissionChannel channel();

  /**
   * Returns the online-service level at which the procedure was offered when the dossier was received.
   *
   * @return the level
   */
  public abstract OnlineServiceLevel onlineLevel();

  /**
   * Whether the procedure charges a fee or charge for this dossier (có nghĩa vụ tài chính).
   *
   * @return {@code true} if fee-bearing
   */
  @Value.Default
  public boolean feeBearing() {
    return false;
  }

  /**
   * Whether the fee was paid online (thanh toán trực tuyến).
   *
   * @return {@code true} if paid online
   */
  @Value.Default
  public boolean paidOnline() {
    return false;
  }

  /**
   * Whether the dossier's components were digitised (số hóa hồ sơ).
   *
   * @return {@code true} if digitised
   */
  @Value.Default
  public boolean dossierDigitised() {
    return false;
  }

  /**
   * Whether the result of handling was digitised (số hóa kết quả giải quyết).
   *
   * @return {@code true} if digitised
   */
  @Value.Default
  public boolean resultDigitised() {
    return false;
  }

  /**
   * Whether the dossier was passed between agencies electronically (luân chuyển bằng phương thức điện tử).
   *
   * @return {@code true} if passed electronically
   */
  @Value.Default
  public boolean passedElectronically() {
    return false;
  }

  /**
   * Whether the dossier was returned to the applicant for supplement at least once (yêu cầu bổ sung).
   *
   * @return {@code true} if returned for supplement
   */
  @Value.Default
  public boolean returnedForSupplement() {
    return false;
  }

  /**
   * Returns the applicant's satisfaction rating, when given: 1 very dissatisfied, 2 dissatisfied, 3 neither, 4
   * satisfied, 5 very satisfied. A system with three grades (rất hài lòng, hài lòng, không hài lòng) maps them to
   * 5, 4 and 2.
   *
   * @return the rating, or empty
   */
  public abstract OptionalInt satisfaction();

  /**
   * Whether the dossier was completed with a result by its due date; a completed dossier without a due date counts
   * as on time (a reading of this library: a procedure without a deadline cannot be late).
   *
   * @return {@code true} if completed and not after the due date
   */
  public boolean isOnTime() {
    return outcome() == DossierOutcome.COMPLETED && !isLate();
  }

  /**
   * Whether the dossier ended after its due date, whatever the outcome.
   *
   * @return {@code true} if it has a completion date after its due date
   */
  public boolean isLate() {
    return completed().isPresent() && due().isPresent() && completed().get().isAfter(due().get());
  }

  /**
   * Returns the number of calendar days from receipt to completion.
   *
   * @return the days, or empty while in progress
   */
  public OptionalInt handlingDays() {
    return completed().isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of((int) ChronoUnit.DAYS.between(received(), completed().get()));
  }

  /**
   * Checks the record on its own.
   *
   * @throws IllegalArgumentException if a code, a date, the payment flags or the rating is impossible; the message
   *     names the dossier, the field, the value and the rule
   */
  @Value.Check
  void check() {
    requireCode("id", id());
    requireCode("agency", agency());
    requireCode("procedure", procedure());
    if (outcome().hasEnded() && completed().isEmpty()) {
      throw invalid("completed", "", "is required when the outcome is " + outcome());
    }
    if (!outcome().hasEnded() && completed().isPresent()) {
      throw invalid("completed", completed().get(), "must be empty when the outcome is " + outcome());
    }
    if (completed().isPresent() && completed().get().isBefore(received())) {
      throw invalid("completed", completed().get(), "must not be before the received date " + received());
    }
    if (due().isPresent() && due().get().isBefore(received())) {
      throw invalid("due", due().get(), "must not be before the received date " + received());
    }
    if (paidOnline() && !feeBearing()) {
      throw invalid("paidOnline", true, "requires feeBearing true (only a fee-bearing dossier can be paid online)");
    }
    if (satisfaction().isPresent()
        && (satisfaction().getAsInt() < MIN_RATING || satisfaction().getAsInt() > MAX_RATING)) {
      throw invalid(
          "satisfaction", satisfaction().getAsInt(), "must be a whole number from " + MIN_RATING + " to " + MAX_RATING);
    }
  }

  private void requireCode(String field, String value) {
    if (!isValidCode(value)) {
      throw invalid(
          field,
          value,
          "must be ASCII letters, digits, '.', '-' or '_', starting with a letter or digit, at most "
              + MAX_CODE_LENGTH + " characters");
    }
  }

  private IllegalArgumentException invalid(String field, Object value, String rule) {
    String dossier = isValidCode(id()) ? id() : "?";
    return new IllegalArgumentException("dossier " + dossier + ": " + field + " " + rule + ", was '" + value + "'");
  }

  /**
   * Builds {@link DossierRecord} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableDossierRecord.Builder {
    Builder() {}
  }
}
