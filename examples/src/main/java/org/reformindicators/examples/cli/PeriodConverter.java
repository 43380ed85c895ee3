package org.reformindicators.examples.cli;

import org.reformindicators.core.period.ReportingPeriod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value such as {@code 2024}, {@code 2024-S1} or {@code 2021/2025} to a {@link
 * ReportingPeriod}; a malformed period is a usage error (exit status 2).
 *
 * <p>Immutable and thread-safe.
 */
public final class PeriodConverter implements ITypeConverter<ReportingPeriod> {

  /** Creates the converter; picocli instantiates it. */
  public PeriodConverter() {}

  @Override
  public ReportingPeriod convert(String value) {
    try {
      return ReportingPeriod.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a reporting period such as 2024, 2024-S1, 2024-Q3 or 2021/2025 ("
              + e.getMessage() + ")");
    }
  }
}
