package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.databind.JavaType;
import java.util.Objects;
import org.reformindicators.io.document.DocumentKind;

/**
 * Reads a core value that can stand as a whole document, such as a plan, checking its {@code
 * formatVersion} and {@code kind} (both required at the top of a file).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <F> the plain form, a {@link org.reformindicators.io.internal.document.DocumentForm}
 * @param <T> the core type
 */
public abstract class DocumentDeserializer<F, T> extends CoreValueDeserializer<F, T> {

  private static final long serialVersionUID = 1L;

  /** The document kind the value forms at the top of a file. */
  private final DocumentKind kind;

  /**
   * Creates the deserializer.
   *
   * @param type the core type
   * @param formType the plain form type
   * @param kind the document kind
   */
  protected DocumentDeserializer(Class<T> type, JavaType formType, DocumentKind kind) {
    super(type, formType);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  @Override
  protected final DocumentKind documentKind() {
    return kind;
  }
}
