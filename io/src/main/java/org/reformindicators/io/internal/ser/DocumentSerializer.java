package org.reformindicators.io.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Objects;
import org.reformindicators.io.document.DocumentKind;

/**
 * Writes a core value that can stand as a whole document, such as a plan: with {@code "formatVersion": 1,
 * "kind": "plan"} at the top of the output and without them when nested in another document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the core type
 * @param <F> the plain form, a {@link org.reformindicators.io.internal.document.DocumentForm}
 */
public abstract class DocumentSerializer<T, F> extends CoreValueSerializer<T, F> {

  private static final long serialVersionUID = 1L;

  /** The document kind the value forms at the top of a file. */
  private final DocumentKind kind;

  /**
   * Creates the serializer.
   *
   * @param type the core type
   * @param kind the document kind the value forms at the top of a file
   */
  protected DocumentSerializer(Class<T> type, DocumentKind kind) {
    super(type);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Returns the plain form of a value with the given envelope members.
   *
   * @param value the core value
   * @param formatVersion the format version, or {@code null} when nested
   * @param kind the kind name, or {@code null} when nested
   * @return the plain form
   */
  protected abstract F form(T value, Integer formatVersion, String kind);

  @Override
  protected final F form(T value) {
    return form(value, null, null);
  }

  @Override
  protected final F form(T value, boolean root) {
    return root ? form(value, kind.currentVersion(), kind.id()) : form(value, null, null);
  }

  /**
   * Writes a value while a serialization attribute holds a given value, restoring the previous one after;
   * lets nested serializers know that they are inside this document (e.g. targets inside a plan name their
   * readings by id).
   *
   * @param key the attribute key
   * @param attribute the attribute value while the value is written
   * @param value the value
   * @param gen the generator
   * @param provider the provider
   * @throws IOException if the output cannot be written
   */
  protected final void serializeWithAttribute(
      Object key, Object attribute, T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Object outer = provider.getAttribute(key);
    provider.setAttribute(key, attribute);
    try {
      super.serialize(value, gen, provider);
    } finally {
      provider.setAttribute(key, outer);
    }
  }
}
