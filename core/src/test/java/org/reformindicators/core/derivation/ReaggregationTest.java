package org.reformindicators.core.derivation;

import org.reformindicators.core.area.UnitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.SubmissionChannel;

/**
 * The law the numerator and denominator exist for: ratios and means derived per commune and re-aggregated to the
 * province (sum of numerators ÷ sum of denominators) equal those derived directly from the province's records.
 */
class ReaggregationTest {

  private static final String[] COMMUNES = {"21001", "21004", "21007", "21010", "21013"};

  @Test
  void communesReaggregateToTheProvince() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, size) -> {
              List<DossierRecord> communes = records(seed, size);
              List<DossierRecord> province = new ArrayList<>();
              communes.forEach(r -> province.add(DossierRecord.builder().from(r).unit(UnitCode.of("51")).build()));
              DerivationOptions options = DerivationOptions.defaults();
              Map<String, double[]> summed = new TreeMap<>();
              for (Observation o : DerivationTest.derive(DerivationTest.RULES, options, communes).observations()) {
                double[] sum = summed.computeIfAbsent(o.indicator() + " " + o.period(), k -> new double[3]);
                sum[0] += o.numerator().orElse(0);
                sum[1] += o.denominator().orElse(0);
                sum[2] += o.value().getAsDouble();
              }
              Map<String, double[]> direct = new TreeMap<>();
              for (Observation o : DerivationTest.derive(DerivationTest.RULES, options, province).observations()) {
                direct.put(
                    o.indicator() + " " + o.period(),
                    new double[] {o.numerator().orElse(0), o.denominator().orElse(0), o.value().getAsDouble()});
              }
              assertEquals(direct.keySet(), summed.keySet());
              direct.forEach(
                  (key, d) -> {
                    double[] s = summed.get(key);
                    if (key.startsWith("RECEIVED")) {
                      assertEquals(d[2], s[2], key); // a count re-aggregates by its sum
                      return;
                    }
                    assertEquals(d[0], s[0], key);
                    assertEquals(d[1], s[1], key);
                    double scale = key.startsWith("SATISFACTION") ? 1 : 100;
                    assertEquals(d[2], s[0] * scale / s[1], 1e-12 * Math.max(1, d[2]), key);
                  });
            });
  }

  private static List<DossierRecord> records(long seed, int size) {
    Random random = new Random(seed);
    List<DossierRecord> records = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate received = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
      DossierOutcome outcome = DossierOutcome.values()[random.nextInt(4)];
      DossierRecord.Builder b =
          DossierRecord.builder()
              .id("R" + i)
              .unit(UnitCode.of(COMMUNES[random.nextInt(COMMUNES.length)]))
              .level(HandlingLevel.COMMUNE)
              .agency("A" + random.nextInt(3))
              .procedure("1." + random.nextInt(5))
              .received(received)
              .due(received.plusDays(random.nextInt(15)))
              .outcome(outcome)
              .channel(SubmissionChannel.values()[random.nextInt(3)])
              .onlineLevel(OnlineServiceLevel.values()[random.nextInt(5)])
              .passedElectronically(random.nextBoolean());
      if (outcome.hasEnded()) {
        b.completed(received.plusDays(random.nextInt(30)));
      }
      if (random.nextInt(3) == 0) {
        b.satisfaction(1 + random.nextInt(5));
      }
      records.add(b.build());
    }
    return records;
  }
}
