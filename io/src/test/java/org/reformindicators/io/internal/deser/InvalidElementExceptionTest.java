package org.reformindicators.io.internal.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidElementExceptionTest {

  private static final JsonLocation LINE_13 = new JsonLocation(ContentReference.unknown(), 400L, 13, 5);

  @Test
  void keepsThePathTheStartAndCoresMessage() {
    InvalidElementException e = new InvalidElementException(List.of("targets", 4), LINE_13, "T5: target value must be within …");
    assertEquals(List.of("targets", 4), e.path());
    assertEquals(13, e.start().getLineNr());
    assertEquals(5, e.start().getColumnNr());
    assertEquals("T5: target value must be within …", e.getMessage());
  }

  @Test
  void copiesThePath() {
    List<Object> path = new ArrayList<>(List.of("targets", 4));
    InvalidElementException e = new InvalidElementException(path, LINE_13, "m");
    path.add("kind");
    assertEquals(List.of("targets", 4), e.path());
  }

  @Test
  void refusesAnEmptyPathAndStepsThatAreNeitherNamesNorIndexes() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> new InvalidElementException(List.of(), LINE_13, "m"));
    assertEquals("path must name at least one step, was empty", empty.getMessage());
    IllegalArgumentException step =
        assertThrows(IllegalArgumentException.class, () -> new InvalidElementException(List.of("targets", 4L), LINE_13, "m"));
    assertEquals(
        "path steps must be property names (String) or list indexes (Integer), was java.lang.Long", step.getMessage());
    assertThrows(NullPointerException.class, () -> new InvalidElementException(List.of("targets"), null, "m"));
  }
}
