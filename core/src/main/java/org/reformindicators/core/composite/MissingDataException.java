package org.reformindicators.core.composite;

/**
 * Thrown when a component is missing for a unit and the missing-data policy is {@link
 * MissingDataPolicy.Kind#FAIL}, such as "PCI for unit 51: component PCI_POLICY_BIAS is missing".
 *
 * <p>It is an {@link IllegalArgumentException} because the data matrix given to the calculator is the
 * offending argument. Not serialisable in any stable form.
 */
public final class MissingDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message naming the unit, the node and the missing components
   */
  public MissingDataException(String message) {
    super(message);
  }
}
