package org.reformindicators.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.SubmissionChannel;

/** Generated dossier records (synthetic: every id {@code SYN-…}), seeded, over generated unit codes. */
final class Dossiers {

  /** The procedures of the bundled synthetic procedure list, and one it does not list. */
  static final String[] PROCEDURES = {"1.004227", "1.001193", "2.000889", "1.009994", "2.001157", "9.999999"};

  private static final String[] AGENCIES = {"000.00.31.H48", "000.00.21.H48", "H48_31", "H48.31"};

  private Dossiers() {}

  /** Unit codes {@code 00001}, {@code 00002}, …: generated, not a commune list. */
  static List<String> units(int count) {
    List<String> units = new ArrayList<>(count);
    for (int u = 1; u <= count; u++) {
      units.add(String.format("%05d", u));
    }
    return units;
  }

  /** One generated dossier; every field varies, the checks of {@link DossierRecord} hold. */
  static DossierRecord dossier(SplittableRandom random, long n, List<String> units) {
    LocalDate received = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
    DossierOutcome outcome = DossierOutcome.values()[random.nextInt(DossierOutcome.values().length)];
    boolean fee = random.nextBoolean();
    DossierRecord.Builder b = DossierRecord.builder()
        .id("SYN-" + n)
        .unit(UnitCode.of(units.get(random.nextInt(units.size()))))
        .level(HandlingLevel.values()[random.nextInt(HandlingLevel.values().length)])
        .agency(AGENCIES[random.nextInt(AGENCIES.length)])
        .procedure(PROCEDURES[random.nextInt(PROCEDURES.length)])
        .received(received)
        .outcome(outcome)
        .channel(SubmissionChannel.values()[random.nextInt(SubmissionChannel.values().length)])
        .onlineLevel(OnlineServiceLevel.values()[random.nextInt(OnlineServiceLevel.values().length)])
        .feeBearing(fee)
        .paidOnline(fee && random.nextBoolean())
        .dossierDigitised(random.nextBoolean())
        .resultDigitised(random.nextBoolean())
        .passedElectronically(random.nextBoolean())
        .returnedForSupplement(random.nextInt(5) == 0);
    if (random.nextInt(4) > 0) {
      b.due(received.plusDays(random.nextInt(30)));
    }
    if (outcome.hasEnded()) {
      b.completed(received.plusDays(random.nextInt(40)));
    }
    if (random.nextInt(3) == 0) {
      b.satisfaction(1 + random.nextInt(5));
    }
    return b.build();
  }

  /** {@code count} generated dossiers of the given seed. */
  static List<DossierRecord> generate(long seed, int count, List<String> units) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DossierRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      records.add(dossier(random, i, units));
    }
    return records;
  }
}
