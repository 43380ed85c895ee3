package org.reformindicators.benchmarks.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A generated observation CSV at commune scale, such as {@code IND_07,00513,2023-04,61.37}: 30 indicators × 700
 * communes × 48 months (2021-01 … 2024-12), 1,008,000 rows of the four required columns, about 27 MB.
 *
 * <p>Unit codes are generated five-digit codes ({@code 00001} … {@code 00700}), not a list of real communes;
 * indicator codes are {@code IND_01} … {@code IND_30}; values are percentages with two decimals, made from the
 * row number so that every run writes the same bytes. Rows are written indicator by indicator, unit by unit,
 * month by month, the order a statistics export would use.
 */
public final class NationalObservationFile {

  /** Indicators of the file. */
  public static final int INDICATORS = 30;

  /** Units (generated commune codes) of the file. */
  public static final int UNITS = 700;

  /** Months of the file, 2021-01 to 2024-12. */
  public static final int MONTHS = 48;

  /** Data rows of the file, header excluded. */
  public static final int ROWS = INDICATORS * UNITS * MONTHS;

  private NationalObservationFile() {}

  /**
   * Returns the file's bytes: UTF-8, LF line ends, header {@code indicator,area,period,value}.
   *
   * @return the bytes
   */
  public static byte[] bytes() {
    StringBuilder text = new StringBuilder(ROWS * 28).append("indicator,area,period,value\n");
    int row = 0;
    for (int indicator = 1; indicator <= INDICATORS; indicator++) {
      String code = String.format(Locale.ROOT, "IND_%02d", indicator);
      for (int unit = 1; unit <= UNITS; unit++) {
        String area = String.format(Locale.ROOT, "%05d", unit);
        for (int month = 0; month < MONTHS; month++) {
          int hundredths = (int) ((row++ * 7919L) % 10_000);
          text.append(code).append(',').append(area).append(',')
              .append(2021 + month / 12).append('-').append(month % 12 < 9 ? "0" : "").append(month % 12 + 1)
              .append(',').append(hundredths / 100).append('.')
              .append(hundredths / 10 % 10).append(hundredths % 10).append('\n');
        }
      }
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Writes the file.
   *
   * @param args the path to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length == 0 ? "observations-1008000.csv" : args[0]);
    Files.write(target, bytes());
    System.out.println(target + ": " + ROWS + " rows, " + Files.size(target) + " bytes");
  }
}
