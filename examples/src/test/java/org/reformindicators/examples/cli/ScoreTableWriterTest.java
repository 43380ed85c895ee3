package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTableWriterTest {

  private static final ScoreLine DA_NANG = new ScoreLine("48", "Đà Nẵng", "2020", new BigDecimal("71.5"), 1, 0, 0, 0, true);
  private static final ScoreLine QUANG_NGAI = new ScoreLine("51", "Quảng Ngãi", "2020", new BigDecimal("63.18"), 2, 0, 0, 0, false);

  @Test
  void csvStartsWithTheFixedColumnsAndQuotesWhenNeeded() throws IOException {
    // 1.005 is rounded half-up on its exact decimal form.
    ScoreLine comma = new ScoreLine("99", "A, \"B\"", "2020", new BigDecimal("1.005"), 3, 0, 0, 0, false);
    assertEquals(
        "area,period,score,rank,ranking_score,name,sample\n"
            + "48,2020,71.50,1,71.5,Đà Nẵng,1\n"
            + "51,2020,63.18,2,63.18,Quảng Ngãi,0\n"
            + "99,2020,1.01,3,1.005,\"A, \"\"B\"\"\",0\n",
        csv(List.of(DA_NANG, QUANG_NGAI, comma), 2));
  }

  @Test
  void csvAddsTheRankIntervalAfterTheFixedColumns() throws IOException {
    ScoreLine line = new ScoreLine("51", "Quảng Ngãi", "2020", new BigDecimal("63.18"), 2, 1, 2, 3.5, false);
    assertEquals(
        "area,period,score,rank,ranking_score,lower_rank,median_rank,upper_rank,draws,weight_noise,"
            + "noise_levels,seed,name,sample\n"
            + "51,2020,63.18,2,63.18,1,2,3.5,,,,,Quảng Ngãi,0\n",
        csv(List.of(line), 2));
    // with the settings of the analysis on every line; whole ranks without decimals
    StringBuilder out = new StringBuilder();
    ScoreTableWriter.csv(List.of(line), 2, java.util.Optional.of(
        new org.reformindicators.io.composite.UncertaintySettings(1000, 7, java.util.Map.of(1, 0.25, 2, 0.25))), out);
    assertEquals("51,2020,63.18,2,63.18,1,2,3.5,1000,0.25;0.25,1;2,7,Quảng Ngãi,0",
        out.toString().lines().toList().get(1));
  }

  @Test
  void textMarksAreasThatPrintAlikeButRankDifferently() throws IOException {
    // issue 15: two areas printed 5.72 with ranks 18 and 19 (ranked on the unrounded totals).
    ScoreLine first = new ScoreLine("01", "", "2020", new BigDecimal("5.7201"), 18, 0, 0, 0, false);
    ScoreLine second = new ScoreLine("02", "", "2020", new BigDecimal("5.7199"), 19, 0, 0, 0, false);
    ScoreLine other = new ScoreLine("03", "", "2020", new BigDecimal("5.60"), 20, 0, 0, 0, false);
    String text = text("X", List.of(first, second, other), 2);
    assertEquals(List.of("X", "rank  area    name     score", "  18  01                5.72†",
        "  19  02                5.72†", "  20  03                5.60",
        "† prints like another area's score but ranks differently: areas are ranked on the score before"
            + " this rounding for display (ranking_score in the CSV, rankingScore in the JSON)"),
        text.lines().toList());
    StringBuilder csv = new StringBuilder();
    ScoreTableWriter.csv(List.of(first, second), 2, csv);
    assertEquals(List.of("area,period,score,rank,ranking_score,name,sample", "01,2020,5.72,18,5.7201,,0",
        "02,2020,5.72,19,5.7199,,0"), csv.toString().lines().toList());
  }

  @Test
  void textMarksSamplesAndAlignsNames() throws IOException {
    assertEquals(
        "PCI 2020\n"
            + "rank  area    name            score\n"
            + "   1  48      Đà Nẵng*        71.50\n"
            + "   2  51      Quảng Ngãi      63.18\n"
            + "* uses illustrative sample values (SAMPLE), not published results\n",
        text("PCI 2020", List.of(DA_NANG, QUANG_NGAI), 2));
  }

  @Test
  void hugeScoresPrintInFullWithoutOverflowingADouble() throws IOException {
    // issue 12: a total of 2E+22 printed through a double, and a larger one crashed the writer.
    ScoreLine huge = new ScoreLine("51", "", "2020", new BigDecimal("1E+100"), 1, 0, 0, 0, false);
    assertEquals("area,period,score,rank,ranking_score,name,sample\n51,2020,1" + "0".repeat(100) + ".00,1,1"
        + "0".repeat(100) + ",,0\n",
        csv(List.of(huge), 2));
  }

  private static String csv(List<ScoreLine> lines, int decimals) throws IOException {
    StringBuilder out = new StringBuilder();
    ScoreTableWriter.csv(lines, decimals, out);
    return out.toString();
  }

  private static String text(String title, List<ScoreLine> lines, int decimals) throws IOException {
    StringBuilder out = new StringBuilder();
    ScoreTableWriter.text(title, lines, decimals, out);
    return out.toString();
  }

  @Test
  void linesNeedAPositiveRank() {
    assertEquals("rank must be >= 1, was 0 for area 51", assertThrows(IllegalArgumentException.class,
        () -> new ScoreLine("51", "", "2020", BigDecimal.ONE, 0, 0, 0, 0, false)).getMessage());
  }
}
