package org.reformindicators.io.dossier;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Arrays;
import org.reformindicators.io.csv.CsvTable;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * Parses the cells of one CSV row, reporting each bad cell with its line, column, value and rule, such as "line 7,
 * column 'received': received must be a date YYYY-MM-DD, was '15/03/2024'". Mutable and not thread-safe.
 */
final class RowParser {

  private final CsvTable.Row row;
  private final ProblemCollector problems;
  private boolean bad;

  RowParser(CsvTable.Row row, ProblemCollector problems) {
    this.row = row;
    this.problems = problems;
  }

  boolean isBad() {
    return bad;
  }

  String text(String column) {
    return row.cell(column);
  }

  String required(String column) {
    String text = row.cell(column);
    if (text.isEmpty()) {
      report(column, text, column + " must not be empty");
    }
    return text;
  }

  LocalDate date(String column, boolean required) {
    String text = row.cell(column);
    if (text.isEmpty()) {
      if (required) {
        report(column, text, column + " must not be empty; it is a date YYYY-MM-DD");
      }
      return null;
    }
    LocalDate date = isoDate(text);
    if (date == null) {
      report(column, text, column + " must be a date YYYY-MM-DD, such as 2024-03-15, was '" + text + "'");
    }
    return date;
  }

  /**
   * Returns the date of a text {@code YYYY-MM-DD}, or {@code null} if it is not one (a day that does not exist,
   * such as 2023-02-29, included). Parsed by hand: {@code LocalDate.parse} was a large part of the cost of a row.
   */
  static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  boolean flag(String column) {
    String text = row.cell(column);
    if (text.equals("true")) {
      return true;
    }
    if (!text.equals("false")) {
      report(column, text, column + " must be true or false, was '" + text + "'");
    }
    return false;
  }

  <E extends Enum<E>> E constant(String column, Class<E> type) {
    String text = row.cell(column);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    report(
        column,
        text,
        column + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
            + ", was '" + text + "'");
    return null;
  }

  Integer rating(String column) {
    String text = row.cell(column);
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
      return text.charAt(0) - '0';
    }
    report(column, text, column + " must be empty or a whole number from 1 to 5, was '" + text + "'");
    return null;
  }

  void report(String column, String value, String message) {
    bad = true;
    problems.add(new Problem(new ProblemLocation.Csv(row.line(), column), column, value, message));
  }

  /** Reports a problem of the whole record, such as a rule between two cells. */
  void reportRecord(String message) {
    bad = true;
    problems.add(new Problem(new ProblemLocation.Csv(row.line(), ""), "", "", message));
  }
}
