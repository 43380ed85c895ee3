package org.reformindicators.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;

class ReformIndicatorsModuleTest {

  @Test
  void isDiscoveredThroughServiceLoader() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains(ReformIndicatorsModule.NAME), mapper.getRegisteredModuleIds().toString());
  }

  @Test
  void aPlainMapperWithTheModuleBindsCoreTypes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReformIndicatorsModule());
    assertEquals("\"2025-Q3\"", mapper.writeValueAsString(Quarter.of(2025, 3)));
    assertEquals(Quarter.of(2025, 3), mapper.readValue("\"2025-Q3\"", ReportingPeriod.class));
  }

  @Test
  void everyStringIsReadInNfc() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReformIndicatorsModule());
    String decomposed = "\"Qua\u0309ng Nga\u0303i\"";
    assertEquals("Quảng Ngãi", mapper.readValue(decomposed, String.class));
    assertEquals(List.of("Quảng Ngãi"), mapper.readValue("[" + decomposed + "]", List.class));
    Map<String, Integer> map = mapper.readValue("{" + decomposed + ": 1}", new TypeReference<Map<String, Integer>>() {});
    assertEquals("Quảng Ngãi", map.keySet().iterator().next());
  }
}
