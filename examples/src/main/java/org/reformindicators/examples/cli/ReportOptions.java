package org.reformindicators.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.text.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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
      description = "Assess as of this period, such as 2023 or 2024-S1 (default: the latest period in the data of the plan's own clause series; related results do not move it).")
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
          + " CENTRAL_STAFF_REDUCTION_RATIO=10 for T12a; repeatable. The id must be one the plan"
          + " uses and the value a finite number.")
  Map<String, Double> norms = new LinkedHashMap<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  Path output;

  /** Creates the options; picocli instantiates them. */
  public ReportOptions() {}

  /**
   * Checks every {@code --norm} against the plan: its id must be one the plan's external
   * thresholds use (a misspelt id would otherwise be ignored) and its value finite.
   *
   * @param spec the running command, for the usage error
   * @param plan the plan evaluated
   * @throws ParameterException (exit status 2) naming the norm and the norms the plan uses
   */
  void checkNorms(CommandSpec spec, Plan plan) {
    SortedSet<String> used = normIds(plan);
    for (Map.Entry<String, Double> norm : norms.entrySet()) {
      if (!used.contains(norm.getKey())) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--norm': "
            + norm.getKey() + " is not a norm of this plan; "
            + (used.isEmpty() ? "the plan uses no external norm"
                : "the plan uses " + String.join(", ", used)));
      }
      if (!Double.isFinite(norm.getValue())) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--norm': "
            + norm.getKey() + "=" + norm.getValue() + " must be a finite number");
      }
    }
  }

  /**
   * Returns the ids of the external norms a plan's clauses compare with, such as {@code
   * CENTRAL_STAFF_REDUCTION_RATIO} for T12a of the Quảng Ngãi plan.
   *
   * @param plan the plan
   * @return the norm ids, sorted
   */
  static SortedSet<String> normIds(Plan plan) {
    SortedSet<String> ids = new TreeSet<>();
    for (Target target : plan.targets()) {
      addNormIds(target.kind(), ids);
    }
    return ids;
  }

  private static void addNormIds(TargetKind kind, Set<String> ids) {
    if (kind instanceof ExternalThreshold external) {
      ids.add(external.normId());
    } else if (kind instanceof Recurring recurring) {
      addNormIds(recurring.each(), ids);
    }
  }
}
