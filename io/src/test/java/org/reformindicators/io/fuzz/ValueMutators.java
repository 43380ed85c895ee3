package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutations of {@link Mutation} that replace values: hostile numbers, long strings, nesting, duplicate keys
 * and lone surrogates, each placed on a known line of a document or a known cell of a CSV.
 */
final class ValueMutators {

  /** The {@link Expectation.Refused#why()} of a repeated CSV record, which only the whole-file reads detect. */
  static final String REPEATED_RECORD = "a repeated record";

  /** The CSV columns that hold numbers. */
  private static final List<String> NUMERIC_COLUMNS = List.of("value", "universe", "lower", "upper", "numerator", "denominator");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private ValueMutators() {}

  /** Replaces one number (a numeric scalar, a numeric CSV cell, a digit run of a period) with a generated one. */
  static Mutant number(byte[] in, Syntax syntax, SplittableRandom r, Function<SplittableRandom, String> generator) {
    String view = Bytes.latin1(in);
    String hostile = generator.apply(r);
    if (syntax.isDocument()) {
      List<Scalars.Scalar> numbers = Scalars.find(view, syntax).stream().filter(Scalars.Scalar::number).toList();
      if (!numbers.isEmpty()) {
        Scalars.Scalar s = HostileValues.pick(numbers, r);
        return Edits.replace(in, s.start(), s.end(), hostile,
            s.key() + ": " + s.text(view) + " -> " + Edits.shown(hostile) + " at line " + s.line(),
            mustRefuse(syntax, hostile) ? Expectation.refusedAt(s.line(), "the number " + Edits.shown(hostile)) : Expectation.ANY);
      }
    } else if (syntax == Syntax.CSV) {
      CsvLayout csv = CsvLayout.scan(view);
      List<int[]> cells = numericCells(csv);
      if (!cells.isEmpty()) {
        int[] pick = HostileValues.pick(cells, r);
        CsvLayout.Row row = csv.rows().get(pick[0]);
        CsvLayout.Cell cell = row.cell(pick[1]);
        return Edits.replace(in, cell.start(), cell.end(), hostile,
            csv.header().get(pick[1]) + " of line " + row.line() + " -> " + Edits.shown(hostile),
            mustRefuse(syntax, hostile) ? Expectation.refusedAt(row.line(), "the number " + Edits.shown(hostile)) : Expectation.ANY);
      }
    } else {
      List<int[]> runs = new ArrayList<>();
      Matcher m = DIGITS.matcher(view);
      while (m.find()) {
        runs.add(new int[] {m.start(), m.end()});
      }
      if (!runs.isEmpty()) {
        int[] run = HostileValues.pick(runs, r);
        return Edits.replace(in, run[0], run[1], hostile, "digits " + view.substring(run[0], run[1]) + " -> " + Edits.shown(hostile), Expectation.ANY);
      }
    }
    int at = Edits.notInsideCrlf(view, r.nextInt(in.length + 1));
    return Edits.insert(in, at, hostile, Edits.shown(hostile) + " inserted at byte " + at + " (no number found)", Expectation.ANY);
  }

  /** Whether every numeric field of the syntax must refuse the number (a CSV reads {@code 010} as ten). */
  private static boolean mustRefuse(Syntax syntax, String number) {
    return syntax != Syntax.CSV || !number.matches("-?\\d+(\\.\\d+)?") || number.length() > HostileValues.MAX_NUMBER_LENGTH || isTiny(number);
  }

  private static boolean isTiny(String number) {
    return number.matches("-?0\\.0*[1-9]\\d*") && Double.parseDouble(number) == 0.0;
  }

  /** The (row index, column index) pairs of the non-empty and empty numeric cells of a CSV. */
  private static List<int[]> numericCells(CsvLayout csv) {
    List<int[]> cells = new ArrayList<>();
    for (String name : NUMERIC_COLUMNS) {
      int column = csv.column(name);
      for (int i = 0; column >= 0 && i < csv.rows().size(); i++) {
        if (csv.rows().get(i).cells().size() == csv.header().size()) {
          cells.add(new int[] {i, column});
        }
      }
    }
    return cells;
  }

  /** Breaks several values on distinct lines, or several CSV records, each of which must be reported. */
  static Mutant badValues(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    TreeMap<Integer, String[]> edits = new TreeMap<>(); // start -> {end, replacement}
    Set<Integer> lines = new HashSet<>();
    List<String> details = new ArrayList<>();
    if (syntax.isDocument()) {
      List<Scalars.Scalar> numbers = new ArrayList<>(Scalars.find(view, syntax).stream().filter(Scalars.Scalar::number).toList());
      int wanted = 2 + r.nextInt(3);
      while (!numbers.isEmpty() && lines.size() < wanted) {
        Scalars.Scalar s = numbers.remove(r.nextInt(numbers.size()));
        if (lines.add(s.line())) {
          String hostile = HostileValues.mustRefuse(syntax, r);
          edits.put(s.start(), new String[] {String.valueOf(s.end()), hostile});
          details.add(s.key() + " -> " + Edits.shown(hostile) + " at line " + s.line());
        }
      }
    } else {
      CsvLayout csv = CsvLayout.scan(view);
      List<CsvLayout.Row> rows = new ArrayList<>(csv.rows().stream().filter(row -> row.cells().size() == csv.header().size()).toList());
      int wanted = 1 + r.nextInt(5);
      while (!rows.isEmpty() && lines.size() < wanted) {
        CsvLayout.Row row = rows.remove(r.nextInt(rows.size()));
        lines.add(row.line());
        details.add(breakRecord(view, csv, row, r, edits) + " at line " + row.line());
      }
    }
    if (edits.isEmpty()) {
      return number(in, syntax, r, g -> HostileValues.mustRefuse(syntax, g));
    }
    StringBuilder out = new StringBuilder(view);
    for (var edit : edits.descendingMap().entrySet()) {
      out.replace(edit.getKey(), Integer.parseInt(edit.getValue()[0]), edit.getValue()[1]);
    }
    return new Mutant(Bytes.fromLatin1(out), null, String.join(", ", details), edits.firstKey(),
        new Expectation.Refused(new TreeSet<>(lines), "every broken value or record reported, each on its own line",
            syntax == Syntax.CSV ? OptionalInt.of(-lines.size()) : OptionalInt.empty()));
  }

  /** Breaks one CSV record, recording the edit; returns what was done. */
  private static String breakRecord(String view, CsvLayout csv, CsvLayout.Row row, SplittableRandom r, TreeMap<Integer, String[]> edits) {
    int valueColumn = csv.column("value");
    int choice = r.nextInt(6);
    if (choice == 0 && valueColumn >= 0) {
      CsvLayout.Cell cell = row.cell(valueColumn);
      String hostile = HostileValues.mustRefuse(Syntax.CSV, r);
      while (!mustRefuse(Syntax.CSV, hostile)) {
        hostile = HostileValues.mustRefuse(Syntax.CSV, r);
      }
      edits.put(cell.start(), new String[] {String.valueOf(cell.end()), hostile});
      return "value -> " + Edits.shown(hostile);
    }
    if (choice == 1) {
      edits.put(row.end(), new String[] {String.valueOf(row.end()), csv.delimiter() + "extra"});
      return "one cell more than the header";
    }
    if (choice == 2) {
      CsvLayout.Cell last = row.cells().get(row.cells().size() - 1);
      int from = row.cells().size() > 1 ? row.cells().get(row.cells().size() - 2).end() : last.start();
      edits.put(from, new String[] {String.valueOf(last.end()), ""});
      return "one cell fewer than the header";
    }
    String[][] broken = {{"indicator", "pci_rank"}, {"area", ""}, {"period", "2025-Q5"}, {"status", "?"}};
    String[] target = broken[choice - 3 + (choice == 5 ? r.nextInt(2) : 0)];
    int column = csv.column(target[0]);
    if (column < 0) {
      target = broken[0];
      column = csv.column(target[0]);
    }
    if (column < 0) {
      edits.put(row.end(), new String[] {String.valueOf(row.end()), csv.delimiter() + "extra"});
      return "one cell more than the header";
    }
    CsvLayout.Cell cell = row.cell(column);
    edits.put(cell.start(), new String[] {String.valueOf(cell.end()), target[1]});
    return target[0] + " " + view.substring(cell.start(), cell.end()) + " -> '" + target[1] + "'";
  }

  /** Replaces a string value with a long one. */
  static Mutant longString(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    boolean over = r.nextBoolean();
    String text = HostileValues.longString(over, r);
    String what = text.length() + " characters";
    if (syntax.isDocument()) {
      List<Scalars.Scalar> strings = Scalars.find(view, syntax).stream().filter(s -> !s.number()).toList();
      if (!strings.isEmpty()) {
        Scalars.Scalar s = HostileValues.pick(strings, r);
        return Edits.replace(in, s.start(), s.end(), Bytes.wtf8View(syntax.quote(text)), s.key() + " -> a string of " + what + " at line " + s.line(),
            over ? Expectation.refusedAt(s.line(), "a string of " + what) : Expectation.ANY);
      }
    } else if (syntax == Syntax.CSV) {
      CsvLayout csv = CsvLayout.scan(view);
      if (!csv.rows().isEmpty()) {
        CsvLayout.Row row = HostileValues.pick(csv.rows(), r);
        int column = csv.column("note") >= 0 && row.cell(csv.column("note")) != null ? csv.column("note") : r.nextInt(row.cells().size());
        CsvLayout.Cell cell = row.cell(column);
        return Edits.replace(in, cell.start(), cell.end(), Bytes.wtf8View(Syntax.CSV.quote(text)),
            "cell " + column + " of line " + row.line() + " -> " + what,
            over ? Expectation.refusedAt(row.line(), "a cell of " + what) : Expectation.ANY);
      }
    } else {
      return Edits.whole(Bytes.wtf8(r.nextBoolean() ? text : "2025" + text), "a period of " + what, Expectation.ANY);
    }
    return Edits.insert(in, in.length, Bytes.wtf8View(text), what + " appended", Expectation.ANY);
  }

  /** Replaces a value with deep nesting (documents) or a record with thousands of cells (CSV). */
  static Mutant deepNesting(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    if (syntax == Syntax.CSV) {
      CsvLayout csv = CsvLayout.scan(view);
      if (!csv.rows().isEmpty()) {
        CsvLayout.Row row = HostileValues.pick(csv.rows(), r);
        int cells = HostileValues.pick(List.of(1, 10, 999, 1_000, 1_001, 5_000), r);
        return Edits.insert(in, row.end(), (csv.delimiter() + "x").repeat(cells), cells + " cells added to line " + row.line(),
            Expectation.refusedAt(row.line(), "more cells than the header"));
      }
      return Edits.insert(in, in.length, ",x".repeat(5_000), "5,000 cells appended", Expectation.ANY);
    }
    int depth = HostileValues.nestingDepth(r);
    List<Scalars.Scalar> scalars = Scalars.find(view, syntax);
    if (syntax == Syntax.YAML && (scalars.isEmpty() || r.nextInt(4) == 0)) {
      StringBuilder block = new StringBuilder("deep:\n");
      for (int i = 1; i < Math.min(depth, 2_000); i++) {
        block.append(" ".repeat(i)).append("a:\n");
      }
      block.append(" ".repeat(Math.min(depth, 2_000))).append("1\n");
      String prefix = view.endsWith("\n") || view.isEmpty() ? "" : "\n";
      return Edits.insert(in, in.length, prefix + block, "a block mapping " + Math.min(depth, 2_000) + " deep appended",
          Expectation.refused("a key the document does not know, nested " + depth + " deep"));
    }
    if (scalars.isEmpty()) {
      return Edits.insert(in, 0, HostileValues.nested(syntax, depth, r), "nesting " + depth + " deep at the start", Expectation.ANY);
    }
    Scalars.Scalar s = HostileValues.pick(scalars, r);
    return Edits.replace(in, s.start(), s.end(), HostileValues.nested(syntax, depth, r),
        s.key() + " -> nesting " + depth + " deep at line " + s.line(),
        Expectation.refusedAt(s.line(), "a collection nested " + depth + " deep where a scalar belongs"));
  }

  /** Repeats a key of a mapping, a header column, or a CSV record. */
  static Mutant duplicateKey(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    if (syntax == Syntax.CSV) {
      CsvLayout csv = CsvLayout.scan(view);
      if (csv.rows().isEmpty() || r.nextInt(3) == 0) {
        String column = csv.header().isEmpty() ? "value" : HostileValues.pick(csv.header(), r);
        int at = 0;
        while (at < view.length() && view.charAt(at) != '\n' && view.charAt(at) != '\r') {
          at++;
        }
        return Edits.insert(in, at, csv.delimiter() + column, "header column " + column + " repeated", Expectation.refusedAt(1, "a repeated column"));
      }
      CsvLayout.Row row = HostileValues.pick(csv.rows(), r);
      int next = row.end();
      String lineEnd = view.startsWith("\r\n", next) ? "\r\n" : "\n";
      String copy = view.substring(row.start(), row.end());
      Mutant m = Edits.insert(in, next, lineEnd + copy, "line " + row.line() + " repeated", Expectation.ANY);
      int copyLine = Bytes.lineOf(m.bytes(), next + lineEnd.length());
      boolean complete = row.cells().size() == csv.header().size();
      return new Mutant(m.bytes(), null, m.detail() + " as line " + copyLine, next, complete
          ? new Expectation.Refused(new TreeSet<>(Set.of(copyLine)), REPEATED_RECORD, OptionalInt.of(0))
          : Expectation.ANY);
    }
    List<Scalars.Scalar> scalars = Scalars.find(view, syntax);
    if (scalars.isEmpty()) {
      return ShapeMutators.lineEdit(in, syntax, r);
    }
    Scalars.Scalar s = HostileValues.pick(scalars, r);
    String value = r.nextBoolean() ? s.text(view) : s.number() ? "1" : syntax.quote("other");
    if (s.block()) {
      int lineStart = view.lastIndexOf('\n', s.start() - 1) + 1;
      String indent = view.substring(lineStart, s.memberStart()).replace('-', ' ');
      int lineEnd = view.indexOf('\n', s.end());
      int at = lineEnd < 0 ? view.length() : lineEnd + 1;
      String prefix = lineEnd < 0 ? "\n" : "";
      return Edits.insert(in, at, prefix + indent + s.key() + ": " + value + "\n", "key " + s.key() + " of line " + s.line() + " repeated on the next line",
          Expectation.refusedAt(s.line() + 1, "a repeated key"));
    }
    String member = syntax == Syntax.JSON ? ", \"" + s.key() + "\": " + value : ", " + s.key() + ": " + value;
    return Edits.insert(in, s.end(), member, "key " + s.key() + " repeated in the same mapping at line " + s.line(),
        Expectation.refusedAt(s.line(), "a repeated key"));
  }

  /** Adds a key that no document knows next to an existing one; the problem must name the new key's line. */
  static Mutant unknownKey(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    List<Scalars.Scalar> scalars = Scalars.find(view, syntax);
    if (scalars.isEmpty()) {
      return ShapeMutators.tokenInsert(in, syntax, r);
    }
    Scalars.Scalar s = HostileValues.pick(scalars, r);
    String key = HostileValues.pick(List.of("fuzzUnknownKey", "valeu", "Value", "x"), r);
    if (s.block()) {
      int lineStart = view.lastIndexOf('\n', s.start() - 1) + 1;
      String indent = view.substring(lineStart, s.memberStart()).replace('-', ' ');
      String line = indent + key + ": 1\n";
      // a key of a sequence item goes after the item's first line, so that the item still starts with "- "
      int at = view.substring(lineStart, s.memberStart()).contains("-") ? lineEndAfter(view, s.end()) : lineStart;
      String prefix = at == view.length() && !view.endsWith("\n") ? "\n" : "";
      Mutant m = Edits.insert(in, at, prefix + line, "unknown key " + key + " added near line " + s.line(), Expectation.ANY);
      int newLine = Bytes.lineOf(m.bytes(), at + prefix.length());
      return new Mutant(m.bytes(), null, m.detail() + " as line " + newLine, at, Expectation.refusedAt(newLine, "an unknown key"));
    }
    int at = syntax == Syntax.JSON ? s.memberStart() - 1 : s.memberStart();
    String member = syntax == Syntax.JSON ? "\"" + key + "\": 1, " : key + ": 1, ";
    return Edits.insert(in, at, member, "unknown key " + key + " added before " + s.key() + " at line " + s.line(),
        Expectation.refusedAt(s.line(), "an unknown key"));
  }

  private static int lineEndAfter(String view, int offset) {
    int end = view.indexOf('\n', offset);
    return end < 0 ? view.length() : end + 1;
  }

  /** Puts a lone surrogate into a string value. */
  static Mutant loneSurrogate(byte[] in, Syntax syntax, SplittableRandom r) {
    String view = Bytes.latin1(in);
    if (syntax.isDocument()) {
      List<Scalars.Scalar> strings = Scalars.find(view, syntax).stream().filter(s -> !s.number()).toList();
      if (!strings.isEmpty()) {
        Scalars.Scalar s = HostileValues.pick(strings, r);
        String escape = HostileValues.loneSurrogateEscape(r);
        String text = s.text(view);
        String replacement = text.startsWith("\"") ? "\"" + escape + text.substring(1)
            : "\"" + escape + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceFirst("^'(.*)'$", "$1") + "\"";
        return Edits.replace(in, s.start(), s.end(), replacement, s.key() + " gets " + escape + " at line " + s.line(),
            Expectation.refusedAt(s.line(), "a lone surrogate"));
      }
    }
    String raw = Bytes.wtf8View(HostileValues.loneSurrogate(r));
    if (syntax == Syntax.CSV) {
      CsvLayout csv = CsvLayout.scan(view);
      if (!csv.rows().isEmpty()) {
        CsvLayout.Row row = HostileValues.pick(csv.rows(), r);
        CsvLayout.Cell cell = HostileValues.pick(row.cells(), r);
        int at = cell.end() > cell.start() && view.charAt(cell.end() - 1) == '"' ? cell.end() - 1 : cell.end();
        return Edits.insert(in, at, raw, "encoded lone surrogate in a cell of line " + row.line(),
            Expectation.refusedAt(row.line(), "an encoded lone surrogate"));
      }
    }
    int at = Edits.notInsideCrlf(view, r.nextInt(in.length + 1));
    return Edits.insert(in, at, raw, "encoded lone surrogate at byte " + at,
        syntax == Syntax.TEXT ? Expectation.ANY : Expectation.refusedAt(Bytes.lineOf(view, at), "an encoded lone surrogate"));
  }
}
