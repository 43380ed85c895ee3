package org.reformindicators.io.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.io.problem.ReadOptions;
import org.yaml.snakeyaml.LoaderOptions;

class YamlMappersTest {

  @Test
  void loaderLimitsAreTheDocumentedOnes() {
    LoaderOptions loader = YamlMappers.loaderOptions();
    assertEquals(20, loader.getMaxAliasesForCollections());
    assertEquals(64, loader.getNestingDepthLimit());
    assertEquals(16 * 1024 * 1024, loader.getCodePointLimit());
    assertEquals(false, loader.isAllowDuplicateKeys());
  }

  @Test
  void aliasesAreRejectedRatherThanReadAsTheirName() {
    YAMLMapper mapper = YamlMappers.create(ReadOptions.defaults());
    JsonParseException e = assertThrows(JsonParseException.class, () -> mapper.readValue("a: &x 1\nb: *x\n", Map.class));
    assertTrue(e.getOriginalMessage().startsWith("YAML aliases are not supported (*x)"), e.getOriginalMessage());
  }

  @Test
  void numbersLookingStringsAreQuoted() throws Exception {
    YAMLMapper mapper = YamlMappers.create(ReadOptions.defaults());
    assertEquals("area: \"01\"\n", mapper.writeValueAsString(Map.of("area", "01")));
    assertEquals("year: \"2025\"\n", mapper.writeValueAsString(Map.of("year", "2025")));
  }
}
