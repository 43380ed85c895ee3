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
        "area,period,score,rank,name,sample\n"
            + "48,2020,71.50,1,Đà Nẵng,1\n"
            + "51,2020,63.18,2,Quảng Ngãi,0\n"
            + "99,2020,1.01,3,\"A, \"\"B\"\"\",0\n",
        csv(List.of(DA_NANG, QUANG_NGAI, comma), 2));
  }

  @Test
  void csvAddsTheRankIntervalAfterTheFixedColumns() throws IOException {
    ScoreLine line = new ScoreLine("51", "Quảng Ngãi", "2020", new BigDecimal("63.18"), 2, 1, 2, 3.5, false);
    assertEquals(
        "area,period,score,rank,rank_p05,rank_median,rank_p95,name,sample\n"
            + "51,2020,63.18,2,1.0,2.0,3.5,Quảng Ngãi,0\n",
        csv(List.of(line), 2));
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
    assertEquals("area,period,score,rank,name,sample\n51,2020,1" + "0".repeat(100) + ".00,1,,0\n",
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
