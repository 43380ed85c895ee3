package org.reformindicators.core.progress;

/**
 * A published way of judging progress towards a target, such as {@link EurostatMethod#defaults()}.
 *
 * <p>A method is a pluggable strategy: the evaluation engine hands it a {@link ProgressInput} and gets a
 * {@link ProgressResult} back. A method is known by id through a {@link ProgressMethodRegistry}, whose
 * {@link ProgressMethodDescriptor} lists its typed parameters and categories and creates it from parameter
 * values; an application registers its own method there so that documents naming it can be read back.
 * Contract for implementations: {@link #assess(ProgressInput)} never throws
 * for a valid input and never returns {@code NaN} figures; where its formula is undefined it returns a
 * not-assessable category with an {@link UnassessableReason}. Implementations must be immutable and
 * thread-safe.
 */
public interface ProgressMethod {

  /**
   * Returns the method's stable id, e.g. {@code "eurostat"}, used in plan files and reports; the id of its
   * {@link ProgressMethodDescriptor}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the method's parameters with their values, in the method's stable order, so a report can be
   * reproduced; they equal the values its {@link ProgressMethodDescriptor} created it from.
   *
   * @return the typed parameter values (empty for a method without parameters)
   */
  ParameterValues parameters();

  /**
   * Returns the fewest observations (the base included) on which the method gives a category other than
   * "cannot assess" for lack of data. The default is 2, a base and one later value: what a rate needs.
   *
   * @return the minimum number of observations, at least 2
   */
  default int minimumObservations() {
    return 2;
  }

  /**
   * Assesses one series.
   *
   * @param input the data
   * @return the result, never null
   * @throws NullPointerException if {@code input} is null
   */
  ProgressResult assess(ProgressInput input);
}
