package org.reformindicators.io.fuzz;

/**
 * Builds mutants from edits of a Latin-1 view; the caller ({@link Mutation#apply}) sets the kind.
 */
final class Edits {

  private Edits() {}

  /**
   * Replaces {@code [start, end)} of the input with a Latin-1 view of bytes.
   *
   * @param input the bytes
   * @param start first byte replaced
   * @param end end of the replaced bytes, exclusive
   * @param replacement the new bytes as a Latin-1 view
   * @param detail what was done
   * @param expectation what the reader must do
   * @return the mutant
   */
  static Mutant replace(byte[] input, int start, int end, String replacement, String detail, Expectation expectation) {
    byte[] with = Bytes.fromLatin1(replacement);
    byte[] out = new byte[input.length - (end - start) + with.length];
    System.arraycopy(input, 0, out, 0, start);
    System.arraycopy(with, 0, out, start, with.length);
    System.arraycopy(input, end, out, start + with.length, input.length - end);
    return new Mutant(out, null, detail, start, expectation);
  }

  /**
   * Inserts bytes at an offset.
   *
   * @param input the bytes
   * @param at the offset
   * @param insertion the new bytes as a Latin-1 view
   * @param detail what was done
   * @param expectation what the reader must do
   * @return the mutant
   */
  static Mutant insert(byte[] input, int at, String insertion, String detail, Expectation expectation) {
    return replace(input, at, at, insertion, detail, expectation);
  }

  /**
   * Returns a whole new input.
   *
   * @param bytes the new input
   * @param detail what was done
   * @param expectation what the reader must do
   * @return the mutant
   */
  static Mutant whole(byte[] bytes, String detail, Expectation expectation) {
    return new Mutant(bytes, null, detail, 0, expectation);
  }

  /**
   * Returns a short printable form of a value for a detail: escaped and cut.
   *
   * @param view a Latin-1 view
   * @return e.g. {@code "1e309"} or {@code "999…(400 chars)"}
   */
  static String shown(String view) {
    String text = Excerpt.escape(Bytes.fromLatin1(view), 0, Math.min(view.length(), 40));
    return view.length() > 40 ? text + "…(" + view.length() + " bytes)" : text;
  }

  /**
   * Moves an offset off the LF of a CRLF, so that an insertion never splits a line end.
   *
   * @param view the view
   * @param at the offset
   * @return the offset, or the one after the LF
   */
  static int notInsideCrlf(String view, int at) {
    return at > 0 && at < view.length() && view.charAt(at - 1) == '\r' && view.charAt(at) == '\n' ? at + 1 : at;
  }
}
