package org.reformindicators.core.derivation;

import org.reformindicators.core.area.UnitCode;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.SubmissionChannel;

/** Short-hand for hand-made dossiers in tests. */
final class Dossiers {

  private static int next;

  private Dossiers() {}

  /** A dossier of unit 51, province level, in person, no online service, received and (unless open) ended. */
  static DossierRecord dossier(
      String unit, DossierOutcome outcome, String received, String due, String completed,
      UnaryOperator<DossierRecord.Builder> more) {
    DossierRecord.Builder builder =
        DossierRecord.builder()
            .id("D" + (++next))
            .unit(UnitCode.of(unit))
            .level(HandlingLevel.PROVINCE)
            .agency("000.00.12.H48")
            .procedure("1.001193")
            .received(LocalDate.parse(received))
            .outcome(outcome)
            .channel(SubmissionChannel.IN_PERSON)
            .onlineLevel(OnlineServiceLevel.NONE);
    if (due != null) {
      builder.due(LocalDate.parse(due));
    }
    if (completed != null) {
      builder.completed(LocalDate.parse(completed));
    }
    return more.apply(builder).build();
  }

  static DossierRecord dossier(String unit, DossierOutcome outcome, String received, String due, String completed) {
    return dossier(unit, outcome, received, due, completed, b -> b);
  }
}
