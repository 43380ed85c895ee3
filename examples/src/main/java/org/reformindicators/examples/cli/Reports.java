package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.evaluation.Reason;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.examples.report.ProgressReport;
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
   * @param options the report options (the assessment period, the external norms, checked by
   *     {@link ReportOptions#checkNorms})
   * @return the assessment
   * @throws InvalidInputException if there are no observations to default the period from
   */
  static PlanAssessment evaluate(
      Plan plan,
      ObservationSet observations,
      String observationsName,
      Optional<ProgressMethod> method,
      ReportOptions options) {
    EvaluationSettings settings = EvaluationSettings.builder()
        .planMethod(method)
        .externalNorms(options.norms)
        .build();
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
   * Renders an assessment in the chosen format and writes it, as it is rendered, to standard
   * output or the chosen file.
   *
   * @param spec the running command, for its output stream
   * @param assessment the assessment
   * @param observations the observations it was made on
   * @param options the report options
   * @throws InvalidInputException if the output file cannot be written
   */
  static void write(
      CommandSpec spec, PlanAssessment assessment, ObservationSet observations, ReportOptions options) {
    if (options.format == ReportFormat.JSON) {
      write(spec, options.output, out -> document(assessment, out));
    } else {
      ProgressReport report =
          ReportBuilder.build(assessment, observations, options.language, Reports::advice);
      write(spec, options.output, out -> options.format.renderer().render(report, out));
    }
  }

  /**
   * Returns what a command-line user can do about a reason: for a missing external norm, the
   * option that supplies it, such as {@code --norm CENTRAL_STAFF_REDUCTION_RATIO=VALUE}.
   *
   * @param reason the reason a clause is not assessable or not applicable
   * @return the advice in both languages, or empty
   */
  static Optional<BilingualText> advice(Reason reason) {
    if (reason instanceof Reason.MissingNorm missing) {
      String option = "--norm " + missing.normId() + "=";
      return Optional.of(BilingualText.of(
          "Cung cấp định mức bằng " + option + "GIÁ_TRỊ.", "Give the norm with " + option + "VALUE."));
    }
    return Optional.empty();
  }

  /**
   * Writes an {@code io} document as pretty JSON followed by an empty line, streaming.
   *
   * @param document the document, such as a plan assessment
   * @param out where it goes
   * @throws IOException if {@code out} fails
   */
  static void document(Object document, Writer out) throws IOException {
    Utf8WriterStream bytes = new Utf8WriterStream(out);
    ReformIndicatorsIo.create().write(document, bytes, DocumentFormat.JSON);
    bytes.close();
    out.write('\n');
  }

  /** Writes the output of a command onto a writer. */
  @FunctionalInterface
  interface Output {
    /**
     * Writes the output.
     *
     * @param out where it goes
     * @throws IOException if {@code out} fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a command's output as it is produced to standard output, or to a file in UTF-8 when
   * one is given; nothing is built in memory first.
   *
   * @param spec the running command
   * @param output the file, or {@code null} for standard output
   * @param body what to write
   * @throws InvalidInputException if the file cannot be written
   */
  static void write(CommandSpec spec, Path output, Output body) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        body.writeTo(out);
      } catch (IOException e) {
        // A PrintWriter reports no failure, so this is a bug of the rendering.
        throw new UncheckedIOException("writing to standard output failed", e);
      }
      out.flush();
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      body.writeTo(out);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(
          output.toString(), "cannot write the file: " + e.getClass().getSimpleName() + " "
              + e.getMessage()));
    }
  }
}
