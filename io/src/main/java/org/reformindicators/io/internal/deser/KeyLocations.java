package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers where the unknown keys of the plain forms being read are, such as {@code extra} at line 40 of a
 * methodology, so that an unknown property is reported at its own line rather than where its form starts.
 *
 * <p>Jackson binds records through their canonical constructor and hands unknown properties over only after
 * the constructor ran, replayed from a buffer that has lost their place in the file. A read that wants exact
 * places wraps its parser with {@link #recording(JsonParser)} and stores this object in the deserialization
 * context's attributes under {@link #ATTRIBUTE}; {@link FormLocating} then opens one slot per form being read.
 * Only keys that the form does not know are remembered, and only while their form is open, so memory stays
 * bounded by the nesting depth and the number of unknown keys. Mutable and not thread-safe: one per read.
 */
public final class KeyLocations {

  /** The attribute key under which a read stores its key locations. */
  public static final Object ATTRIBUTE = KeyLocations.class;

  /** Most unknown keys remembered per form; the reader stops at 100 problems anyway. */
  private static final int MAX_KEYS_PER_FORM = 128;

  private final ArrayDeque<Slot> open = new ArrayDeque<>();

  /** Creates an empty record of key locations. */
  public KeyLocations() {}

  /**
   * Returns the key locations of the current read, if it records them.
   *
   * @param ctxt the deserialization context
   * @return the key locations, or {@code null}
   */
  static KeyLocations of(DeserializationContext ctxt) {
    return ctxt.getAttribute(ATTRIBUTE) instanceof KeyLocations keys ? keys : null;
  }

  /**
   * Wraps a parser so that the keys it reads are recorded here.
   *
   * @param parser the parser of the read
   * @return the parser to read from instead
   */
  public JsonParser recording(JsonParser parser) {
    return new Recorder(parser);
  }

  /** The unknown keys of one form being read. */
  static final class Slot {
    private final JsonStreamContext context;
    private final Set<String> known;
    private Map<String, JsonLocation> unknown;

    Slot(JsonStreamContext context, Set<String> known) {
      this.context = context;
      this.known = known;
    }

    /** Returns where an unknown key was read, or {@code null}. */
    JsonLocation location(String key) {
      return unknown == null ? null : unknown.get(key);
    }
  }

  /**
   * Opens a slot for a form whose keys are read in a context.
   *
   * @param context the context of the form's object
   * @param known the properties the form knows
   * @return the slot, to be closed with {@link #close(Slot)}
   */
  Slot open(JsonStreamContext context, Set<String> known) {
    Slot slot = new Slot(context, known);
    open.push(slot);
    return slot;
  }

  /**
   * Closes the innermost slot.
   *
   * @param slot the slot returned by {@link #open(JsonStreamContext, Set)}
   */
  void close(Slot slot) {
    open.remove(slot);
  }

  private void seen(JsonParser p) throws IOException {
    Slot top = open.peek();
    if (top == null || p.getParsingContext() != top.context) {
      return;
    }
    String key = p.currentName();
    if (key == null || top.known.contains(key)) {
      return;
    }
    if (top.unknown == null) {
      top.unknown = new HashMap<>();
    }
    if (top.unknown.size() < MAX_KEYS_PER_FORM) {
      top.unknown.putIfAbsent(key, p.currentTokenLocation());
    }
  }

  /** Reports every key the wrapped parser reads. */
  private final class Recorder extends JsonParserDelegate {
    Recorder(JsonParser parser) {
      super(parser);
    }

    private <T> T after(T result) throws IOException {
      if (delegate.currentToken() == JsonToken.FIELD_NAME) {
        seen(delegate);
      }
      return result;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      return after(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
      return after(delegate.nextValue());
    }

    @Override
    public String nextFieldName() throws IOException {
      return after(delegate.nextFieldName());
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      return after(delegate.nextFieldName(name));
    }

    @Override
    public String nextTextValue() throws IOException {
      return after(delegate.nextTextValue());
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return after(delegate.nextIntValue(defaultValue));
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return after(delegate.nextLongValue(defaultValue));
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
      return after(delegate.nextBooleanValue());
    }
  }
}
