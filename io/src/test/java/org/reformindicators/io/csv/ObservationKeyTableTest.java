package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Quarter;

class ObservationKeyTableTest {

  @Test
  void findsTheFirstRowOfEveryKeyExactlyLikeAMapOfKeys() {
    // 6 indicators x 2 breakdowns x 40 units x 8 periods, with repeats: the table agrees with a map of keys
    qt().withExamples(30)
        .forAll(lists().of(integers().between(0, 6 * 2 * 40 * 8 - 1)).ofSizeBetween(0, 2000))
        .checkAssert(picks -> {
          ObservationKeyTable table = new ObservationKeyTable();
          Map<ObservationKey, Long> first = new HashMap<>();
          long line = 1;
          for (int pick : picks) {
            line++;
            Observation observation = observation(pick, line);
            Long earlier = first.putIfAbsent(observation.key(), line);
            ObservationKeyTable.Earlier found = table.add(observation, line);
            if (earlier == null) {
              assertNull(found);
            } else {
              assertEquals(earlier, found.line());
              assertEquals(observation(pick, earlier).valueText(), found.observation().valueText());
            }
          }
        });
  }

  private static Observation observation(int pick, long line) {
    var builder = Observation.builder()
        .indicator(IndicatorCode.of("IND_" + pick % 6))
        .unit(UnitCode.of(String.format("%05d", pick / 6 % 40)))
        .period(pick / 240 % 2 == 0 ? CalendarYear.of(2020 + pick / 480) : Quarter.of(2020, 1 + pick / 480 % 4));
    if (pick / 12 % 2 == 1) {
      builder.breakdown(BreakdownKey.of("LEVEL", "COMMUNE"));
    }
    if (line % 5 == 0) {
      return builder.status(ObservationStatus.MISSING_VALUE).build();
    }
    return builder.value(line % 7 == 0 ? -0.5 : line).universe((int) line).build();
  }

  @Test
  void keepsTheStatusAndUniverseOfTheFirstRow() {
    ObservationKeyTable table = new ObservationKeyTable();
    Observation rank = Observation.builder().from(Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"),
        CalendarYear.of(2020), 36, 63)).status(ObservationStatus.ESTIMATED_VALUE).build();
    assertNull(table.add(rank, 2));
    ObservationKeyTable.Earlier earlier =
        table.add(Observation.rank(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2020), 37, 63), 9);
    assertEquals(2, earlier.line());
    assertEquals(List.of(rank.value(), rank.universe(), rank.status()),
        List.of(earlier.observation().value(), earlier.observation().universe(), earlier.observation().status()));
  }
}
