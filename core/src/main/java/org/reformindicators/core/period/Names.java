package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;

/** Words shared by the Vietnamese and English display names; Vietnamese text is in Unicode NFC. */
final class Names {

  private static final String[] ENGLISH_MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private static final String[] ROMAN_QUARTERS = {"I", "II", "III", "IV"};

  private Names() {}

  /** Whether names for this locale are Vietnamese (language {@code vi}) rather than English. */
  static boolean vietnamese(Locale locale) {
    return "vi".equals(requireNonNull(locale, "locale").getLanguage());
  }

  static String englishMonth(int month) {
    return ENGLISH_MONTHS[month - 1];
  }

  static String romanQuarter(int quarter) {
    return ROMAN_QUARTERS[quarter - 1];
  }

  /** {@code 31/03/2025}, the day/month/year form of Vietnamese administrative documents. */
  static String vietnameseDate(LocalDate date) {
    return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
  }

  /** {@code 31 March 2025}. */
  static String englishDate(LocalDate date) {
    return date.getDayOfMonth() + " " + englishMonth(date.getMonthValue()) + " " + date.getYear();
  }

  static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
