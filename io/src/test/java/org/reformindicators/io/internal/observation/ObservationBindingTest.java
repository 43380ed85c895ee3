package org.reformindicators.io.internal.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.Generators;
import org.reformindicators.io.ModuleTestBase;

class ObservationBindingTest extends ModuleTestBase {

  @Test
  void observationsRoundTripWithTheirSource() {
    qt().forAll(Generators.csvObservations())
        .checkAssert(
            o -> {
              Observation withSource = Observation.builder().from(o).source("Báo cáo số 12/BC-UBND").build();
              assertEquals(withSource, roundTrip(withSource, DocumentFormat.JSON, Observation.class));
              assertEquals(withSource, roundTrip(withSource, DocumentFormat.YAML, Observation.class));
            });
  }

  @Test
  void setsRoundTripAsDocuments() {
    qt().withExamples(100)
        .forAll(lists().of(Generators.csvObservations()).ofSizeBetween(0, 12))
        .checkAssert(
            list -> {
              Map<ObservationKey, Observation> byKey = new LinkedHashMap<>();
              list.forEach(o -> byKey.putIfAbsent(o.key(), o));
              ObservationSet set = ObservationSet.of(byKey.values());
              assertEquals(set, roundTrip(set, DocumentFormat.JSON, ObservationSet.class));
              assertEquals(set, roundTrip(set, DocumentFormat.YAML, ObservationSet.class));
            });
  }

  @Test
  void statusesAreWrittenAsSdmxCodes() {
    for (ObservationStatus status : ObservationStatus.values()) {
      assertEquals("\"" + status.code() + "\"\n", IO.writeString(status, DocumentFormat.JSON));
      assertEquals(status, roundTrip(status, DocumentFormat.JSON, ObservationStatus.class));
    }
  }
}
