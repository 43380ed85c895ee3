package org.reformindicators.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.reformindicators.io.composite.UncertaintySettings;

/**
 * Writes the result of {@code score} as a text table or CSV, such as {@code
 * area,period,score,rank,ranking_score,name,sample} then {@code 51,2020,63.18,3,63.18,Quảng Ngãi,0}.
 *
 * <p>The CSV always starts with the columns {@code area,period,score,rank}; {@code ranking_score}
 * follows (the total the ranking compared, unrounded by the display); with an uncertainty analysis
 * {@code lower_rank,median_rank,upper_rank} (5th percentile, median, 95th percentile) and the
 * settings of the analysis {@code draws,weight_noise,noise_levels,seed} follow, then {@code name} and
 * {@code sample} ({@code 1} when an input of the area is an illustrative sample). Ranks are whole
 * numbers written without decimals; only an interpolated percentile has some ({@code 3.5}). Fields
 * are quoted by RFC 4180 when they contain a comma, a quote or a line break.
 *
 * <p>The text table marks with {@code †} the areas whose score prints like another area's while
 * their ranks differ, and says why in a footnote.
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
    csv(lines, decimals, Optional.empty(), out);
  }

  /**
   * Writes the CSV, line by line, with the settings of the uncertainty analysis on every line.
   *
   * @param lines the lines, in rank order
   * @param decimals the decimals of the score
   * @param settings the settings of the uncertainty analysis, when one was run
   * @param out where the CSV text goes, with LF line ends
   * @throws IOException if {@code out} fails
   */
  static void csv(List<ScoreLine> lines, int decimals, Optional<UncertaintySettings> settings,
      Appendable out) throws IOException {
    boolean interval = lines.stream().anyMatch(ScoreLine::hasInterval);
    out.append("area,period,score,rank,ranking_score");
    if (interval) {
      out.append(",lower_rank,median_rank,upper_rank,draws,weight_noise,noise_levels,seed");
    }
    out.append(",name,sample\n");
    String settingsCells = interval ? settingsCells(settings) : "";
    for (ScoreLine line : lines) {
      out.append(quote(line.area())).append(',').append(quote(line.period())).append(',')
          .append(decimal(line.score(), decimals)).append(',').append(String.valueOf(line.rank()))
          .append(',').append(line.score().toPlainString());
      if (interval) {
        out.append(',').append(rank(line.rankLow()))
            .append(',').append(rank(line.rankMedian()))
            .append(',').append(rank(line.rankHigh()))
            .append(settingsCells);
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
    Set<String> alike = printedAlike(lines, decimals);
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
      row.append(String.format(Locale.ROOT, "  %8s", decimal(line.score(), decimals)))
          .append(alike.contains(line.area()) ? "†" : " ");
      if (line.hasInterval()) {
        row.append(String.format(Locale.ROOT, "       %s–%s (%s)",
            rank(line.rankLow()), rank(line.rankHigh()), rank(line.rankMedian())));
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    if (lines.stream().anyMatch(ScoreLine::sample)) {
      out.append("* uses illustrative sample values (SAMPLE), not published results\n");
    }
    if (!alike.isEmpty()) {
      out.append("† prints like another area's score but ranks differently: areas are ranked on the"
          + " score before this rounding for display (ranking_score in the CSV, rankingScore in the"
          + " JSON)\n");
    }
  }

  /** The areas whose printed score equals another area's while their ranks differ. */
  private static Set<String> printedAlike(List<ScoreLine> lines, int decimals) {
    Map<String, Set<Integer>> ranks = new HashMap<>();
    for (ScoreLine line : lines) {
      ranks.computeIfAbsent(decimal(line.score(), decimals), s -> new HashSet<>()).add(line.rank());
    }
    Set<String> alike = new HashSet<>();
    for (ScoreLine line : lines) {
      if (ranks.get(decimal(line.score(), decimals)).size() > 1) {
        alike.add(line.area());
      }
    }
    return alike;
  }

  private static String settingsCells(Optional<UncertaintySettings> settings) {
    if (settings.isEmpty()) {
      return ",,,,";
    }
    UncertaintySettings s = settings.get();
    StringJoiner noise = new StringJoiner(";");
    StringJoiner levels = new StringJoiner(";");
    s.weightNoise().forEach((level, fraction) -> {
      noise.add(BigDecimal.valueOf(fraction).stripTrailingZeros().toPlainString());
      levels.add(String.valueOf(level));
    });
    return "," + s.draws() + "," + noise + "," + levels + "," + s.seed();
  }

  private static String decimal(BigDecimal value, int decimals) {
    // Half-up on the exact score, as the methodologies publish.
    return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String rank(double percentile) {
    // A rank percentile is finite and at most the number of areas: whole ranks print as 46, not
    // 46.0; an interpolated percentile keeps its decimals (3.5).
    BigDecimal rank = BigDecimal.valueOf(percentile).stripTrailingZeros();
    return rank.scale() < 0 ? rank.setScale(0).toPlainString() : rank.toPlainString();
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
