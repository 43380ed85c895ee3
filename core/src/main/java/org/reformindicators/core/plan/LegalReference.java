package org.reformindicators.core.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.reformindicators.core.target.BilingualText;

/**
 * A legal document by number, date and issuer, such as {@code 1256/QĐ-UBND} of 2021-12-22 issued by the People's
 * Committee of Quảng Ngãi province (Ủy ban nhân dân tỉnh Quảng Ngãi).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param number the document number (số hiệu) as printed, such as {@code 93/NQ-HĐND}
 * @param date the date of issue
 * @param issuer the issuing body, in Vietnamese and English
 */
public record LegalReference(String number, LocalDate date, BilingualText issuer) implements Serializable {

  /**
   * Validates the reference.
   *
   * @param number the document number
   * @param date the date of issue
   * @param issuer the issuer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is blank
   */
  public LegalReference {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(issuer, "issuer");
    if (number.isBlank()) {
      throw new IllegalArgumentException("legal reference number must not be blank, was '" + number + "'");
    }
  }

  /**
   * Returns a legal reference.
   *
   * @param number the document number
   * @param date the date of issue
   * @param issuer the issuer
   * @return the reference
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is blank
   */
  public static LegalReference of(String number, LocalDate date, BilingualText issuer) {
    return new LegalReference(number, date, issuer);
  }

  /**
   * Returns the canonical text, such as {@code 1256/QĐ-UBND of 2021-12-22}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return number + " of " + date;
  }
}
