package org.reformindicators.io.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Reads every string normalised to Unicode NFC, such as {@code "Quảng Ngãi"} typed with combining marks
 * (decomposed, as some Vietnamese keyboards produce) read as the precomposed form.
 *
 * <p>Normalising on reading makes equal Vietnamese text compare equal and then round-trip exactly. Stateless,
 * immutable and thread-safe.
 */
public final class NfcStringDeserializer extends StdScalarDeserializer<String> {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final NfcStringDeserializer INSTANCE = new NfcStringDeserializer();

  /** The key deserializer for maps with string keys, normalising to NFC likewise. */
  public static final KeyDeserializer KEYS =
      new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
          return nfc(key);
        }
      };

  private NfcStringDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text =
        p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : StringDeserializer.instance.deserialize(p, ctxt);
    return text == null ? null : nfc(text);
  }

  /**
   * Returns text in Unicode NFC, the same instance when it already is.
   *
   * @param text the text
   * @return the NFC form
   */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
