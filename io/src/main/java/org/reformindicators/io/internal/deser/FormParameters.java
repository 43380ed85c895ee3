package org.reformindicators.io.internal.deser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Checks the parameters of a plain form whose members depend on its type name, such as a target kind {@code
 * {"type": "band", "min": 80, "max": 90}} that must not also carry {@code value}; and converts enumeration
 * constants to and from the lower-case, hyphenated names of the file formats ({@code WEIGHTED_ARITHMETIC} ↔
 * {@code weighted-arithmetic}).
 *
 * <p>Stateless and thread-safe.
 */
public final class FormParameters {

  private FormParameters() {}

  /**
   * Requires that a form carries no parameter beyond the allowed ones.
   *
   * @param form the plain form, a record whose absent members are {@code null}
   * @param typeMember the member holding the type name, ignored in the check
   * @param what how the form is named in the message, e.g. {@code target type 'band'}
   * @param allowed the members the type takes
   * @throws InvalidFieldException naming the first extra member
   */
  public static void requireOnly(Record form, String typeMember, String what, Collection<String> allowed) {
    TreeSet<String> extra = new TreeSet<>();
    for (Component component : COMPONENTS.get(form.getClass())) {
      String name = component.name();
      if (!name.equals(typeMember) && !allowed.contains(name) && component.value(form) != null) {
        extra.add(name);
      }
    }
    if (!extra.isEmpty()) {
      throw new InvalidFieldException(extra.first(), what + " takes " + allowed + ", was also given " + extra);
    }
  }

  /**
   * Checks the type name of a form against a closed set of types and the form's members against that type's
   * parameters, such as {@code normalisation kind 'min-max'} that takes {@code [lower, upper]}.
   *
   * @param form the plain form
   * @param typeMember the member holding the type name, e.g. {@code type} or {@code kind}
   * @param typeName the type name read, or {@code null} when absent
   * @param types each type name with the members it takes
   * @param field the member reported when the type name is wrong, e.g. {@code normalisation}
   * @param label how the value is named in messages, e.g. {@code normalisation}
   * @return the type name
   * @throws InvalidFieldException if the type name is absent or unknown, or a member belongs to another type
   */
  public static String requireType(
      Record form, String typeMember, String typeName, java.util.Map<String, ? extends Collection<String>> types, String field, String label) {
    if (typeName == null) {
      throw new InvalidFieldException(field, label + " needs a '" + typeMember + "', one of " + types.keySet());
    }
    Collection<String> allowed = types.get(typeName);
    if (allowed == null) {
      throw new InvalidFieldException(
          field, label + " " + typeMember + " must be one of " + types.keySet() + ", was '" + typeName + "'");
    }
    requireOnly(form, typeMember, label + " " + typeMember + " '" + typeName + "'", allowed);
    return typeName;
  }

  /**
   * Returns a required member of a form.
   *
   * @param value the member's value, {@code null} when absent
   * @param field the member's name
   * @param what how the form is named in the message, e.g. {@code target type 'band'}
   * @param <V> the member's type
   * @return the value
   * @throws InvalidFieldException if the value is absent
   */
  public static <V> V require(V value, String field, String what) {
    if (value == null) {
      throw new InvalidFieldException(field, what + " requires '" + field + "'");
    }
    return value;
  }

  /** A component of a form record with its accessor, made accessible once. */
  private record Component(String name, Method accessor) {
    Object value(Record form) {
      try {
        return accessor.invoke(form);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + name + " of " + form.getClass(), e);
      }
    }
  }

  /**
   * The components of each form record, looked up once per class: reflecting them for every form read
   * allocated more than the forms themselves.
   */
  private static final ClassValue<List<Component>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
          List<Component> components = new ArrayList<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (accessor.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnySetter.class)) {
              continue; // the properties of no member: the binding reports them with the type's own members
            }
            // forms are package-private records of the binding packages
            accessor.setAccessible(true);
            components.add(new Component(component.getName(), accessor));
          }
          return List.copyOf(components);
        }
      };

  /**
   * Returns the file-format name of an enumeration constant.
   *
   * @param constant the constant, e.g. {@code POINTS_SHARE}
   * @return the name, e.g. {@code points-share}
   */
  public static String hyphenated(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the enumeration constant of a file-format name.
   *
   * @param type the enumeration
   * @param field the member that holds the name, for the message
   * @param text the name, e.g. {@code points-share}
   * @param <E> the enumeration
   * @return the constant
   * @throws InvalidFieldException if the text names no constant; the message lists the allowed names
   */
  public static <E extends Enum<E>> E parseHyphenated(Class<E> type, String field, String text) {
    TreeSet<String> names = new TreeSet<>();
    for (E constant : type.getEnumConstants()) {
      String name = hyphenated(constant);
      if (name.equals(text)) {
        return constant;
      }
      names.add(name);
    }
    throw new InvalidFieldException(field, field + " must be one of " + names + ", was '" + text + "'");
  }
}
