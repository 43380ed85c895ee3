package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.progress.ProgressOutlook;

class ProgressStatusTest {

  @Test
  void severityOrdersFromTheMostWorrying() {
    List<ProgressStatus> bySeverity =
        Arrays.stream(ProgressStatus.values()).sorted(Comparator.comparingInt(ProgressStatus::severity)).toList();
    assertEquals(
        List.of(
            ProgressStatus.NOT_ACHIEVED,
            ProgressStatus.OFF_TRACK,
            ProgressStatus.AT_RISK,
            ProgressStatus.NOT_ASSESSABLE,
            ProgressStatus.ON_TRACK,
            ProgressStatus.ACHIEVED,
            ProgressStatus.NOT_APPLICABLE,
            ProgressStatus.MANUAL),
        bySeverity);
    assertSame(ProgressStatus.AT_RISK, ProgressStatus.ON_TRACK.worse(ProgressStatus.AT_RISK));
    assertSame(ProgressStatus.AT_RISK, ProgressStatus.AT_RISK.worse(ProgressStatus.ACHIEVED));
    assertSame(ProgressStatus.NOT_ASSESSABLE, ProgressStatus.ACHIEVED.worse(ProgressStatus.NOT_ASSESSABLE));
  }

  @Test
  void outlooksMapOneToOne() {
    assertSame(ProgressStatus.ACHIEVED, ProgressStatus.fromOutlook(ProgressOutlook.ACHIEVED));
    assertSame(ProgressStatus.ON_TRACK, ProgressStatus.fromOutlook(ProgressOutlook.ON_TRACK));
    assertSame(ProgressStatus.AT_RISK, ProgressStatus.fromOutlook(ProgressOutlook.AT_RISK));
    assertSame(ProgressStatus.OFF_TRACK, ProgressStatus.fromOutlook(ProgressOutlook.OFF_TRACK));
    assertSame(ProgressStatus.NOT_ASSESSABLE, ProgressStatus.fromOutlook(ProgressOutlook.NOT_ASSESSABLE));
  }

  @Test
  void labels() {
    assertEquals("Đúng tiến độ", ProgressStatus.ON_TRACK.labelVi());
    assertEquals("Not achieved", ProgressStatus.NOT_ACHIEVED.labelEn());
  }
}
