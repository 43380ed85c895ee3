package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An explicit reading of an ambiguous clause, such as {@code T7_PERCENTAGE_POINTS_TRAJECTORY}: "+20 percentage
 * points a year from the 2021 value, capped at 100 %", with the alternatives that were considered.
 *
 * <p>A plan carries its readings as data so that a report can show them next to the clauses they govern; the
 * library never applies an unstated default where the source is ambiguous (the readings of Decision 1256/QĐ-UBND in
 * {@code docs/plan-1256-model.md}).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param id the identifier, in the code syntax of {@code docs/formats/observations.md} (upper-case letters, digits, underscores)
 * @param statement the reading in Vietnamese and English
 * @param alternatives the other readings that were considered and not taken, in English, possibly empty
 */
public record Reading(String id, BilingualText statement, List<String> alternatives) implements Serializable {

  /**
   * Validates the reading and keeps an unmodifiable copy of the alternatives.
   *
   * @param id the identifier
   * @param statement the statement
   * @param alternatives the alternatives
   * @throws NullPointerException if an argument or an alternative is null
   * @throws IllegalArgumentException if the id breaks the code syntax or an alternative is blank
   */
  public Reading {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(alternatives, "alternatives");
    Checks.requireCode("reading id", id);
    alternatives = List.copyOf(alternatives);
    for (String alternative : alternatives) {
      Checks.requireText("alternative of reading " + id, alternative);
    }
  }

  /**
   * Returns a reading.
   *
   * @param id the identifier
   * @param statementVi the reading in Vietnamese
   * @param statementEn the reading in English
   * @param alternatives the alternatives considered, in English
   * @return the reading
   * @throws NullPointerException if an argument or an alternative is null
   * @throws IllegalArgumentException if the id breaks the code syntax or a text is blank
   */
  public static Reading of(String id, String statementVi, String statementEn, String... alternatives) {
    return new Reading(id, BilingualText.of(statementVi, statementEn), List.of(alternatives));
  }
}
