package org.reformindicators.io.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a core value through its plain form, such as an {@code Indicator} as the record that mirrors its
 * JSON object; the inverse of {@link org.reformindicators.io.internal.deser.CoreValueDeserializer}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the core type
 * @param <F> the plain form written by Jackson
 */
public abstract class CoreValueSerializer<T, F> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the serializer.
   *
   * @param type the core type
   */
  protected CoreValueSerializer(Class<T> type) {
    super(type);
  }

  /**
   * Returns the plain form of a value.
   *
   * @param value the core value, never null
   * @return its plain form
   */
  protected abstract F form(T value);

  /**
   * Returns the plain form of a value, knowing whether it is the whole document; a document form writes
   * {@code formatVersion} and {@code kind} only at the top.
   *
   * @param value the core value, never null
   * @param root whether the value is the top of the output
   * @return its plain form
   */
  protected F form(T value, boolean root) {
    return form(value);
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    F form = form(value, gen.getOutputContext().inRoot());
    provider.findValueSerializer(form.getClass()).serialize(form, gen, provider);
  }
}
