package org.reformindicators.examples.cli;

import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressMethods;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value such as {@code eurostat} to the {@link ProgressMethod} of that id with
 * its published defaults; an unknown name is a usage error (exit status 2).
 *
 * <p>Immutable and thread-safe.
 */
public final class MethodConverter implements ITypeConverter<ProgressMethod> {

  /** Creates the converter; picocli instantiates it. */
  public MethodConverter() {}

  @Override
  public ProgressMethod convert(String value) {
    try {
      return ProgressMethods.byId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a progress method: use eurostat, open-sdg, escap, sdsn or linear");
    }
  }
}
