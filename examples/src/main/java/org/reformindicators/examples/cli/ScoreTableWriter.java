package org.reformindicators.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Writes the result of {@code score} as a text table or CSV, such as {@code
 * area,period,score,rank,name} then {@code 51,2020,63.18,3,Quảng Ngãi}.
 *
 * <p>The CSV always starts with the columns {@code area,period,score,rank}; with an uncertainty
 * analysis {@code rank_p05,rank_median,rank_p95} follow, then {@code name} and {@code sample}
 * ({@code 1} when an input of the area is an illustrative sample). Fields are quoted by RFC 4180
 * when they contain a comma, a quote or a line break.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class ScoreTableWriter {

  private ScoreTableWriter() {}

  /**
   * Writes the CSV, line by line.
   *
   * @param lines the lines, in rank order
   * @param decimals the decimals of the score
   * @param out where the CSV text goes, with LF line ends
   * @throws IOException if {@code out} fails
   */
  static void csv(List<ScoreLine> lines, int decimals, Appendable out) throws IOException {
    boolean interval = lines.stream().anyMatch(ScoreLine::hasInterval);
    out.append("area,period,score,rank");
    if (interval) {
      out.append(",rank_p05,rank_median,rank_p95");
    }
    out.append(",name,sample\n");
    for (ScoreLine line : lines) {
      out.append(quote(line.area())).append(',').append(quote(line.period())).append(',')
          .append(decimal(line.score(), decimals)).append(',').append(String.valueOf(line.rank()));
      if (interval) {
        out.append(',').append(rank(line.rankLow()))
            .append(',').append(rank(line.rankMedian()))
            .append(',').append(rank(line.rankHigh()));
      }
      out.append(',').append(quote(line.name())).append(',').append(line.sample() ? '1' : '0')
          .append('\n');
    }
  }

  /**
   * Writes a readable table, line by line.
   *
   * @param title the title line, such as {@code PCI 2020 (pci)}
   * @param lines the lines, in rank order
   * @param decimals the decimals of the score
   * @param out where the table goes, with a legend when a line uses sample values
   * @throws IOException if {@code out} fails
   */
  static void text(String title, List<ScoreLine> lines, int decimals, Appendable out)
      throws IOException {
    boolean interval = lines.stream().anyMatch(ScoreLine::hasInterval);
    int nameWidth = "name".length();
    int areaWidth = 6;
    for (ScoreLine line : lines) {
      areaWidth = Math.max(areaWidth, line.area().length());
      nameWidth = Math.max(nameWidth, line.name().codePointCount(0, line.name().length()) + 1);
    }
    out.append(title).append('\n');
    String header = String.format(Locale.ROOT,
        "%-4s  %-" + areaWidth + "s  %-" + nameWidth + "s  %8s  %4s", "rank", "area", "name", "score", "");
    out.append(header.stripTrailing());
    if (interval) {
      out.append("  rank 5–95 % (median)");
    }
    out.append('\n');
    for (ScoreLine line : lines) {
      String name = line.sample() ? line.name() + "*" : line.name();
      int pad = nameWidth - name.codePointCount(0, name.length());
      StringBuilder row = new StringBuilder(
          String.format(Locale.ROOT, "%4d  %-" + areaWidth + "s  ", line.rank(), line.area()));
      row.append(name).append(" ".repeat(Math.max(0, pad)));
      row.append(String.format(Locale.ROOT, "  %8s", decimal(line.score(), decimals)));
      if (line.hasInterval()) {
        row.append(String.format(Locale.ROOT, "        %s–%s (%s)",
            rank(line.rankLow()), rank(line.rankHigh()), rank(line.rankMedian())));
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    if (lines.stream().anyMatch(ScoreLine::sample)) {
      out.append("* uses illustrative sample values (SAMPLE), not published results\n");
    }
  }

  private static String decimal(BigDecimal value, int decimals) {
    // Half-up on the exact score, as the methodologies publish.
    return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String rank(double percentile) {
    // A rank percentile is finite and at most the number of areas.
    return decimal(BigDecimal.valueOf(percentile), 1);
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
