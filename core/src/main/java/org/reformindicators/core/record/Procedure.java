package org.reformindicators.core.record;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.reformindicators.core.indicator.IndicatorCode;

/**
 * What is known of one administrative procedure, such as procedure {@code 1.001193}: offers online payment, full
 * online service.
 *
 * <p>Rules whose denominator is a set of procedures use it, such as T6b's "among procedures that offer online
 * payment" (Decision 1256/QĐ-UBND).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Procedure implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  Procedure() {}

  /**
   * Returns a builder; {@code code}, {@code offersOnlinePayment} and {@code onlineLevel} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a procedure without sector.
   *
   * @param code the procedure code
   * @param offersOnlinePayment whether it offers online payment
   * @param onlineLevel its online-service level
   * @return the procedure
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code code} is not a valid code
   */
  public static Procedure of(String code, boolean offersOnlinePayment, OnlineServiceLevel onlineLevel) {
    return builder()
        .code(code)
        .offersOnlinePayment(offersOnlinePayment)
        .onlineLevel(onlineLevel)
        .build();
  }

  /**
   * Returns the procedure code.
   *
   * @return the code, such as {@code 1.001193}
   */
  public abstract String code();

  /**
   * Whether the procedure offers online payment of its fees and charges.
   *
   * @return {@code true} if it does
   */
  public abstract boolean offersOnlinePayment();

  /**
   * Returns the online-service level at which the procedure is offered.
   *
   * @return the level
   */
  public abstract OnlineServiceLevel onlineLevel();

  /**
   * Returns the sector (lĩnh vực) the procedure belongs to, in the code syntax of breakdown values, such as {@code
   * LAND}, {@code CONSTRUCTION} or {@code INVESTMENT} (T14b of Decision 1256/QĐ-UBND).
   *
   * @return the sector, or empty
   */
  public abstract Optional<String> sector();

  /**
   * Checks the code and the sector.
   *
   * @throws IllegalArgumentException if the code or the sector is not valid; the message names the field and the value
   */
  @Value.Check
  void check() {
    if (!DossierRecord.isValidCode(code())) {
      throw new IllegalArgumentException(
          "procedure: code must be ASCII letters, digits, '.', '-' or '_', starting with a letter or digit, at most "
              + DossierRecord.MAX_CODE_LENGTH + " characters, was '" + code() + "'");
    }
    if (sector().isPresent() && !IndicatorCode.isValidSyntax(sector().get())) {
      throw new IllegalArgumentException(
          "procedure " + code() + ": sector must be upper-case ASCII letters, digits and underscores starting with a"
              + " letter, was '" + sector().get() + "'");
    }
  }

  /**
   * Builds {@link Procedure} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableProcedure.Builder {
    Builder() {}
  }
}
