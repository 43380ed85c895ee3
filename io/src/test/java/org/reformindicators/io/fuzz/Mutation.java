package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The kinds of mutation, each a function from an input, its syntax and a source of randomness to a {@link
 * Mutant}; {@link #pick(Syntax, SplittableRandom)} draws a kind by weight among those that apply.
 *
 * <p>Mutations that replace one value ({@link #HUGE_NUMBER}, {@link #DUPLICATE_KEY}, …) state the line of the
 * change, and whether the reader must refuse it; byte-level ones ({@link #TRUNCATE}, {@link #BYTE_FLIP}) demand
 * only the base property. Long strings are rare (weight 1 against 16 to 40 for the others) because a read of one takes a third of a
 * second in YAML.
 */
enum Mutation {
  /** Cuts the input at a random byte, possibly inside a UTF-8 sequence or at a line boundary. */
  TRUNCATE(24, ByteMutators::truncate, Syntax.values()),
  /** Overwrites one to eight bytes with random or structurally interesting bytes. */
  BYTE_FLIP(32, ByteMutators::byteFlip, Syntax.values()),
  /** Inserts malformed UTF-8: stray continuation bytes, overlong forms, encoded surrogates, legacy bytes. */
  INVALID_UTF8(16, ByteMutators::invalidUtf8, Syntax.values()),
  /** Inserts a control character (U+0000, U+0007, U+001B, U+007F, …), which JSON and YAML refuse. */
  CONTROL_CHARACTER(8, ByteMutators::controlCharacter, Syntax.YAML, Syntax.JSON),
  /** Adds a UTF-8 byte-order mark (which must read as before), a second one, or a UTF-16 or UTF-32 one. */
  BYTE_ORDER_MARK(12, ByteMutators::byteOrderMark, Syntax.values()),
  /** Removes the final line end, which must read as before. */
  NO_FINAL_NEWLINE(12, ByteMutators::noFinalNewline, Syntax.YAML, Syntax.JSON, Syntax.CSV),
  /** Rewrites line ends as CRLF, bare CR, a mix, or only the last one as a bare CR. */
  LINE_ENDS(16, ByteMutators::lineEnds, Syntax.YAML, Syntax.JSON, Syntax.CSV),
  /** Replaces a number with one that overflows a double, such as {@code 1e309}. */
  HUGE_NUMBER(16, (in, s, r) -> ValueMutators.number(in, s, r, HostileValues::hugeNumber), Syntax.values()),
  /** Replaces a number with one that underflows to zero, such as {@code 1e-400}. */
  TINY_NUMBER(16, (in, s, r) -> ValueMutators.number(in, s, r, HostileValues::tinyNumber), Syntax.values()),
  /** Replaces a number with a plain decimal of 101 to 402 digits. */
  LONG_DECIMAL(12, (in, s, r) -> ValueMutators.number(in, s, r, HostileValues::longDecimal), Syntax.values()),
  /** Replaces a number with NaN or an infinity as the syntax spells them. */
  NON_FINITE(16, (in, s, r) -> ValueMutators.number(in, s, r, g -> HostileValues.nonFinite(s, g)), Syntax.values()),
  /** Replaces a number with a YAML 1.1 octal, hexadecimal, binary, sexagesimal or underscored form. */
  YAML_NUMBER_FORM(16, (in, s, r) -> ValueMutators.number(in, s, r, g -> HostileValues.yamlNumberForm(s, g)), Syntax.values()),
  /** Breaks several values or records on distinct lines, each of which must be reported. */
  BAD_VALUES(16, ValueMutators::badValues, Syntax.YAML, Syntax.JSON, Syntax.CSV),
  /** Replaces a string with one of more than 65,536 characters, sometimes more than 1,000,000. */
  LONG_STRING(1, ValueMutators::longString, Syntax.values()),
  /** Replaces a value with arrays or objects nested 20 to 100,000 deep; a CSV row gets up to 5,000 cells. */
  DEEP_NESTING(12, ValueMutators::deepNesting, Syntax.YAML, Syntax.JSON, Syntax.CSV),
  /** Repeats a key of a mapping, a column of the header, or a record. */
  DUPLICATE_KEY(16, ValueMutators::duplicateKey, Syntax.YAML, Syntax.JSON, Syntax.CSV),
  /** Adds a key no document knows; its problem must be on its own line, not at the document's start. */
  UNKNOWN_KEY(12, ValueMutators::unknownKey, Syntax.YAML, Syntax.JSON),
  /** Puts a lone surrogate into a string: an escape in JSON and YAML, encoded bytes in a CSV. */
  LONE_SURROGATE(12, ValueMutators::loneSurrogate, Syntax.values()),
  /** Replaces a value with one of another type or form ({@code true}, {@code []}, {@code 6,29}, …). */
  SCALAR_SWAP(32, ShapeMutators::scalarSwap, Syntax.values()),
  /** Deletes, repeats, swaps, indents, dedents, joins or splits lines. */
  LINE_EDIT(32, ShapeMutators::lineEdit, Syntax.YAML, Syntax.JSON, Syntax.CSV),
  /** Inserts a token of the syntax: YAML anchors, aliases, tags and directives, JSON comments, CSV quotes. */
  TOKEN_INSERT(32, ShapeMutators::tokenInsert, Syntax.values()),
  /** Replaces the whole input with a tiny one: empty, {@code null}, a top-level number, a header only. */
  WHOLE_INPUT(8, ShapeMutators::wholeInput, Syntax.values()),
  /** Applies two to four other mutations in a row. */
  HAVOC(40, null, Syntax.values());

  /** A mutation function. */
  @FunctionalInterface
  interface Operator {
    /**
     * Mutates an input.
     *
     * @param input the bytes
     * @param syntax their syntax
     * @param random the randomness
     * @return the mutant, whose kind is set by the caller
     */
    Mutant apply(byte[] input, Syntax syntax, SplittableRandom random);
  }

  private final int weight;
  private final Operator operator;
  private final Set<Syntax> syntaxes;

  Mutation(int weight, Operator operator, Syntax... syntaxes) {
    this.weight = weight;
    this.operator = operator;
    this.syntaxes = EnumSet.copyOf(List.of(syntaxes));
  }

  /**
   * Tells whether this kind applies to a syntax.
   *
   * @param syntax the syntax
   * @return whether it applies
   */
  boolean appliesTo(Syntax syntax) {
    return syntaxes.contains(syntax);
  }

  /**
   * Mutates an input.
   *
   * @param input the bytes, not modified
   * @param syntax their syntax
   * @param random the randomness
   * @return the mutant, of this kind
   */
  Mutant apply(byte[] input, Syntax syntax, SplittableRandom random) {
    if (this == HAVOC) {
      return havoc(input, syntax, random);
    }
    Mutant m = operator.apply(input, syntax, random);
    return new Mutant(m.bytes(), this, m.detail(), m.offset(), m.expectation());
  }

  private static Mutant havoc(byte[] input, Syntax syntax, SplittableRandom random) {
    int steps = 2 + random.nextInt(3);
    byte[] bytes = input;
    List<String> details = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < steps; i++) {
      Mutation kind;
      do {
        kind = pick(syntax, random);
      } while (kind == HAVOC || kind == LONG_STRING || kind == WHOLE_INPUT);
      Mutant step = kind.apply(bytes, syntax, random);
      bytes = step.bytes();
      offset = step.offset();
      details.add(kind + ": " + step.detail());
    }
    return new Mutant(bytes, HAVOC, String.join("; then ", details), offset, Expectation.ANY);
  }

  /**
   * Draws a kind by weight among those that apply to a syntax.
   *
   * @param syntax the syntax
   * @param random the randomness
   * @return the kind
   */
  static Mutation pick(Syntax syntax, SplittableRandom random) {
    int total = 0;
    for (Mutation m : values()) {
      total += m.appliesTo(syntax) ? m.weight : 0;
    }
    int draw = random.nextInt(total);
    for (Mutation m : values()) {
      if (m.appliesTo(syntax)) {
        draw -= m.weight;
        if (draw < 0) {
          return m;
        }
      }
    }
    throw new AssertionError("weights are positive");
  }
}
