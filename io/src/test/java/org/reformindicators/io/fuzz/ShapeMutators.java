package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mutations of {@link Mutation} that change the shape of an input: values of another type, line edits,
 * tokens of the syntax, and whole tiny inputs.
 */
final class ShapeMutators {

  private static final List<String> DOCUMENT_SCALARS =
      List.of("true", "false", "null", "~", "\"\"", "[]", "{}", "-1", "0", "-0", "2147483648", "9223372036854775808",
          "1.5", "\"2025\"", "2025-13-01", "2021/2020", "T99z", "X", "'x'", "\" \"", "\"\\t\"", "1e308", "4.9e-324",
          "\"1e309\"", "0.1", "100.0001", "101", "-5", "64", "1000000000", "\"01\"", "\"\\u0000\"", "1.0", "2",
          "\"PCI_RANK\"", "\"\u00C4\u0090\"", "[1, 2]", "{a: 1}", "\"a\\\"b\"", "''", "2025-02-29", "2025-Q5",
          "\"HIGHER_IS_BETTER\"", "\"lower-is-better\"");

  private static final List<String> CSV_CELLS =
      List.of("", "x", "-0", "0", "1e5", "\"6,29\"", "6.29%", " 6.29", "6.29 ", "+6.29", ".5", "5.", "-", "1.000.000",
          "999999999", "1000000000", "-1", "2.5", "A", "M", "Z", "x=y", "LEVEL=COMMUNE;LEVEL=DISTRICT", "2025-Q5",
          "2025Q1", "51 ", "\u00C4\u0090N", "01", "\"\"", "\"a\"\"b\"", "64", "63", "PCI_RANK", "pci", "2100", "1899");

  private static final List<String> PERIODS =
      List.of("", " ", "2025 ", " 2025", "\u00EF\u00BC\u0092\u00EF\u00BC\u0090\u00EF\u00BC\u0092\u00EF\u00BC\u0095",
          "2025\n", "\u0000", "-", "/", "2025-", "2025/", "P1Y", "2025-Q0", "2025-Q5", "2025-S3", "2025-M13",
          "2025-13", "2025-02-29", "2024-02-30", "2025-D366", "2025-D000", "2025-YTD00", "2025-YTD13", "2025-YTD03",
          "2025/2025", "2025/2024", "1899", "2101", "9999", "0000", "2025-W05", "2025W5", "2025-T1",
          "2025-01-01/P0D", "2025-01-01/P9999999Y", "2100-12-31/P1D", "2025-12-31/2025-01-01", "2025-06-14/2024-12-15",
          "2025q1", "2025-q1", "2025-A2", "2025-A", "20251", "2025123", "202513", "20250230", "2025-03-31/");

  private static final List<String> YAML_TOKENS =
      List.of("&a ", "*a", "!!binary ", "!!str ", "!!int ", "!!float ", "!!map ", "!!set ", "!!timestamp ",
          "!!python/object:x ", "!custom ", "<<: *a\n", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "? ",
          "- ", ": ", "# ", "|\n", ">\n", "{", "}", "[", "]", ",", "\"", "'", "\t", "\u0000", "\u00C2\u00A0",
          "\u00E2\u0080\u00A8", "\u00C2\u0085", "\u00EF\u00BB\u00BF", "@", "`", "%", "null", "~", "=", "<<", "\\");

  private static final List<String> JSON_TOKENS =
      List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\x41", "/*c*/", "//c\n", "#c\n", "'", "null", "true",
          "NaN", "\u0000", "\u00EF\u00BB\u00BF", "1.", ".5", "-", "+1", "0x1", "\t", "\u00C2\u00A0");

  private static final List<String> CSV_TOKENS =
      List.of(",", ";", "\"", "\"\"", "\t", "\r", "\n", "\r\n", "\"x\ny\"", "=", "%", "\u0000", "\u00EF\u00BB\u00BF",
          " ", "'", "\\", "\u00C2\u00A0");

  private static final List<String> PERIOD_TOKENS =
      List.of("-", "/", "Q", "S", "M", "D", "A", "YTD", "P", "Y", "W", "T", "0", "9", "00", "99", "1", " ", "\t",
          "\u0000", "\u00EF\u00BC\u0090", "\u00D9\u00A2", "\u00C2\u00B9", "+", "q", "s", "ytd", "P1Y", "P0D",
          "P999999Y", "/P", "--");

  private static final List<String> WHOLE_DOCUMENTS =
      List.of("", "\n", "   ", "{}", "[]", "null", "~", "42", "1e309", "\"text\"", "---\n", "--- \n...\n",
          "\u00EF\u00BB\u00BF", "- a\n- b\n", "formatVersion: 1\n", "[1,2,3]", "true", "# only a comment\n",
          "kind: plan\n", "{\"formatVersion\":1}", "a: *b\n", "&a [*a]", "!!binary aGVsbG8=", "%YAML 1.1\n---\n{}",
          "--- 1\n--- 2\n", "formatVersion: 1\nkind: plan\n", "{\"formatVersion\": 1, \"kind\": \"plan\"}",
          "formatVersion: 2\n", "formatVersion: 1\nkind: methodology\n", "\"\\ud800\"", "[[[[[[[[[[]]]]]]]]]]");

  private static final List<String> WHOLE_CSVS =
      List.of("", "\n", "\r\n", "indicator,area,period,value", "indicator,area,period,value\n", "indicator", ",,,\n",
          "\"", "\"\"\"\n", "\u00EF\u00BB\u00BF", "indicator,area,period,value\n\n\n",
          "indicator,area,period,value\nPCI_RANK,51,2020,36", "indicator,area,period,value\r\nPCI_RANK,51,2020,36\r",
          "indicator;area;period;value\nPCI;51;2020;6,29\n", "indicator,area,period,value\n\"PCI_RANK,51,2020,36\n",
          "value,period,area,indicator\n36,2020,51,PCI_RANK\n", "INDICATOR,AREA,PERIOD,VALUE\n");

  private ShapeMutators() {}

  static Mutant scalarSwap(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    if (syntax.isDocument()) {
      List<Scalars.Scalar> scalars = Scalars.find(view, syntax);
      if (!scalars.isEmpty()) {
        Scalars.Scalar s = HostileValues.pick(scalars, r);
        String value = r.nextInt(4) == 0 ? HostileValues.pick(scalars, r).text(view) : HostileValues.pick(DOCUMENT_SCALARS, r);
        return Edits.replace(in, s.start(), s.end(), value, s.key() + ": " + Edits.shown(s.text(view)) + " -> " + Edits.shown(value) + " at line " + s.line(), Expectation.ANY);
      }
    } else if (syntax == Syntax.CSV) {
      CsvLayout csv = CsvLayout.scan(view);
      if (!csv.rows().isEmpty()) {
        CsvLayout.Row row = HostileValues.pick(csv.rows(), r);
        CsvLayout.Cell cell = HostileValues.pick(row.cells(), r);
        String value = HostileValues.pick(CSV_CELLS, r);
        if (csv.delimiter() == ';') {
          value = value.replace("\"6,29\"", "6,29");
        }
        return Edits.replace(in, cell.start(), cell.end(), value, "cell of line " + row.line() + " -> " + Edits.shown(value), Expectation.ANY);
      }
    } else {
      String value = HostileValues.pick(PERIODS, r);
      return Edits.whole(Bytes.fromLatin1(value), "period -> " + Edits.shown(value), Expectation.ANY);
    }
    return tokenInsert(in, syntax, r);
  }

  static Mutant lineEdit(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    List<int[]> lines = lines(view);
    if (lines.isEmpty()) {
      return tokenInsert(in, syntax, r);
    }
    int index = r.nextInt(lines.size());
    int[] line = lines.get(index);
    String text = view.substring(line[0], line[1]);
    String where = "line " + (index + 1);
    return switch (r.nextInt(8)) {
      case 0 -> Edits.replace(in, line[0], line[2], "", where + " deleted", Expectation.ANY);
      case 1 -> Edits.insert(in, line[2], text + view.substring(line[1], line[2]) + (line[2] == line[1] ? "\n" : ""), where + " repeated", Expectation.ANY);
      case 2 -> {
        if (index + 1 >= lines.size()) {
          yield Edits.replace(in, line[0], line[2], "", where + " deleted", Expectation.ANY);
        }
        int[] next = lines.get(index + 1);
        String swapped = view.substring(next[0], next[1]) + view.substring(line[1], line[2]) + text;
        yield Edits.replace(in, line[0], next[1], swapped, where + " swapped with the next", Expectation.ANY);
      }
      case 3 -> Edits.insert(in, line[0], " ".repeat(1 + r.nextInt(4)), where + " indented", Expectation.ANY);
      case 4 -> {
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ' && spaces < 2) {
          spaces++;
        }
        yield Edits.replace(in, line[0], line[0] + spaces, "", where + " dedented by " + spaces, Expectation.ANY);
      }
      case 5 -> Edits.insert(in, line[0], "\t", where + " starts with a tab", Expectation.ANY);
      case 6 -> Edits.replace(in, line[1], line[2], line[2] == line[1] ? "" : " ", where + " joined with the next", Expectation.ANY);
      default -> {
        int at = line[0] + r.nextInt(line[1] - line[0] + 1);
        yield Edits.insert(in, at, "\n", where + " split at byte " + at, Expectation.ANY);
      }
    };
  }

  /** The lines of a view as {start, end of text, end including the line end}. */
  private static List<int[]> lines(String view) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start < view.length()) {
      int end = view.indexOf('\n', start);
      int next = end < 0 ? view.length() : end + 1;
      int textEnd = end < 0 ? view.length() : end > start && view.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(new int[] {start, textEnd, next});
      start = next;
    }
    return lines;
  }

  static Mutant tokenInsert(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    List<String> tokens = switch (syntax) {
      case YAML -> YAML_TOKENS;
      case JSON -> JSON_TOKENS;
      case CSV -> CSV_TOKENS;
      case TEXT -> PERIOD_TOKENS;
    };
    String token = HostileValues.pick(tokens, r);
    int at;
    switch (r.nextInt(3)) {
      case 0 -> {
        int lineStart = view.lastIndexOf('\n', Math.max(0, r.nextInt(in.length + 1) - 1));
        at = lineStart + 1;
      }
      case 1 -> {
        int colon = view.indexOf(": ", r.nextInt(in.length + 1));
        at = colon < 0 ? in.length : colon + 2;
      }
      default -> at = r.nextInt(in.length + 1);
    }
    at = Edits.notInsideCrlf(view, Math.min(at, in.length));
    return Edits.insert(in, at, token, Edits.shown(token) + " inserted at byte " + at, Expectation.ANY);
  }

  static Mutant wholeInput(byte[] in, Syntax syntax, SplittableRandom r) {
    return switch (syntax) {
      case YAML, JSON -> {
        String doc = HostileValues.pick(WHOLE_DOCUMENTS, r);
        yield Edits.whole(Bytes.fromLatin1(doc), "whole input -> " + Edits.shown(doc), Expectation.refused("not a complete document"));
      }
      case CSV -> {
        String csv = HostileValues.pick(WHOLE_CSVS, r);
        yield Edits.whole(Bytes.fromLatin1(csv), "whole input -> " + Edits.shown(csv), Expectation.ANY);
      }
      case TEXT -> {
        String period = HostileValues.pick(PERIODS, r);
        yield Edits.whole(Bytes.fromLatin1(period), "whole input -> " + Edits.shown(period), Expectation.ANY);
      }
    };
  }
}
