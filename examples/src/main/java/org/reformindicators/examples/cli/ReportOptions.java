package org.reformindicators.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.examples.report.Language;
import picocli.CommandLine.Option;

/**
 * The options shared by {@code report} and {@code evaluate}, such as {@code --lang en --format
 * html --output report.html --norm CENTRAL_STAFF_REDUCTION_RATIO=10}.
 *
 * <p>Mutable (picocli sets the fields) and not thread-safe.
 */
public final class ReportOptions {

  @Option(
      names = "--lang",
      defaultValue = "vi",
      paramLabel = "vi|en",
      description = "Language of the report: vi (default) or en.")
  Language language;

  @Option(
      names = "--as-of",
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description = "Assess as of this period, such as 2023 or 2024-S1 (default: the latest period in the data).")
  ReportingPeriod asOf;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|markdown|json|html",
      description = "Output format: text (default), markdown, json or html.")
  ReportFormat format;

  @Option(
      names = "--norm",
      paramLabel = "ID=VALUE",
      description = "The value of a norm set outside the plan, such as"
          + " CENTRAL_STAFF_REDUCTION_RATIO=10 for T12a; repeatable.")
  Map<String, Double> norms = new LinkedHashMap<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  Path output;

  /** Creates the options; picocli instantiates them. */
  public ReportOptions() {}
}
