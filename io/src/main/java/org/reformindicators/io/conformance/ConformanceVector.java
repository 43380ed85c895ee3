package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One test vector of the conformance suite, such as {@code eurostat-ratio-at-95}: its stable id, its tags, its
 * inputs (the library's own documents), the outputs a conforming system must give, and the hand arithmetic that
 * justifies them ({@code docs/formats/conformance.md}). A published vector never changes: a correction adds a new
 * id and retires the old one ({@link #retiredBy()}). Immutable and thread-safe when its JSON trees are not
 * modified.
 *
 * @param id the stable id
 * @param kind what the vector exercises
 * @param tags the tags from {@link ConformanceTag}, at least one
 * @param inputs the inputs object
 * @param expected the expected outputs object
 * @param rationale the hand arithmetic behind {@code expected}
 * @param retiredBy the id of the vector that replaces this one, if it was retired
 * @param file the file the vector was read from
 */
public record ConformanceVector(
    String id,
    VectorKind kind,
    List<ConformanceTag> tags,
    JsonNode inputs,
    JsonNode expected,
    String rationale,
    Optional<String> retiredBy,
    String file) {

  /**
   * Checks the members.
   *
   * @param id the stable id
   * @param kind what the vector exercises
   * @param tags the tags, at least one
   * @param inputs the inputs object
   * @param expected the expected outputs object
   * @param rationale the hand arithmetic
   * @param retiredBy the replacing vector's id, if retired
   * @param file the file the vector was read from
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} is empty or the rationale is blank
   */
  public ConformanceVector {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(retiredBy, "retiredBy");
    Objects.requireNonNull(file, "file");
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("tags of vector " + id + " must not be empty");
    }
    if (rationale.isBlank()) {
      throw new IllegalArgumentException("rationale of vector " + id + " must not be blank");
    }
  }

  /**
   * Tells whether the vector is retired: runners skip it.
   *
   * @return {@code true} when {@link #retiredBy()} is present
   */
  public boolean retired() {
    return retiredBy.isPresent();
  }
}
