package org.reformindicators.io.evaluation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Shows a binding the head of a plan-assessments document only, such as {@code {"formatVersion": 1, "kind":
 * …, "plan": {…}, "asOf": "2022", "settings": {…}}} of a document whose {@code units} follow: at the top-level
 * key {@code units} it reports the end of the object and stops, leaving the parser underneath at that key, so
 * that the units can be read one by one from there.
 *
 * <p>Mutable and not thread-safe: one per read.
 */
final class HeadParser extends JsonParserDelegate {

  private boolean atUnits;

  HeadParser(JsonParser parser) {
    super(parser);
  }

  /** Whether the head ended at the top-level key {@code units} (else at the end of the document). */
  boolean atUnits() {
    return atUnits;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    if (atUnits) {
      return JsonToken.END_OBJECT;
    }
    JsonToken token = delegate.nextToken();
    JsonStreamContext context = delegate.getParsingContext();
    if (token == JsonToken.FIELD_NAME
        && context.getParent() != null
        && context.getParent().inRoot()
        && "units".equals(delegate.currentName())) {
      atUnits = true;
      return JsonToken.END_OBJECT;
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    return atUnits ? this : super.skipChildren();
  }

  @Override
  public void clearCurrentToken() {
    // the parser underneath stays at the key units, from where the units are read
    if (!atUnits) {
      super.clearCurrentToken();
    }
  }

  @Override
  public JsonStreamContext getParsingContext() {
    // once at units the object is reported closed: its context is the one around it
    JsonStreamContext context = super.getParsingContext();
    return atUnits && context.getParent() != null ? context.getParent() : context;
  }

  @Override
  public JsonToken currentToken() {
    return atUnits ? JsonToken.END_OBJECT : super.currentToken();
  }

  @Override
  @Deprecated
  public JsonToken getCurrentToken() {
    return currentToken();
  }

  @Override
  public int currentTokenId() {
    return atUnits ? JsonTokenId.ID_END_OBJECT : super.currentTokenId();
  }

  @Override
  @Deprecated
  public int getCurrentTokenId() {
    return currentTokenId();
  }

  @Override
  public boolean hasCurrentToken() {
    return atUnits || super.hasCurrentToken();
  }

  @Override
  public boolean hasTokenId(int id) {
    return atUnits ? id == JsonTokenId.ID_END_OBJECT : super.hasTokenId(id);
  }

  @Override
  public boolean hasToken(JsonToken t) {
    return atUnits ? t == JsonToken.END_OBJECT : super.hasToken(t);
  }

  @Override
  public boolean isExpectedStartArrayToken() {
    return !atUnits && super.isExpectedStartArrayToken();
  }

  @Override
  public boolean isExpectedStartObjectToken() {
    return !atUnits && super.isExpectedStartObjectToken();
  }
}
