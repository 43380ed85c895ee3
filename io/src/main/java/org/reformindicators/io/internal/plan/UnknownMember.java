package org.reformindicators.io.internal.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * A property of a form that no member takes, such as {@code colour} in a target kind {@code {type: band, colour:
 * red}}: its value is skipped and only where it starts is kept, so that the binding can report it at its line
 * with the members of the form's own type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start where the property's value starts
 */
@JsonDeserialize(using = UnknownMember.Reader.class)
record UnknownMember(JsonLocation start) {

  /** Skips the value, keeping where it starts. */
  static final class Reader extends JsonDeserializer<UnknownMember> {
    @Override
    public UnknownMember deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      p.skipChildren();
      return new UnknownMember(start);
    }
  }
}
