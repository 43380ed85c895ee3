package org.reformindicators.core.derivation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.Procedure;

/**
 * A test of a dossier: for each constrained {@link RecordField}, the values it may take, all of which must hold,
 * such as {@code outcome in [COMPLETED, REFUSED] and passedElectronically in [true]}.
 *
 * <p>A condition without terms ({@link #always()}) matches every dossier. It is compiled to one bit mask per field,
 * so that testing a dossier allocates nothing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Condition implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Condition ALWAYS = new Condition(new EnumMap<>(RecordField.class));

  private final Map<RecordField, SortedSet<String>> terms;
  private final RecordField[] fields;
  private final long[] masks;

  private Condition(EnumMap<RecordField, SortedSet<String>> terms) {
    this.terms = Collections.unmodifiableMap(terms);
    this.fields = terms.keySet().toArray(new RecordField[0]);
    this.masks = new long[fields.length];
    for (int i = 0; i < fields.length; i++) {
      for (String value : terms.get(fields[i])) {
        masks[i] |= 1L << fields[i].codeOf(value);
      }
    }
  }

  /**
   * Returns the condition that every dossier meets.
   *
   * @return the condition without terms
   */
  public static Condition always() {
    return ALWAYS;
  }

  /**
   * Returns a condition.
   *
   * @param terms the values each field may take
   * @return the condition
   * @throws NullPointerException if {@code terms}, a key or a value is null
   * @throws IllegalArgumentException if a value is not one of its field's values, or a field has no value; the
   *     message names the field and the value
   */
  public static Condition of(Map<RecordField, ? extends Collection<String>> terms) {
    Objects.requireNonNull(terms, "terms");
    EnumMap<RecordField, SortedSet<String>> copy = new EnumMap<>(RecordField.class);
    for (Map.Entry<RecordField, ? extends Collection<String>> term : terms.entrySet()) {
      RecordField field = Objects.requireNonNull(term.getKey(), "field");
      if (term.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            "condition on " + field.fieldName() + ": at least one value is required, one of " + field.allowedValues());
      }
      SortedSet<String> values = new TreeSet<>((a, b) -> Integer.compare(field.codeOf(a), field.codeOf(b)));
      for (String value : term.getValue()) {
        field.codeOf(Objects.requireNonNull(value, "value"));
        values.add(value);
      }
      copy.put(field, Collections.unmodifiableSortedSet(values));
    }
    return copy.isEmpty() ? ALWAYS : new Condition(copy);
  }

  /**
   * Returns a condition of one field.
   *
   * @param field the field
   * @param values the values it may take
   * @return the condition
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(Map)}
   */
  public static Condition where(RecordField field, String... values) {
    return of(Map.of(field, List.of(values)));
  }

  /**
   * Returns the condition that both this and another condition hold; a field constrained by both may take the
   * values common to both.
   *
   * @param other the other condition
   * @return the conjunction
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if a field constrained by both has no common value
   */
  public Condition and(Condition other) {
    Objects.requireNonNull(other, "other");
    Map<RecordField, Collection<String>> merged = new EnumMap<>(RecordField.class);
    merged.putAll(terms);
    other.terms.forEach(
        (field, values) -> {
          Set<String> common = new LinkedHashSet<>(values);
          if (merged.containsKey(field)) {
            common.retainAll(merged.get(field));
          }
          merged.put(field, common);
        });
    return of(merged);
  }

  /**
   * Returns the values each constrained field may take.
   *
   * @return the terms, in field order, each value set in code order
   */
  public Map<RecordField, SortedSet<String>> terms() {
    return terms;
  }

  /**
   * Whether a field of the procedure list is tested.
   *
   * @return {@code true} if a term needs the procedure list
   */
  public boolean needsProcedureList() {
    return terms.keySet().stream().anyMatch(RecordField::needsProcedureList);
  }

  /**
   * Tests a dossier.
   *
   * @param record the dossier
   * @param procedure its procedure from the procedure list, or {@code null} when unlisted
   * @return {@code true} if every term holds
   */
  public boolean matches(DossierRecord record, Procedure procedure) {
    for (int i = 0; i < fields.length; i++) {
      if ((masks[i] & (1L << fields[i].code(record, procedure))) == 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Condition that && terms.equals(that.terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /**
   * Returns the condition as text, such as {@code outcome in [COMPLETED] and onTime in [true]}, or {@code always}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "always";
    }
    List<String> parts = new ArrayList<>();
    terms.forEach((field, values) -> parts.add(field.fieldName() + " in " + values));
    return String.join(" and ", parts);
  }

  /** Replaces the condition by its serial form, each field's values in order (the sets' comparators are lambdas). */
  private Object writeReplace() {
    EnumMap<RecordField, ArrayList<String>> plain = new EnumMap<>(RecordField.class);
    terms.forEach((field, values) -> plain.put(field, new ArrayList<>(values)));
    return new SerialForm(plain);
  }

  /** The serial form of a condition; reading it back checks every value again. */
  private record SerialForm(EnumMap<RecordField, ArrayList<String>> terms) implements Serializable {

    private Object readResolve() {
      return terms.isEmpty() ? ALWAYS : of(terms);
    }
  }
}
