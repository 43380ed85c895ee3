package org.reformindicators.core.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the small CSV format of the bundled unit lists, such as {@code vietnam-units.csv}; core has no CSV library,
 * and this format is internal to the bundled data (the observation CSV contract lives in the {@code io} module).
 *
 * <p>Header, exactly: {@code code,name_vi,name_en,level,category,parent,valid_from,valid_until,predecessors,
 * successors,source}. Fields may be quoted with {@code "} (a doubled quote inside a quoted field is one quote);
 * multiple codes in {@code predecessors} and {@code successors} are separated by {@code ;}; dates are ISO
 * ({@code 2025-06-30}); empty means absent. Lines starting with {@code #} and blank lines are skipped. Every bad
 * record is reported with its line number; none is dropped.
 */
final class UnitCsv {

  static final List<String> HEADER =
      List.of(
          "code", "name_vi", "name_en", "level", "category", "parent", "valid_from", "valid_until", "predecessors",
          "successors", "source");

  private UnitCsv() {}

  /**
   * Reads every unit of a CSV text.
   *
   * @param reader the text, closed by the caller
   * @param name the name of the input, used in messages
   * @return the units in file order
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the header or any record is invalid; the message lists every bad line
   */
  static List<AdministrativeUnit> read(Reader reader, String name) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<AdministrativeUnit> units = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        List<String> fields = split(line);
        if (!headerSeen) {
          if (!fields.equals(HEADER)) {
            throw new IllegalArgumentException("header must be " + String.join(",", HEADER) + ", was " + line);
          }
          headerSeen = true;
        } else {
          units.add(record(fields));
        }
      } catch (IllegalArgumentException e) {
        problems.add(name + " line " + lineNumber + ": " + e.getMessage());
      }
    }
    if (!headerSeen && problems.isEmpty()) {
      problems.add(name + ": no header row");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return units;
  }

  private static AdministrativeUnit record(List<String> fields) {
    if (fields.size() != HEADER.size()) {
      throw new IllegalArgumentException("expected " + HEADER.size() + " fields, was " + fields.size());
    }
    AdministrativeUnit.Builder builder =
        AdministrativeUnit.builder()
            .code(unitCode("code", fields.get(0)))
            .nameVi(fields.get(1))
            .level(level(fields.get(3)));
    optional(fields.get(2)).forEach(builder::nameEn);
    optional(fields.get(4)).forEach(builder::category);
    optional(fields.get(5)).forEach(c -> builder.parentCode(unitCode("parent", c)));
    optional(fields.get(6)).forEach(d -> builder.validFrom(date("valid_from", d)));
    optional(fields.get(7)).forEach(d -> builder.validUntil(date("valid_until", d)));
    codes(fields.get(8)).forEach(c -> builder.addPredecessorCodes(unitCode("predecessors", c)));
    codes(fields.get(9)).forEach(c -> builder.addSuccessorCodes(unitCode("successors", c)));
    optional(fields.get(10)).forEach(builder::source);
    return builder.build();
  }

  private static AdministrativeLevel level(String text) {
    try {
      return AdministrativeLevel.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "level must be one of " + Arrays.toString(AdministrativeLevel.values()) + ", was '" + text + "'", e);
    }
  }

  private static UnitCode unitCode(String field, String text) {
    try {
      return UnitCode.of(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " must be an ISO date such as 2025-06-30, was '" + text + "' (error at index "
              + e.getErrorIndex() + ")",
          e);
    }
  }

  private static List<String> optional(String text) {
    return text.isEmpty() ? List.of() : List.of(text);
  }

  private static List<String> codes(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(";", -1));
  }

  /** Splits one line into fields, honouring RFC 4180 quotes within the line. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int openedAt = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        openedAt = i + 1;
      } else if (wasQuoted) {
        throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field opened at column " + openedAt);
    }
    fields.add(field.toString());
    return fields;
  }
}
