package org.reformindicators.io.yaml;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A YAML factory whose parsers reject aliases, such as {@code *defaults}, with a message that says so.
 *
 * <p>Jackson 2's YAML parser does not expand an alias: it hands the alias name over as if it were a string,
 * so {@code value: *a} would silently read as {@code "a"}. Documents of this project have no use for
 * anchors, so an alias is an error at its line and column. Immutable and thread-safe once built.
 */
final class NoAliasYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  NoAliasYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new NoAliasParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
    return _createParser(new InputStreamReader(in, StandardCharsets.UTF_8), context);
  }

  /** Fails at the first alias. */
  private static final class NoAliasParser extends YAMLParser {
    NoAliasParser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        org.yaml.snakeyaml.LoaderOptions loaderOptions,
        com.fasterxml.jackson.core.ObjectCodec codec,
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
      return token;
    }
  }
}
