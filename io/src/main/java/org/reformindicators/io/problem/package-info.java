/**
 * How the readers of this module report bad input: a {@link org.reformindicators.io.problem.Problem} names
 * where it is (a JSON pointer with line and column for JSON and YAML, a line number and column name for
 * CSV), the field, the offending value and the rule it breaks; a {@link
 * org.reformindicators.io.problem.ReadException} carries every problem of a file up to a documented limit,
 * and a {@link org.reformindicators.io.problem.ReadResult} returns the valid records together with the
 * rejected ones in lenient mode, so that no record is ever dropped without being reported; a {@link
 * org.reformindicators.io.problem.ReadSummary} counts the records a streaming check read, accepted and
 * rejected.
 */
package org.reformindicators.io.problem;
