package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented category → outlook mapping of every bundled method, as a table. */
class ProgressCategoryTest {

  @Test
  void mappingTable() {
    Map<ProgressCategory, ProgressOutlook> expected =
        Map.ofEntries(
            Map.entry(EurostatCategory.TARGET_ACHIEVED, ProgressOutlook.ACHIEVED),
            Map.entry(EurostatCategory.SIGNIFICANT_PROGRESS, ProgressOutlook.ON_TRACK),
            Map.entry(EurostatCategory.MODERATE_PROGRESS, ProgressOutlook.AT_RISK),
            Map.entry(EurostatCategory.INSUFFICIENT_PROGRESS, ProgressOutlook.AT_RISK),
            Map.entry(EurostatCategory.MOVEMENT_AWAY, ProgressOutlook.OFF_TRACK),
            Map.entry(EurostatCategory.MODERATE_MOVEMENT_AWAY, ProgressOutlook.OFF_TRACK),
            Map.entry(EurostatCategory.SIGNIFICANT_MOVEMENT_AWAY, ProgressOutlook.OFF_TRACK),
            Map.entry(EurostatCategory.CANNOT_ASSESS, ProgressOutlook.NOT_ASSESSABLE),
            Map.entry(OpenSdgCategory.TARGET_ACHIEVED, ProgressOutlook.ACHIEVED),
            Map.entry(OpenSdgCategory.ON_TRACK, ProgressOutlook.ON_TRACK),
            Map.entry(OpenSdgCategory.ACCELERATION_NEEDED, ProgressOutlook.AT_RISK),
            Map.entry(OpenSdgCategory.LIMITED_PROGRESS, ProgressOutlook.AT_RISK),
            Map.entry(OpenSdgCategory.DETERIORATION, ProgressOutlook.OFF_TRACK),
            Map.entry(OpenSdgCategory.UNABLE_TO_ASSESS, ProgressOutlook.NOT_ASSESSABLE),
            Map.entry(EscapCategory.TARGET_ACHIEVED, ProgressOutlook.ACHIEVED),
            Map.entry(EscapCategory.MAINTAIN_PROGRESS, ProgressOutlook.ON_TRACK),
            Map.entry(EscapCategory.ACCELERATE, ProgressOutlook.AT_RISK),
            Map.entry(EscapCategory.REVERSE_TREND, ProgressOutlook.OFF_TRACK),
            Map.entry(EscapCategory.INSUFFICIENT_DATA, ProgressOutlook.NOT_ASSESSABLE),
            Map.entry(SdsnCategory.MAINTAINING_ACHIEVEMENT, ProgressOutlook.ACHIEVED),
            Map.entry(SdsnCategory.ON_TRACK, ProgressOutlook.ON_TRACK),
            Map.entry(SdsnCategory.MODERATELY_IMPROVING, ProgressOutlook.AT_RISK),
            Map.entry(SdsnCategory.STAGNATING, ProgressOutlook.AT_RISK),
            Map.entry(SdsnCategory.DECREASING, ProgressOutlook.OFF_TRACK),
            Map.entry(SdsnCategory.CANNOT_ASSESS, ProgressOutlook.NOT_ASSESSABLE),
            Map.entry(LinearProjectionCategory.TARGET_ACHIEVED, ProgressOutlook.ACHIEVED),
            Map.entry(LinearProjectionCategory.CONFIDENTLY_ON_TRACK, ProgressOutlook.ON_TRACK),
            Map.entry(LinearProjectionCategory.PROJECTED_TO_REACH, ProgressOutlook.ON_TRACK),
            Map.entry(LinearProjectionCategory.WITHIN_INTERVAL, ProgressOutlook.AT_RISK),
            Map.entry(LinearProjectionCategory.PROJECTED_TO_FALL_SHORT, ProgressOutlook.AT_RISK),
            Map.entry(LinearProjectionCategory.MOVING_AWAY, ProgressOutlook.OFF_TRACK),
            Map.entry(LinearProjectionCategory.CANNOT_ASSESS, ProgressOutlook.NOT_ASSESSABLE));
    List<ProgressCategory> all = new ArrayList<>();
    all.addAll(List.of(EurostatCategory.values()));
    all.addAll(List.of(OpenSdgCategory.values()));
    all.addAll(List.of(EscapCategory.values()));
    all.addAll(List.of(SdsnCategory.values()));
    all.addAll(List.of(LinearProjectionCategory.values()));
    assertEquals(expected.size(), all.size(), "every category is in the table");
    for (ProgressCategory c : all) {
      assertEquals(expected.get(c), c.outlook(), c.code());
      assertEquals(((Enum<?>) c).name(), c.code());
      assertFalse(c.labelVi().isBlank(), c.code());
    }
    assertEquals("moderate progress", EurostatCategory.MODERATE_PROGRESS.labelEn());
    assertEquals("tiến bộ vừa phải", EurostatCategory.MODERATE_PROGRESS.labelVi());
    assertEquals("progress made but acceleration needed", OpenSdgCategory.ACCELERATION_NEEDED.labelEn());
  }
}
