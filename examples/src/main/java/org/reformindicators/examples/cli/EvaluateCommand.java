package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.evaluation.AssessmentRenderer;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.EvaluationWarning;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.Rule;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationValidator;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code evaluate} command, such as {@code reform evaluate --plan plan.yaml --observations
 * data.csv --method eurostat}: a user's plan evaluated on a user's observations.
 *
 * <p>Mutable (picocli sets the options) and not thread-safe.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Evaluates a plan (YAML or JSON) on observations (CSV) and prints the progress report.")
public final class EvaluateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The plan, .yaml or .json.")
  private Path planFile;

  @Option(
      names = "--observations",
      required = true,
      paramLabel = "FILE",
      description = "The observations, a CSV file with the columns indicator,area,period,value[,…], or a wide"
          + " table area,period[,name][,universe],CODE,… (one row per area and period, a column per indicator"
          + " code).")
  private Path observationsFile;

  @Mixin private CsvDialectOption csvDialect = new CsvDialectOption();

  @Option(
      names = "--method",
      paramLabel = "NAME",
      converter = MethodConverter.class,
      description = "Progress method of every measured clause: eurostat, open-sdg, escap, sdsn or linear"
          + " (default: the engine's, or the plan's own choice).")
  private ProgressMethod method;

  @Option(
      names = "--units",
      paramLabel = "CODES|FILE",
      description = "Evaluate the plan as a template for each of these units: comma-separated codes (51,62) or a"
          + " file with one code per line. Each code is the unit with that code that exists at the end of the"
          + " assessment period (else the latest during it), from the bundled registry or --unit-registry."
          + " Writes one plan-assessments JSON document, unit by unit; only --format json is accepted"
          + " (text, markdown and html report on one unit).")
  private String units;

  @Option(
      names = "--unit-registry",
      paramLabel = "FILE",
      description = "A unit-registry document (.yaml or .json) to resolve --units in (default: the bundled"
          + " provinces).")
  private Path unitRegistry;

  @Mixin private ReportOptions options = new ReportOptions();

  /** Creates the command; picocli instantiates it. */
  public EvaluateCommand() {}

  @Override
  public Integer call() {
    Plan plan = readPlan(planFile);
    options.checkNorms(spec, plan);
    List<String> unitCodes = List.of();
    if (units != null) {
      if (options.format != ReportFormat.JSON) {
        throw UnitsOption.usage(spec, "--units writes a plan-assessments document, so it needs --format json (was "
            + options.format + "; text, markdown and html report on one unit)");
      }
      unitCodes = UnitsOption.codes(spec, units);
    }
    // Each row of an indicator of the plan is checked against its definition as it is read, so that a value
    // outside its range is reported at its line and column; rows of other indicators are checked by what they
    // claim (a rank within its universe).
    ObservationSet observations = Inputs.observations(observationsFile, Inputs.reader(csvDialect.dialect())
        .validatingWith(ObservationValidator.of(plan.catalogue()).ignoringUnknownIndicators()));
    if (units != null) {
      ReportingPeriod asOf = options.asOf != null ? options.asOf : observations.latestPeriod().orElseThrow(
          () -> new InvalidInputException(Problem.ofFile(
              observationsFile.toString(), "has no observations, so there is no latest period: give --as-of")));
      List<AdministrativeUnit> resolved =
          UnitsOption.resolve(spec, UnitsOption.registry(unitRegistry), unitCodes, asOf);
      UnitsOption.evaluate(spec, plan, resolved, observations, asOf, Optional.ofNullable(method), options);
      return ReformCommand.EXIT_OK;
    }
    PlanAssessment assessment = Reports.evaluate(
        plan, observations, observationsFile.toString(), Optional.ofNullable(method), options);
    warn(assessment);
    Reports.write(spec, assessment, observations, options);
    return ReformCommand.EXIT_OK;
  }

  /**
   * Says on standard error what the engine warns of (rows present but none of the plan's unit) and, one line per
   * clause, where the chosen method does not fit and the clause kept its default; the exit status stays 0.
   */
  private void warn(PlanAssessment assessment) {
    for (EvaluationWarning w : assessment.warnings()) {
      spec.commandLine().getErr().println("warning: " + observationsFile + ": " + w.text().en());
    }
    for (ClauseAssessment clause : assessment.clauses()) {
      for (Rule rule : clause.rules()) {
        if (rule instanceof Rule.MethodDoesNotFit) {
          spec.commandLine().getErr().println(
              "warning: " + clause.clauseId() + ": " + AssessmentRenderer.rule(rule).en());
        }
      }
    }
  }

  /**
   * Reads a plan file, YAML or JSON by its extension.
   *
   * @param file the file
   * @return the plan
   * @throws InvalidInputException if the file is missing, has another extension or is invalid
   */
  static Plan readPlan(Path file) {
    String name = file.toString();
    DocumentFormat format = format(file);
    try (InputStream in = Inputs.open(file)) {
      return ReformIndicatorsIo.create().read(in, format, Plan.class, name);
    } catch (ReadException e) {
      throw Inputs.invalid(name, e);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Returns the document format of a file by its extension.
   *
   * @param file the file
   * @return JSON or YAML
   * @throws InvalidInputException if the extension is neither
   */
  static DocumentFormat format(Path file) {
    try {
      return DocumentFormat.of(file);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.ofFile(file.toString(), e.getMessage()));
    }
  }
}
