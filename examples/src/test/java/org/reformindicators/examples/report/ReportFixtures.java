package org.reformindicators.examples.report;

import java.util.List;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.text.Language;

/** A small hand-made report for the renderer tests. */
final class ReportFixtures {

  private ReportFixtures() {}

  static ProgressReport twoClauses(Language language) {
    ClauseLine rank =
        new ClauseLine(
            "T1b",
            "Xếp hạng PAR INDEX",
            "25–30/63 đến 2025",
            "39/63",
            "2021",
            false,
            "ON_TRACK",
            "đúng tiến độ",
            false,
            "cần tăng 9 bậc trong 4 năm");
    ClauseLine share =
        new ClauseLine(
            "T5",
            "Hồ sơ TTHC luân chuyển điện tử | liên thông",
            "≥ 80%",
            "72.5",
            "2024",
            true,
            "OFF_TRACK",
            "chậm tiến độ",
            false,
            "thiếu 7.5 điểm phần trăm");
    IndicatorChart chart =
        new IndicatorChart(
            "PAR_INDEX_RANK",
            "PAR INDEX — xếp hạng",
            "hạng",
            true,
            List.of(
                new ChartPoint("2020", 2020.5, 63, false),
                new ChartPoint("2021", 2021.5, 39, false),
                new ChartPoint("2024", 2024.5, 28, true)),
            List.of(new TargetMarker(ClauseId.parse("T1b"), 25, 30, 2021.0, 2026.0, "2025")));
    return new ProgressReport(
        "Kế hoạch 1256 <Quảng Ngãi>",
        "Quyết định 1256/QĐ-UBND",
        "2024",
        language,
        List.of(rank, share),
        List.of(chart),
        List.of("T7a: +20 điểm phần trăm mỗi năm"));
  }
}
