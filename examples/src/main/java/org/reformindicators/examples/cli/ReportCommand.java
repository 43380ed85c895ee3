package org.reformindicators.examples.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code report} command, such as {@code reform report --lang en --format html -o report.html}:
 * the bundled Quảng Ngãi plan (Decision 1256/QĐ-UBND, 38 clauses) evaluated on the bundled data.
 *
 * <p>Mutable (picocli sets the options) and not thread-safe.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the progress report of the Quảng Ngãi 2021–2025 plan.",
      "The plan is Decision 1256/QĐ-UBND (38 clauses), evaluated on the bundled data: the published"
          + " index results plus illustrative sample values, which the report marks with *."
    })
public final class ReportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private ReportOptions options = new ReportOptions();

  /** Creates the command; picocli instantiates it. */
  public ReportCommand() {}

  @Override
  public Integer call() {
    Plan plan = Bundled.plan();
    options.checkNorms(spec, plan);
    ObservationSet observations = Bundled.observations();
    PlanAssessment assessment =
        Reports.evaluate(plan, observations, Bundled.OBSERVATIONS, Optional.empty(), options);
    Reports.write(spec, assessment, observations, options);
    return ReformCommand.EXIT_OK;
  }
}
