package org.reformindicators.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.reformindicators.io.internal.deser.DocumentProblems;
import org.reformindicators.io.internal.deser.KeyLocations;
import org.reformindicators.io.internal.deser.ProblemCollecting;
import org.reformindicators.io.internal.deser.ReadErrors;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.internal.text.StrictUtf8Reader;
import org.reformindicators.io.internal.text.YamlCharacterReader;

/**
 * Reads one JSON or YAML document for {@link ReformIndicatorsIo}, such as a plan from {@code plan.yaml}, so
 * that every outcome is either the value or a {@link ReadException} with located problems in plain words.
 *
 * <p>The text is decoded as strict UTF-8 (a YAML character that YAML does not allow is reported at its line and
 * column); the parser is wrapped so that unknown keys are reported at their own
 * line ({@link KeyLocations}); problems of single values are collected up to the limit; a syntax error or an
 * exceeded limit ends the read with one last problem, and a problem recorded before it for the same value is
 * left out as its consequence; an empty or {@code null} document is a problem at its
 * place. An unexpected failure of the reader itself becomes a problem that says so, with the failure as the
 * cause of the exception, rather than escaping as another exception type. Stateless and thread-safe.
 */
final class DocumentReading {

  private DocumentReading() {}

  /**
   * Reads a document.
   *
   * @param typed the reader of the document's type, with the caller's attributes
   * @param maxProblems the most problems kept
   * @param in the bytes, read to the end but not closed
   * @param source what is read, named in messages
   * @param <T> the type
   * @return the value
   * @throws ReadException if the document has problems
   * @throws IOException if the stream cannot be read
   */
  static <T> T read(ObjectReader typed, int maxProblems, InputStream in, String source) throws IOException {
    ProblemCollector problems = new ProblemCollector(maxProblems);
    KeyLocations keys = new KeyLocations();
    ObjectReader reader =
        typed.withAttribute(ProblemCollecting.ATTRIBUTE, problems).withAttribute(KeyLocations.ATTRIBUTE, keys);
    T value = null;
    JsonParser parser = null;
    RuntimeException defect = null;
    Problem fatal = null;
    try {
      parser = keys.recording(reader.createParser(new StrictUtf8Reader(new NonClosingInputStream(in))));
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        problems.add(empty(parser, first, ReadErrors.isYaml(parser)));
      } else {
        value = reader.readValue(parser);
      }
    } catch (StrictUtf8Reader.EncodingException e) {
      problems.add(encodingProblem(e));
    } catch (YamlCharacterReader.CharacterException e) {
      problems.add(characterProblem(e));
    } catch (JsonProcessingException e) {
      if (ReadErrors.endsTheRead(e)) {
        fatal = translate(e, parser);
      } else {
        problems.add(translate(e, parser));
      }
    } catch (RuntimeException e) {
      defect = e;
      problems.add(DocumentProblems.defect(parser));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    DocumentProblems.throwIfAny(problems, fatal, defect, source);
    return value;
  }

  /**
   * Reads the kind of a document from its top-level {@code kind}, without reading the rest.
   *
   * @param mapper the mapper of the format
   * @param in the bytes, read up to the kind but not closed
   * @param source what is read, named in messages
   * @return the kind
   * @throws ReadException if the document is not a mapping, is malformed before its kind, or states no kind
   *     of {@link DocumentKind}
   * @throws IOException if the stream cannot be read
   */
  static DocumentKind kind(ObjectMapper mapper, InputStream in, String source) throws IOException {
    Problem problem;
    try (JsonParser parser = mapper.createParser(new StrictUtf8Reader(new NonClosingInputStream(in)))) {
      try {
        problem = kindProblem(parser);
        if (problem == null) {
          Optional<DocumentKind> kind = DocumentKind.byId(parser.getText());
          if (kind.isPresent()) {
            return kind.get();
          }
          problem = at(parser, "/kind", parser.getText(),
              "kind must be one of " + DocumentKind.ids() + ", was '" + ReadErrors.quote(parser.getText()) + "'");
        }
      } catch (StrictUtf8Reader.EncodingException e) {
        problem = encodingProblem(e);
      } catch (YamlCharacterReader.CharacterException e) {
        problem = characterProblem(e);
      } catch (JsonProcessingException e) {
        problem = translate(e, parser);
      }
    }
    throw new ReadException(source, List.of(problem), 1);
  }

  /** Moves the parser to the text of the top-level kind, or returns why it cannot. */
  private static Problem kindProblem(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    boolean yaml = ReadErrors.isYaml(parser);
    if (first != JsonToken.START_OBJECT) {
      return first == null || first == JsonToken.VALUE_NULL
          ? empty(parser, first, yaml)
          : at(parser, "", "", "expected " + (yaml ? "a mapping" : "an object") + " with formatVersion and kind, found "
              + ReadErrors.found(parser));
    }
    JsonLocation start = parser.currentTokenLocation();
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals("kind")) {
        return parser.currentToken() == JsonToken.VALUE_STRING
            ? null
            : at(parser, "/kind", "", "kind must be text, one of " + DocumentKind.ids() + ", found "
                + ReadErrors.found(parser));
      }
      parser.skipChildren();
    }
    return new Problem(ReadErrors.location("", start), "kind", "", "a document must state its kind, one of " + DocumentKind.ids());
  }

  private static Problem at(JsonParser parser, String pointer, String value, String message) {
    return new Problem(ReadErrors.location(pointer, parser.currentTokenLocation()), pointer.isEmpty() ? "" : "kind", value, message);
  }

  private static Problem empty(JsonParser parser, JsonToken first, boolean yaml) {
    return DocumentProblems.empty(parser, first, yaml);
  }

  private static Problem translate(JsonProcessingException e, JsonParser parser) {
    return DocumentProblems.translate(JsonPointer.empty(), e, parser);
  }

  private static Problem encodingProblem(StrictUtf8Reader.EncodingException e) {
    return DocumentProblems.encoding(e);
  }

  private static Problem characterProblem(YamlCharacterReader.CharacterException e) {
    return DocumentProblems.character(e);
  }

  /** Keeps the caller's stream open when a reader over it is closed. */
  static final class NonClosingInputStream extends FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
