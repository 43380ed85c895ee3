package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Java serialization of periods, the form in which a Spark job ships them: every period, of
 * every kind, reads back equal. */
class ReportingPeriodSerializationTest {

  private static Object roundTrip(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPeriodReadsBackEqualWithItsText() {
    qt().forAll(PeriodGenerators.periods()).checkAssert(p -> {
      Object back = roundTrip(p);
      assertEquals(p, back);
      assertEquals(p.toString(), back.toString());
      assertEquals(0, p.compareTo((ReportingPeriod) back));
    });
  }
}
