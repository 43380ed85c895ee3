package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.examples.report.ReportBuilder;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Evaluates a plan and writes the report in the chosen format, for {@code report} and {@code
 * evaluate}.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class Reports {

  private Reports() {}

  /**
   * Evaluates a plan on observations.
   *
   * @param plan the plan
   * @param observations the observations
   * @param observationsName the observations' file name, for problems
   * @param method the progress method of the whole plan, or empty for the engine's default
   * @param options the report options (the assessment period, the external norms)
   * @return the assessment
   * @throws InvalidInputException if there are no observations to default the period from, or a
   *     norm is not finite
   */
  static PlanAssessment evaluate(
      Plan plan,
      ObservationSet observations,
      String observationsName,
      Optional<ProgressMethod> method,
      ReportOptions options) {
    EvaluationSettings settings;
    try {
      settings = EvaluationSettings.builder()
          .planMethod(method)
          .externalNorms(options.norms)
          .build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.ofFile("--norm", e.getMessage()));
    }
    PlanEvaluator evaluator = PlanEvaluator.of(settings);
    if (options.asOf != null) {
      return evaluator.evaluate(plan, observations, options.asOf);
    }
    if (observations.isEmpty()) {
      throw new InvalidInputException(Problem.ofFile(
          observationsName, "has no observations, so there is no latest period: give --as-of"));
    }
    return evaluator.evaluate(plan, observations);
  }

  /**
   * Renders an assessment in the chosen format and writes it to standard output or the chosen
   * file.
   *
   * @param spec the running command, for its output stream
   * @param assessment the assessment
   * @param observations the observations it was made on
   * @param options the report options
   * @throws InvalidInputException if the output file cannot be written
   */
  static void write(
      CommandSpec spec, PlanAssessment assessment, ObservationSet observations, ReportOptions options) {
    String text =
        options.format == ReportFormat.JSON
            ? ReformIndicatorsIo.create().writeString(assessment, DocumentFormat.JSON) + "\n"
            : options.format.renderer().render(
                ReportBuilder.build(assessment, observations, options.language));
    write(spec, options.output, text);
  }

  /**
   * Writes text to standard output, or to a file in UTF-8 when one is given.
   *
   * @param spec the running command
   * @param output the file, or {@code null} for standard output
   * @param text the text
   * @throws InvalidInputException if the file cannot be written
   */
  static void write(CommandSpec spec, Path output, String text) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(
          output.toString(), "cannot write the file: " + e.getClass().getSimpleName() + " "
              + e.getMessage()));
    }
  }
}
