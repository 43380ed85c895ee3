package org.reformindicators.io.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;
import org.reformindicators.io.problem.ReadOptions;

class JsonMappersTest {

  record Point(int x) {}

  @Test
  void limitsAreTheDocumentedOnes() {
    StreamReadConstraints limits = JsonMappers.readConstraints();
    assertEquals(64, limits.getMaxNestingDepth());
    assertEquals(1_000_000, limits.getMaxStringLength());
    assertEquals(100, limits.getMaxNumberLength());
    assertEquals(64L * 1024 * 1024, limits.getMaxDocumentLength());
  }

  @Test
  void unknownPropertiesFailByDefaultAndMayBeIgnored() throws Exception {
    JsonMapper strict = JsonMappers.create(ReadOptions.defaults());
    assertTrue(strict.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertThrows(UnrecognizedPropertyException.class, () -> strict.readValue("{\"x\":1,\"y\":2}", Point.class));
    JsonMapper lenient = JsonMappers.create(ReadOptions.defaults().ignoringUnknownFields());
    assertEquals(new Point(1), lenient.readValue("{\"x\":1,\"y\":2}", Point.class));
  }

  @Test
  void stringsAreNotCoercedToNumbersAndDefaultTypingIsOff() {
    JsonMapper mapper = JsonMappers.create(ReadOptions.defaults());
    assertThrows(Exception.class, () -> mapper.readValue("{\"x\":\"1\"}", Point.class));
    assertFalse(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)) != null);
  }

  @Test
  void tooDeepDocumentsAreRejected() {
    JsonMapper mapper = JsonMappers.create(ReadOptions.defaults());
    assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[".repeat(65) + "]".repeat(65)));
  }
}
