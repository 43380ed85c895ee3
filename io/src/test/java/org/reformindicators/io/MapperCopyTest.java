package org.reformindicators.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.ReportingPeriod;

/** {@link ReformIndicatorsIo#mapper(DocumentFormat)} hands out a copy: the caller's changes stay the caller's. */
class MapperCopyTest {

  @Test
  void eachCallIsANewMapperConfiguredLikeTheShared() throws JsonProcessingException {
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    for (DocumentFormat format : DocumentFormat.values()) {
      ObjectMapper copy = io.mapper(format);
      assertNotSame(copy, io.mapper(format));
      assertEquals(ReportingPeriod.parse("2025-Q3"), copy.readValue("\"2025-Q3\"", ReportingPeriod.class));
    }
  }

  @Test
  void reconfiguringTheCopyLeavesTheInstanceAlone() {
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    String before = io.writeString(ReportingPeriod.parse("2025-Q3"), DocumentFormat.JSON);
    io.mapper(DocumentFormat.JSON).enable(SerializationFeature.WRAP_ROOT_VALUE);
    assertEquals(before, io.writeString(ReportingPeriod.parse("2025-Q3"), DocumentFormat.JSON));
    assertEquals("\"2025-Q3\"\n", before);
  }

  @Test
  void theYamlCopyKeepsTheStrictParser() {
    ObjectMapper copy = ReformIndicatorsIo.create().mapper(DocumentFormat.YAML);
    // an alias would otherwise read as its name, silently
    assertThrows(JsonProcessingException.class, () -> copy.readValue("- &a x\n- *a\n", List.class));
  }
}
