package org.reformindicators.io.fuzz;

/**
 * One mutated input: its bytes, the kind of mutation that made it, what exactly was done, where, and what the
 * reader must do with it.
 *
 * @param bytes the input
 * @param kind the mutation
 * @param detail what was done, e.g. {@code value 80.0 -> 1e309 at line 12}
 * @param offset the byte offset of the change, for the excerpt of a failure
 * @param expectation what the reader must do beyond the base property
 */
record Mutant(byte[] bytes, Mutation kind, String detail, int offset, Expectation expectation) {

  /**
   * Returns the same input, demanding no more than the base property (used after a chain of mutations).
   *
   * @param kind the kind to report
   * @param detail the detail to report
   * @return the relaxed mutant
   */
  Mutant relaxed(Mutation kind, String detail) {
    return new Mutant(bytes, kind, detail, offset, Expectation.ANY);
  }
}
