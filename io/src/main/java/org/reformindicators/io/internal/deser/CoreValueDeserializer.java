package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.document.FormatVersions;
import org.reformindicators.io.problem.ProblemCollector;

/**
 * Reads a core value in two steps, such as an {@code Indicator}: Jackson binds the plain form (a record
 * mirroring the JSON object), then core's public factory builds and validates the value.
 *
 * <p>A refusal by core ({@link IllegalArgumentException} or {@link NullPointerException} naming the field)
 * becomes an {@link InvalidValueException} located where the value starts, or, for an {@link
 * InvalidElementException}, at the part of the value it names. When the read collects problems
 * (see {@link ProblemCollecting}) the failure of one value is recorded, the rest of the value is skipped and
 * {@code null} is returned, so that the next element is read; an enclosing value whose parts failed is then
 * not built (its problems are already recorded). A plain form that is a {@link DocumentForm} has its {@code
 * formatVersion} and {@code kind} checked, both required at the top of a file. A value that is not a mapping
 * (object) is refused with what was found. A syntax error or an exceeded limit is never recorded here: it ends
 * the whole read ({@link ReadErrors#endsTheRead(Throwable)}), so that no follow-on problem is invented after it.
 * Immutable and thread-safe.
 *
 * @param <F> the plain form bound by Jackson
 * @param <T> the core type
 */
public abstract class CoreValueDeserializer<F, T> extends RefusingNullDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient JavaType formType;

  /**
   * Creates the deserializer.
   *
   * @param type the core type
   * @param formType the plain form type, bound by Jackson
   */
  protected CoreValueDeserializer(Class<T> type, JavaType formType) {
    super(type);
    this.formType = formType;
  }

  /**
   * Builds the core value from its plain form through core's public factories.
   *
   * @param form the plain form, never null
   * @return the core value
   * @throws IllegalArgumentException if core refuses a value
   * @throws NullPointerException if a required part is missing
   */
  protected abstract T build(F form);

  /**
   * Builds the core value from its plain form, with access to the deserialization context (e.g. to values
   * read earlier in the same document); by default {@link #build(Object)}.
   *
   * @param form the plain form, never null
   * @param ctxt the deserialization context
   * @return the core value
   * @throws IllegalArgumentException if core refuses a value
   * @throws NullPointerException if a required part is missing
   */
  protected T build(F form, DeserializationContext ctxt) {
    return build(form);
  }

  /**
   * Called when the problems of this value were recorded and {@code null} is returned in its place, so that a
   * later value that refers to it (such as a target naming a plan's reading by id) can tell a value declared
   * but refused from one never declared; by default nothing.
   *
   * @param form the plain form as far as it was read, or {@code null} when even the form could not be read
   * @param ctxt the deserialization context
   */
  protected void refused(F form, DeserializationContext ctxt) {}

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ProblemCollector collector = ProblemCollecting.collector(ctxt);
    long problemsBefore = collector == null ? 0 : collector.total();
    JsonLocation start = p.currentTokenLocation();
    JsonToken first = p.currentToken();
    // the context whose current entry is this value: its pointer is the value's, and the value ends there
    JsonStreamContext parent = FormLocating.holder(p);
    F form = null;
    try {
      if (first != JsonToken.START_OBJECT && first != JsonToken.FIELD_NAME) {
        throw new InvalidValueException(
            p,
            "expected " + (ReadErrors.isYaml(p) ? "a mapping" : "an object") + " with the properties of "
                + article(handledType()) + ", found " + ReadErrors.found(p),
            start,
            handledType(),
            first != null && first.isScalarValue() ? p.getText() : "");
      }
      @SuppressWarnings("unchecked")
      F read = (F) formDeserializer(ctxt).deserialize(p, ctxt);
      form = read;
      if (form == null || (collector != null && collector.total() > problemsBefore)) {
        refused(form, ctxt);
        return null;
      }
      try {
        if (form instanceof DocumentForm document) {
          checkDocument(document, parent.inRoot());
        }
        return build(form, ctxt);
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException | ArithmeticException e) {
        JsonLocation at = e instanceof InvalidElementException element ? element.start() : start;
        InvalidValueException invalid = new InvalidValueException(p, describe(e), at, handledType());
        if (e instanceof InvalidFieldException field) {
          invalid.prependPath(form, field.field());
        } else if (e instanceof InvalidElementException element) {
          List<Object> path = element.path();
          for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof Integer index) {
              invalid.prependPath(form, index);
            } else {
              invalid.prependPath(form, (String) path.get(i));
            }
          }
        }
        throw invalid;
      }
    } catch (DatabindException e) {
      if (collector == null
          || !(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping)
          || ReadErrors.endsTheRead(e)) {
        throw e;
      }
      collector.add(ReadErrors.toProblem(parent.pathAsPointer(), mapping, p));
      ProblemCollecting.skipRest(p, parent);
      refused(form, ctxt);
      return null;
    }
  }

  /** The deserializer of the plain form, found once per deserializer factory (one per mapper). */
  private record FormDeserializer(Object factory, JsonDeserializer<Object> deserializer) {}

  private transient volatile FormDeserializer formDeserializer;

  /**
   * Returns the deserializer of the plain form: Jackson's lookup introspects the type's annotations on every
   * call, which for a large plan allocated more than the plan itself; it is done once per mapper.
   */
  private JsonDeserializer<Object> formDeserializer(DeserializationContext ctxt) throws JsonMappingException {
    FormDeserializer found = formDeserializer;
    if (found == null || found.factory() != ctxt.getFactory()) {
      found = new FormDeserializer(ctxt.getFactory(), ctxt.findRootValueDeserializer(formType));
      formDeserializer = found;
    }
    return found.deserializer();
  }

  /** Names a core type for a message, such as {@code a plan} or {@code an index node}. */
  private static String article(Class<?> type) {
    String words = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  /**
   * Returns the kind of document this value forms at the top of a file, or {@code null} when the value is
   * never a document on its own.
   *
   * @return the document kind, or {@code null}
   */
  protected DocumentKind documentKind() {
    return null;
  }

  private void checkDocument(DocumentForm form, boolean root) {
    DocumentKind kind = documentKind();
    if (kind == null) {
      return;
    }
    if (form.formatVersion() == null) {
      if (root) {
        throw new InvalidFieldException("formatVersion", "a document must state its formatVersion (" + kind.currentVersion() + ")");
      }
    } else {
      try {
        FormatVersions.check(kind, form.formatVersion());
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException("formatVersion", e.getMessage());
      }
    }
    if (form.kind() == null) {
      if (root) {
        throw new InvalidFieldException("kind", "a document must state its kind ('" + kind.id() + "')");
      }
    } else if (!form.kind().equals(kind.id())) {
      throw new InvalidFieldException(
          "kind", "kind must be '" + kind.id() + "' for this document, was '" + form.kind() + "'");
    }
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    if (e instanceof NullPointerException) {
      return message == null ? "a required property is missing" : "required property '" + message + "' is missing";
    }
    return message == null || message.isBlank() ? "this value is not valid" : message;
  }
}
