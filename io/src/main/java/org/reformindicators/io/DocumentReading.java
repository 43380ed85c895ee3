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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformindicators.io.deser.KeyLocations;
import org.reformindicators.io.deser.ProblemCollecting;
import org.reformindicators.io.deser.ReadErrors;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.text.StrictUtf8Reader;
import org.reformindicators.io.text.YamlCharacterReader;

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
      problems.add(defect(e, parser));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (fatal != null) {
      throw withoutFollowOn(problems, fatal, source);
    }
    if (problems.hasProblems()) {
      ReadException failure = problems.toException(source);
      if (defect != null) {
        failure.initCause(defect);
      }
      throw failure;
    }
    return value;
  }

  /**
   * Ends a read at a syntax error or an exceeded limit, reporting it once: a problem recorded earlier for the
   * same value (the value that holds the syntax error, or a part of it) is its consequence and is left out, so
   * that {@code id: [unclosed} is one problem (the unclosed list), not also "expected text, found a list".
   */
  private static ReadException withoutFollowOn(ProblemCollector problems, Problem fatal, String source) {
    String at = ((ProblemLocation.Document) fatal.location()).pointer();
    List<Problem> kept = new ArrayList<>();
    long left = 0;
    for (Problem problem : problems.problems()) {
      String pointer = problem.location() instanceof ProblemLocation.Document d ? d.pointer() : "";
      boolean sameValue = !at.isEmpty() && !pointer.isEmpty()
          && (pointer.equals(at) || at.startsWith(pointer + "/") || pointer.startsWith(at + "/"));
      if (sameValue) {
        left++;
      } else {
        kept.add(problem);
      }
    }
    kept.add(fatal);
    return new ReadException(source, kept, problems.total() - left + 1);
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
    String what = first == null ? "empty" : "null";
    JsonLocation at = first == null ? parser.currentLocation() : parser.currentTokenLocation();
    ProblemLocation.Document where = ReadErrors.location("", at);
    if (where.line() == 0) {
      where = new ProblemLocation.Document("", 1, 1);
    }
    return new Problem(where, "", first == null ? "" : "null",
        "the document is " + what + ": expected " + (yaml ? "a mapping" : "an object") + " that starts with formatVersion and kind");
  }

  private static Problem translate(JsonProcessingException e, JsonParser parser) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StrictUtf8Reader.EncodingException encoding) {
        return encodingProblem(encoding);
      }
      if (cause instanceof YamlCharacterReader.CharacterException character) {
        return characterProblem(character);
      }
    }
    return ReadErrors.toProblem(JsonPointer.empty(), e, parser);
  }

  private static Problem defect(RuntimeException e, JsonParser parser) {
    String pointer = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    return new Problem(
        ReadErrors.location(pointer, parser == null ? null : parser.currentTokenLocation()),
        "",
        "",
        "the reader failed on this input: this is a defect of reform-indicators, please report it with the file");
  }

  private static Problem encodingProblem(StrictUtf8Reader.EncodingException e) {
    return new Problem(
        new ProblemLocation.Document("", (int) Math.min(Integer.MAX_VALUE, e.line()), 0),
        "",
        String.format("0x%02X", e.badByte()),
        e.getMessage());
  }

  private static Problem characterProblem(YamlCharacterReader.CharacterException e) {
    return new Problem(
        new ProblemLocation.Document(
            "", (int) Math.min(Integer.MAX_VALUE, e.line()), (int) Math.min(Integer.MAX_VALUE, e.column())),
        "",
        e.shown(),
        e.getMessage());
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
