package org.reformindicators.core.record;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The procedures a province offers, by code, such as the list of procedures with online payment published by a
 * provincial People's Committee.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcedureList implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ProcedureList EMPTY = new ProcedureList(Map.of());

  private final Map<String, Procedure> byCode;

  private ProcedureList(Map<String, Procedure> byCode) {
    this.byCode = byCode;
  }

  /**
   * Returns the empty list.
   *
   * @return a list without procedures
   */
  public static ProcedureList empty() {
    return EMPTY;
  }

  /**
   * Returns a list of procedures.
   *
   * @param procedures the procedures, each code once
   * @return the list
   * @throws NullPointerException if {@code procedures} or an element is null
   * @throws IllegalArgumentException if a code appears twice; the message names it
   */
  public static ProcedureList of(Collection<Procedure> procedures) {
    Map<String, Procedure> byCode = new LinkedHashMap<>();
    for (Procedure procedure : procedures) {
      Objects.requireNonNull(procedure, "procedure");
      if (byCode.put(procedure.code(), procedure) != null) {
        throw new IllegalArgumentException(
            "procedure list: code must appear once, was '" + procedure.code() + "' again");
      }
    }
    return new ProcedureList(Map.copyOf(byCode));
  }

  /**
   * Finds a procedure.
   *
   * @param code the procedure code
   * @return the procedure, or empty when not listed
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<Procedure> find(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the procedures, in no particular order.
   *
   * @return the procedures
   */
  public List<Procedure> all() {
    return List.copyOf(byCode.values());
  }

  /**
   * Returns the number of procedures.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Whether the list holds no procedure.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return byCode.isEmpty();
  }

  @Override
  public String toString() {
    return "ProcedureList[" + byCode.size() + " procedures]";
  }
}
