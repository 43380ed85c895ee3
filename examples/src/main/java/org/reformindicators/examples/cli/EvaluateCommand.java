package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationValidator;
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
      description = "The observations, a CSV file with the columns indicator,area,period,value[,…].")
  private Path observationsFile;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      converter = MethodConverter.class,
      description = "Progress method of every measured clause: eurostat, open-sdg, escap, sdsn or linear"
          + " (default: the engine's, or the plan's own choice).")
  private ProgressMethod method;

  @Mixin private ReportOptions options = new ReportOptions();

  /** Creates the command; picocli instantiates it. */
  public EvaluateCommand() {}

  @Override
  public Integer call() {
    Plan plan = readPlan(planFile);
    options.checkNorms(spec, plan);
    // Each row of an indicator of the plan is checked against its definition as it is read, so that a value
    // outside its range is reported at its line and column; rows of other indicators are checked by what they
    // claim (a rank within its universe).
    ObservationSet observations = Inputs.observations(
        observationsFile, ObservationValidator.of(plan.catalogue()).ignoringUnknownIndicators());
    PlanAssessment assessment = Reports.evaluate(
        plan, observations, observationsFile.toString(), Optional.ofNullable(method), options);
    Reports.write(spec, assessment, observations, options);
    return ReformCommand.EXIT_OK;
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
