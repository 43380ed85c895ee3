package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;

/**
 * A deserializer of this module that refuses a {@code null} entry of a list or a mapping, such as {@code
 * periods: [2024, ~]} ("a list entry is null: …"), through {@link NullRefusal#refuse}, and passes on the
 * {@code null} that stands for a value that failed and was reported.
 *
 * <p>Immutable and thread-safe when the subclass is.
 *
 * @param <T> the type read
 */
public abstract class RefusingNullDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param type the type read
   */
  protected RefusingNullDeserializer(Class<?> type) {
    super(type);
  }

  /**
   * Refuses the {@code null} the parser is at; passes on the {@code null} of a value that failed.
   *
   * @param ctxt the deserialization context
   * @return {@code null} when the parser is not at a {@code null}
   * @throws JsonMappingException ({@link InvalidValueException}) when the parser is at a {@code null}
   */
  @Override
  @SuppressWarnings("unchecked")
  public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    return (T) NullRefusal.refuse(ctxt);
  }

  /**
   * Returns nothing for an absent value: a property left out is absent, not {@code null}.
   *
   * @param ctxt the deserialization context
   * @return {@code null}
   */
  @Override
  public final Object getAbsentValue(DeserializationContext ctxt) {
    return null;
  }

  /**
   * Tells Jackson that the value for {@code null} depends on the input.
   *
   * @return {@link AccessPattern#DYNAMIC}
   */
  @Override
  public final AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }
}
