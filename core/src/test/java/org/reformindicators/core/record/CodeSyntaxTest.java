package org.reformindicators.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CodeSyntaxTest {

  /** The syntax as docs/formats/dossiers.md states it, as a regular expression. */
  private static final Pattern STATED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final String ALPHABET = "aZ09._-/ ,:đ\u00C0\tA";

  @Test
  void acceptsTheCodesOfTheFormat() {
    assertTrue(CodeSyntax.matches("000.00.12.H48"));
    assertTrue(CodeSyntax.matches("1.001234.000.00.00.H48"));
    assertTrue(CodeSyntax.matches("SYN-0002_a"));
    assertFalse(CodeSyntax.matches(""));
    assertFalse(CodeSyntax.matches(".12"));
    assertFalse(CodeSyntax.matches("Sở Tư pháp"));
  }

  @Test
  void agreesWithTheStatedRegularExpression() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 8))
        .checkAssert(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(ALPHABET.charAt(i)));
          assertEquals(STATED.matcher(text).matches(), CodeSyntax.matches(text), text.toString());
        });
  }
}
