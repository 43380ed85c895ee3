package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Reads every string normalised to Unicode NFC, such as {@code "Quảng Ngãi"} typed with combining marks
 * (decomposed, as some Vietnamese keyboards produce) read as the precomposed form.
 *
 * <p>Normalising on reading makes equal Vietnamese text compare equal and then round-trip exactly. Text that
 * is not well-formed Unicode (an unpaired surrogate, which a JSON escape of half a character can write)
 * is refused at its place rather than turned into {@code ?}; a list or mapping is not text. Stateless,
 * immutable and thread-safe.
 */
public final class NfcStringDeserializer extends RefusingNullDeserializer<String> {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final NfcStringDeserializer INSTANCE = new NfcStringDeserializer();

  /** The key deserializer for maps with string keys, normalising to NFC likewise. */
  public static final KeyDeserializer KEYS =
      new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
          return checked(ctxt.getParser(), key);
        }
      };

  private NfcStringDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
      throw new InvalidValueException(
          p, "expected text, found " + ReadErrors.found(p), p.currentTokenLocation(), String.class);
    }
    return checked(p, p.getText());
  }

  /**
   * Returns text in Unicode NFC after checking that it is well-formed Unicode.
   *
   * @param p the parser at the text, for the location of a refusal
   * @param text the text as read
   * @return the NFC form
   * @throws InvalidValueException if the text holds an unpaired surrogate
   */
  static String checked(JsonParser p, String text) throws InvalidValueException {
    int bad = unpairedSurrogate(text);
    if (bad >= 0) {
      throw new InvalidValueException(
          p,
          String.format(
              "the text holds an unpaired surrogate \\u%04x at character %d: it is not a character, and no"
                  + " Unicode text contains it alone; remove it or write the whole character",
              (int) text.charAt(bad),
              bad + 1),
          p.currentTokenLocation(),
          String.class,
          ReadErrors.quote(text));
    }
    return nfc(text);
  }

  /**
   * Returns the index of the first surrogate of a text that is not one half of a pair, such as 1 for the text
   * "a", a lone high surrogate, "b".
   *
   * @param text the text
   * @return the index, or -1 when every surrogate is paired
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns text in Unicode NFC, the same instance when it already is.
   *
   * @param text the text
   * @return the NFC form
   */
  public static String nfc(String text) {
    if (belowCombiningMarks(text)) {
      return text;
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Tells whether every character lies below U+0300, where no character changes under NFC and no combining
   * mark can follow: such text (ASCII, Latin-1) is NFC without consulting the normaliser.
   */
  private static boolean belowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }
}
