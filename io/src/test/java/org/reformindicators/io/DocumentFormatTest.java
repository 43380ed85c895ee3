package org.reformindicators.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

  @Test
  void theExtensionChoosesTheFormat() {
    assertEquals(DocumentFormat.JSON, DocumentFormat.of(Path.of("a/plan.JSON")));
    assertEquals(DocumentFormat.YAML, DocumentFormat.of(Path.of("plan.yaml")));
    assertEquals(DocumentFormat.YAML, DocumentFormat.of(Path.of("plan.yml")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentFormat.of(Path.of("plan.txt")));
    assertEquals("file extension must be .json, .yaml or .yml to choose a document format, was 'plan.txt'", e.getMessage());
  }
}
