package org.reformindicators.io.internal.yaml;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.reformindicators.io.internal.text.YamlCharacterReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML factory whose parsers hold YAML to the limits and forms of the JSON documents, such as an alias
 * {@code *defaults} refused at its line and column, or {@code 010} handed over as the text {@code "010"}.
 *
 * <p>Its parsers differ from Jackson's in four ways:
 *
 * <ul>
 *   <li>an alias is an error: Jackson 2's YAML parser does not expand an alias but hands its name over as a
 *       string, so {@code value: *a} would silently read as {@code "a"};
 *   <li>a scalar longer than the string limit, or a key longer than the name limit, of the stream read
 *       constraints is an error, as in JSON (Jackson's YAML parser checks neither);
 *   <li>a plain scalar that YAML readers read as different numbers ({@link
 *       YamlScalarForms#isDisputedNumber(String)}) or as a number and as text ({@code .inf}, {@code .nan}) is
 *       handed over as text, so that a string field keeps it as written and a number field refuses it;
 *   <li>{@code yes}, {@code no}, {@code on}, {@code off} are text (YAML 1.2), not booleans (YAML 1.1).
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
final class StrictYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  StrictYamlFactory(YAMLFactoryBuilder builder) {
    super(builder.enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS));
  }

  private StrictYamlFactory(StrictYamlFactory source) {
    super(source, null);
  }

  /** Copies the factory as itself, so that {@code ObjectMapper.copy()} keeps the strict parser. */
  @Override
  public YAMLFactory copy() {
    return new StrictYamlFactory(this);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new StrictParser(
        context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, new YamlCharacterReader(reader));
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
    return _createParser(new InputStreamReader(in, StandardCharsets.UTF_8), context);
  }

  /** Fails at the first alias or overlong scalar; hands disputed numbers over as text. */
  private static final class StrictParser extends YAMLParser {
    StrictParser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        LoaderOptions loaderOptions,
        ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (isCurrentAlias()) {
        throw new JsonParseException(
            this, "YAML aliases are not supported (*" + getText() + "): write the value out in full");
      }
      if (token == JsonToken.FIELD_NAME) {
        try {
          streamReadConstraints().validateNameLength(_currentFieldName.length());
        } catch (StreamConstraintsException e) {
          throw new StreamConstraintsException(e.getOriginalMessage(), currentTokenLocation());
        }
      }
      return token;
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String value = scalar.getValue();
      try {
        streamReadConstraints().validateStringLength(value.length());
      } catch (StreamConstraintsException e) {
        throw new StreamConstraintsException(e.getOriginalMessage(), currentTokenLocation());
      }
      JsonToken token = super._decodeScalar(scalar);
      boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
      if (number
          && scalar.isPlain()
          && (YamlScalarForms.isDisputedNumber(value) || YamlScalarForms.isSpecialFloat(value))) {
        _textValue = value;
        return JsonToken.VALUE_STRING;
      }
      return token;
    }
  }
}
