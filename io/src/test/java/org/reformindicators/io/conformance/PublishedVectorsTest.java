package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A published vector never changes: {@code conformance/published-1.txt} lists every vector published with suite
 * version 1 and a SHA-256 of its inputs, expected outputs and rationale; each must still be in the suite with the
 * same digest (a correction adds a new id and retires the old one with {@code retiredBy}, which the digest leaves
 * out). A new vector is added to the list when it is published.
 */
class PublishedVectorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static String digest(ConformanceVector v) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", v.id());
    node.put("kind", v.kind().text());
    node.set("inputs", v.inputs());
    node.set("expected", v.expected());
    node.put("rationale", v.rationale());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(node));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPublishedVectorIsStillThereUnchangedAndEveryVectorIsListed() throws IOException {
    Map<String, String> published = new LinkedHashMap<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("conformance/published-1.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.trim().split(" ");
          published.put(parts[0], parts[1]);
        }
      }
    }
    ConformanceSuite suite = ConformanceSuite.bundled();
    List<String> changed = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    for (Map.Entry<String, String> e : published.entrySet()) {
      ConformanceVector v = suite.find(e.getKey()).orElse(null);
      if (v == null || !digest(v).equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    for (ConformanceVector v : suite.vectors()) {
      if (!published.containsKey(v.id())) {
        unlisted.add(v.id() + " " + digest(v));
      }
    }
    assertEquals(List.of(), changed, "published vectors removed or changed: add a new id and retire the old one");
    assertTrue(unlisted.isEmpty(), "vectors not in published-1.txt:\n" + String.join("\n", unlisted));
  }
}
