package org.reformindicators.io.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.reformindicators.io.internal.deser.ReadErrors;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.internal.text.StrictUtf8Reader;

/**
 * The line and column of every node of a small JSON or YAML document by its JSON pointer, such as {@code
 * /rules/2/numerator/outcome/0} at line 31, column 18, found by one streaming pass over the document's bytes.
 *
 * <p>A property's place is the place of its name; an element's is the place of its value. A problem whose pointer
 * names no node (a missing property) takes the place of its nearest ancestor. Immutable after {@link #of}; not
 * shared.
 */
final class NodeLocations {

  private final Map<String, JsonLocation> places;

  private NodeLocations(Map<String, JsonLocation> places) {
    this.places = places;
  }

  /**
   * Indexes a document; a document that cannot be parsed to its end is indexed up to the failure (the tree reader
   * reports the failure itself).
   */
  static NodeLocations of(ObjectMapper mapper, byte[] document) {
    Map<String, JsonLocation> places = new HashMap<>();
    try (JsonParser parser = mapper.createParser(new StrictUtf8Reader(new ByteArrayInputStream(document)))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        places.putIfAbsent(pointer, parser.currentTokenLocation());
      }
    } catch (IOException e) {
      // the places up to the failure are kept; the failure is reported by the tree reader
    }
    return new NodeLocations(places);
  }

  /** Returns the problem at the line and column of its pointer, or as it is if it has a place or none is known. */
  Problem locate(Problem problem) {
    if (!(problem.location() instanceof ProblemLocation.Document at) || at.line() != 0) {
      return problem;
    }
    String pointer = at.pointer();
    while (true) {
      JsonLocation place = places.get(pointer);
      if (place != null && place.getLineNr() > 0) {
        return new Problem(ReadErrors.location(at.pointer(), place), problem.field(), problem.value(),
            problem.message());
      }
      if (pointer.isEmpty()) {
        return problem;
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
  }
}
