package org.reformindicators.io.internal.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;

/**
 * The translation of the libraries' failures into plain words, one family of failure per case: what the user
 * wrote, and the one problem reported.
 */
class ReadErrorsTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  private static final String CATALOGUE = "formatVersion: 1\nkind: indicator-catalogue\nindicators:\n";

  private static final String INDICATOR =
      "  - {code: PCI, nameVi: P, nameEn: P, measure: {type: score, min: 0, max: 100},"
          + " direction: HIGHER_IS_BETTER, decimals: 2, publisher: VCCI}\n";

  private static Problem only(String text, DocumentFormat format, Class<?> type) {
    ReadException e = assertThrows(ReadException.class, () -> IO.readString(text, format, type));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertFalse(ReadErrors.DENIED.matcher(problem.message()).find(), problem.toString());
    return problem;
  }

  static Stream<Arguments> jsonSyntax() {
    return Stream.of(
        Arguments.of("missing colon", "{\"formatVersion\" 1}",
            "/formatVersion (line 1, column 18): expected ':' after a key, found '1'"),
        Arguments.of("missing comma", "{\"formatVersion\": 1 \"kind\": \"plan\"}",
            "/formatVersion (line 1, column 21): expected ',' or '}' after a value in an object, found '\"'"),
        Arguments.of("single quotes", "{'formatVersion': 1}",
            "/ (line 1, column 2): expected a key in double quotes, found '''"),
        Arguments.of("cut short", "{\"formatVersion\": 1,\n\"targets\": [",
            "/targets (line 2, column 13): the document ends inside a list opened at line 2, column 12: the file"
                + " is cut short or a closing bracket or quote is missing"),
        Arguments.of("bare word", "{\"formatVersion\": one}",
            "/formatVersion (line 1, column 19): found the word 'one' where a value was expected: text needs double"
                + " quotes, and the only bare words are true, false and null"),
        Arguments.of("Infinity", "{\"formatVersion\": -Infinity}",
            "/formatVersion (line 1, column 28): -Infinity is not a JSON number: write a finite decimal number"),
        Arguments.of("leading zero", "{\"formatVersion\": 01}",
            "/formatVersion (line 1, column 20): a JSON number must not start with 0 (write 10, not 010)"),
        Arguments.of("control character", "{\"id\": \"a\u0001b\"}",
            "/id (line 1, column 10): a control character (code 1) must be written as an escape inside text, such"
                + " as \\n or \\t"),
        Arguments.of("bad escape", "{\"id\": \"a\\qb\"}",
            "/id (line 1, column 11): '\\q' is not a JSON escape: the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t"
                + " and \\u followed by four hexadecimal digits"),
        Arguments.of("wrong bracket", "{\"targets\": [1}",
            "/targets/0 (line 1, column 15): found '}' where ']' must close the list opened at line 1, column 13"),
        Arguments.of("comment", "{// note\n}",
            "/ (line 1, column 2): found '/': JSON has no comments"),
        Arguments.of("duplicate key", "{\"id\": \"a\",\n\"id\": \"b\"}",
            "/id (line 2, column 5): the key 'id' appears twice in the same mapping"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonSyntax")
  void jsonSyntaxErrorsArePlain(String name, String json, String expected) {
    assertEquals(expected, only(json, DocumentFormat.JSON, Plan.class).toString());
  }

  static Stream<Arguments> limits() {
    String digits = "1".repeat(101);
    String key = "k".repeat(1001);
    return Stream.of(
        Arguments.of("nesting", "{\"a\": " + "[".repeat(70), DocumentFormat.JSON,
            "lists and mappings are nested 65 deep here; at most 64 levels are allowed"),
        Arguments.of("nesting in YAML", "a: " + "[".repeat(70), DocumentFormat.YAML,
            "lists and mappings are nested 65 deep here; at most 64 levels are allowed"),
        Arguments.of("number", "{\"formatVersion\": " + digits + "}", DocumentFormat.JSON,
            "a number is 101 characters long; at most 100 characters are allowed"),
        Arguments.of("number in YAML", "formatVersion: " + digits + "\n", DocumentFormat.YAML,
            "a number is 101 characters long; at most 100 characters are allowed"),
        Arguments.of("key", "{\"" + key + "\": 1}", DocumentFormat.JSON,
            "a key is 1,001 characters long; at most 1,000 characters are allowed"),
        Arguments.of("key in YAML", key + ": 1\n", DocumentFormat.YAML,
            "a key is 1,001 characters long; at most 1,000 characters are allowed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void exceededLimitsNameTheLimit(String name, String text, DocumentFormat format, String expected) {
    Problem problem = only(text, format, Plan.class);
    assertEquals(expected, problem.message());
    assertTrue(((org.reformindicators.io.problem.ProblemLocation.Document) problem.location()).line() > 0);
  }

  static Stream<Arguments> yamlSyntax() {
    return Stream.of(
        Arguments.of("unclosed flow list", "formatVersion: 1\nid: [unclosed\n",
            "/id/0 (line 3, column 1): not valid YAML: expected ',' or ']', but got the end of the file (while"
                + " parsing a flow sequence that starts at line 2, column 5)"),
        Arguments.of("bad indentation", "formatVersion: 1\n  kind: plan\n",
            "/formatVersion (line 2, column 7): not valid YAML: mapping values are not allowed here"),
        Arguments.of("tab", "formatVersion: 1\nindicators:\n\t- a\n",
            "/indicators (line 3, column 1): not valid YAML: a tab cannot indent YAML or start a value: indent with"
                + " spaces"),
        Arguments.of("complex key", "? [a]\n: 1\n",
            "/ (line 1, column 3): a key must be plain text, found a list"),
        Arguments.of("alias", "id: &x a\nkind: *x\n",
            "/kind (line 2, column 7): YAML aliases are not supported (*x): write the value out in full"),
        Arguments.of("duplicate key", "id: a\nid: b\n",
            "/id (line 2, column 1): the key 'id' appears twice in the same mapping"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yamlSyntax")
  void yamlSyntaxErrorsArePlain(String name, String yaml, String expected) {
    assertEquals(expected, only(yaml, DocumentFormat.YAML, Plan.class).toString());
  }

  static Stream<Arguments> binding() {
    return Stream.of(
        Arguments.of("list for a number", "formatVersion: [1]\n",
            "/formatVersion (line 1, column 16): expected a whole number, found a list"),
        Arguments.of("text for a number", "formatVersion: one\n",
            "/formatVersion (line 1, column 16): expected a whole number, found the text \"one\""),
        Arguments.of("fraction for a whole number", "formatVersion: 1.5\n",
            "/formatVersion (line 1, column 16): expected a whole number, found the number 1.5"),
        Arguments.of("whole number out of range", "formatVersion: 99999999999\n",
            "/formatVersion (line 1, column 16): 99999999999 is out of range: a whole number here lies within"
                + " -2147483648..2147483647"),
        Arguments.of("mapping for a list", CATALOGUE.replace("indicators:\n", "indicators: {a: 1}\n"),
            "/indicators (line 3, column 13): expected a list, found a mapping"),
        Arguments.of("number for a mapping", CATALOGUE + "  - 5\n",
            "/indicators/0 (line 4, column 5): expected a mapping with the properties of an indicator, found the"
                + " number 5"),
        Arguments.of("unknown enumeration constant",
            CATALOGUE + INDICATOR.replace("HIGHER_IS_BETTER", "UP"),
            "/indicators/0/direction (line 4, column 92): expected one of [HIGHER_IS_BETTER, LOWER_IS_BETTER,"
                + " TARGET_RANGE], found 'UP'"),
        Arguments.of("null entry", CATALOGUE + "  - ~\n",
            "/indicators/0 (line 4, column 5): a list entry is null: null is not a value here, leave the entry out"),
        Arguments.of("list for text", CATALOGUE + INDICATOR.replace("publisher: VCCI", "publisher: [VCCI]"),
            "/indicators/0/publisher (line 4, column 134): expected text, found a list"),
        Arguments.of("empty document", "", "/ (line 1, column 1): the document is empty: expected a mapping that"
            + " starts with formatVersion and kind"),
        Arguments.of("null document", "# nothing\n~\n", "/ (line 2, column 1): the document is null: expected a"
            + " mapping that starts with formatVersion and kind"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binding")
  void bindingErrorsSayWhatWasExpectedAndFound(String name, String yaml, String expected) {
    assertEquals(expected, only(yaml, DocumentFormat.YAML, IndicatorCatalogue.class).toString());
  }

  @Test
  void trailingContentIsWordedPlainly() {
    assertEquals(
        "/ (line 1, column 66): more content follows the end of the document: a file holds exactly one document",
        only("{\"formatVersion\":1,\"kind\":\"indicator-catalogue\",\"indicators\":[]} {}", DocumentFormat.JSON,
            IndicatorCatalogue.class).toString());
  }

  @Test
  void aProblemOfTheValueThatHoldsASyntaxErrorIsLeftOut() {
    // without the syntax error, "expected text, found a list" would be right; with it, it is its consequence
    assertEquals(
        "/id/0 (line 3, column 1): not valid YAML: expected ',' or ']', but got the end of the file (while parsing a"
            + " flow sequence that starts at line 2, column 5)",
        only("formatVersion: 1\nid: [unclosed\n", DocumentFormat.YAML, Plan.class).toString());
    // a problem of another value before it stays
    ReadException e = assertThrows(ReadException.class, () -> IO.readString(
        CATALOGUE + INDICATOR.replace("decimals: 2", "decimals: 11") + "  - {code: [\n", DocumentFormat.YAML,
        IndicatorCatalogue.class));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("decimals of PCI must be within 0..10, was 11", e.problems().get(0).message());
  }

  @Test
  void theCodePointLimitOfYamlIsWordedPlainly() {
    JsonProcessingException e =
        new JsonParseException((JsonParser) null, "The incoming YAML document exceeds the limit: 16777216 code points.");
    assertEquals(
        "the document is longer than 16,777,216 characters, the most a YAML document may hold",
        ReadErrors.message(e, null));
  }

  @Test
  void aWholeNumberOutOfRangeFromTheParserIsWordedPlainly() {
    InputCoercionException e = new InputCoercionException(null,
        "Numeric value (99999999999999999999) out of range of long (-9223372036854775808 - 9223372036854775807)",
        com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT, Long.TYPE);
    assertEquals(
        "99999999999999999999 is out of range: a whole number here lies within"
            + " -9223372036854775808..9223372036854775807",
        ReadErrors.message(e, null));
    assertFalse(ReadErrors.endsTheRead(e), "a number out of range is a problem of one value");
  }

  @Test
  void whatIsLeftOfALibraryMessageNeverReachesTheUser() {
    JsonProcessingException parse = new JsonParseException((JsonParser) null,
        "Unexpected state in `com.example.Parser`: see org.example.SomeException");
    assertEquals("the document is not well-formed here", ReadErrors.message(parse, null));
    MismatchedInputException mismatch = MismatchedInputException.from(null, (Class<?>) null,
        "Cannot construct instance of `org.example.Form` (although at least one Creator exists)");
    assertEquals("this value has the wrong form", ReadErrors.message(mismatch, null));
    assertTrue(ReadErrors.endsTheRead(parse));
    assertFalse(ReadErrors.endsTheRead(mismatch));
  }

  @Test
  void theDenyListCatchesWhatTheFuzzTestsDeny() {
    for (String leak : List.of(
        "java.lang.Double", "org.yaml.snakeyaml.events.SequenceStartEvent(anchor=null)", "IllegalStateException",
        "although at least one Creator exists", "CoercionConfig", "StreamReadConstraints.getMaxNestingDepth()",
        "snakeyaml", "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`")) {
      assertTrue(ReadErrors.DENIED.matcher(leak).find(), leak);
    }
    for (String plain : List.of(
        "expected a number, found the text \"x\"", "decimals of PCI must be within 0..10, was 11",
        "1256/QĐ-UBND", "version 1.2 as 10")) {
      assertFalse(ReadErrors.DENIED.matcher(plain).find(), plain);
    }
  }
}
