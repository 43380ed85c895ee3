package org.reformindicators.examples.cli;

import org.reformindicators.io.csv.CsvDialect;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --csv-dialect} option of the commands that read observation CSV files, such as {@code
 * --csv-dialect semicolon-decimal-comma} for a spreadsheet saved in a Vietnamese locale ({@code ;} and a
 * decimal comma); the default is {@code standard} ({@code ,} and {@code .}).
 *
 * <p>Mutable (picocli sets the option) and not thread-safe.
 */
public final class CsvDialectOption {

  @Option(
      names = "--csv-dialect",
      paramLabel = "standard|semicolon-decimal-comma",
      defaultValue = "standard",
      converter = Converter.class,
      description = "Delimiter and decimal mark of the observation CSV files: standard (',' and '.', the"
          + " default) or semicolon-decimal-comma (';' and ',', as a spreadsheet in a Vietnamese locale saves).")
  private CsvDialect dialect = CsvDialect.STANDARD;

  /** Creates the option; picocli instantiates it. */
  public CsvDialectOption() {}

  /**
   * Returns the dialect chosen.
   *
   * @return the dialect, {@link CsvDialect#STANDARD} by default
   */
  public CsvDialect dialect() {
    return dialect;
  }

  /** Converts {@code standard} or {@code semicolon-decimal-comma}; another value is a usage error (exit 2). */
  public static final class Converter implements ITypeConverter<CsvDialect> {

    /** Creates the converter; picocli instantiates it. */
    public Converter() {}

    @Override
    public CsvDialect convert(String value) {
      try {
        return CsvDialect.ofId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
