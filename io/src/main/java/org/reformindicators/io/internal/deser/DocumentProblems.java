package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.internal.text.StrictUtf8Reader;
import org.reformindicators.io.internal.text.YamlCharacterReader;

/**
 * Makes the problems that end or frame the read of a whole JSON or YAML document, such as "the document is
 * empty" at line 1, column 1, or a legacy-encoded byte at its line; shared by the whole-document reader and
 * the streaming readers, so that both report the same problems in the same words. A text that is not UTF-8 or
 * holds a character YAML does not allow is reported at its place.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentProblems {

  private DocumentProblems() {}

  /**
   * Ends a read at a syntax error or an exceeded limit, reporting it once: a problem recorded earlier for the
   * same value (the value that holds the syntax error, or a part of it) is its consequence and is left out, so
   * that {@code id: [unclosed} is one problem (the unclosed list), not also "expected text, found a list".
   *
   * @param problems the problems recorded before the failure
   * @param fatal the failure's problem, located in the document
   * @param source what is read, named in messages
   * @return the exception to throw
   */
  public static ReadException withoutFollowOn(ProblemCollector problems, Problem fatal, String source) {
    String at = fatal.location() instanceof ProblemLocation.Document d ? d.pointer() : "";
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
   * Ends a read that found problems: at the problem that ended it, reported without its follow-ons, else with
   * every problem recorded.
   *
   * @param problems the problems recorded
   * @param fatal the problem that ended the read (a syntax error, an exceeded limit), or {@code null}
   * @param defect an unexpected failure of the reader, kept as the cause, or {@code null}
   * @param source what is read, named in messages
   * @throws ReadException if there is a problem
   */
  public static void throwIfAny(ProblemCollector problems, Problem fatal, RuntimeException defect, String source)
      throws ReadException {
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
  }

  /**
   * Returns the problem of an empty or {@code null} document.
   *
   * @param parser the parser at the first token
   * @param first the first token, {@code null} when the document is empty
   * @param yaml whether the document is YAML
   * @return the problem, at the place of the {@code null} or at line 1, column 1
   */
  public static Problem empty(JsonParser parser, JsonToken first, boolean yaml) {
    String what = first == null ? "empty" : "null";
    JsonLocation at = first == null ? parser.currentLocation() : parser.currentTokenLocation();
    ProblemLocation.Document where = ReadErrors.location("", at);
    if (where.line() == 0) {
      where = new ProblemLocation.Document("", 1, 1);
    }
    return new Problem(where, "", first == null ? "" : "null",
        "the document is " + what + ": expected " + (yaml ? "a mapping" : "an object") + " that starts with formatVersion and kind");
  }

  /**
   * Translates a failure of the parser or of a binding into a problem; a failure to decode the text is the
   * encoding problem.
   *
   * @param base the pointer the failure's path is relative to
   * @param e the failure
   * @param parser the parser that was reading, or {@code null}
   * @return the problem
   */
  public static Problem translate(JsonPointer base, JsonProcessingException e, JsonParser parser) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StrictUtf8Reader.EncodingException encoding) {
        return encoding(encoding);
      }
      if (cause instanceof YamlCharacterReader.CharacterException character) {
        return character(character);
      }
    }
    return ReadErrors.toProblem(base, e, parser);
  }

  /**
   * Returns the problem of an unexpected failure of the reader itself, which says so.
   *
   * @param parser the parser that was reading, or {@code null}
   * @return the problem, where the parser stopped
   */
  public static Problem defect(JsonParser parser) {
    String pointer = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    return new Problem(
        ReadErrors.location(pointer, parser == null ? null : parser.currentTokenLocation()),
        "",
        "",
        "the reader failed on this input: this is a defect of reform-indicators, please report it with the file");
  }

  /**
   * Returns the problem of bytes that are not UTF-8.
   *
   * @param e the failure of the decoder
   * @return the problem, at the line of the bad byte
   */
  public static Problem encoding(StrictUtf8Reader.EncodingException e) {
    return new Problem(
        new ProblemLocation.Document("", (int) Math.min(Integer.MAX_VALUE, e.line()), 0),
        "",
        String.format("0x%02X", e.badByte()),
        e.getMessage());
  }

  /**
   * Returns the problem of a character that YAML does not allow.
   *
   * @param e the failure of the character check
   * @return the problem, at the character's line and column
   */
  public static Problem character(YamlCharacterReader.CharacterException e) {
    return new Problem(
        new ProblemLocation.Document(
            "", (int) Math.min(Integer.MAX_VALUE, e.line()), (int) Math.min(Integer.MAX_VALUE, e.column())),
        "",
        e.shown(),
        e.getMessage());
  }
}
