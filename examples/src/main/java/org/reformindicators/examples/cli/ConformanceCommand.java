package org.reformindicators.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.conformance.ConformanceEngine;
import org.reformindicators.io.conformance.ConformanceReport;
import org.reformindicators.io.conformance.ConformanceSuite;
import org.reformindicators.io.conformance.Mismatch;
import org.reformindicators.io.problem.ReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reform conformance}: runs the conformance suite against the bundled engine, or checks another system's
 * results file against it ({@code docs/conformance.md}). Prints one {@code FAIL id: field expected …, was …} line
 * per difference and ends with {@code N passed, M failed} (with {@code --check}: {@code N passed, M failed, K
 * skipped}); exit status 0 when every vector passes, 1 when one fails or an input is invalid, 2 on a usage error.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the conformance vectors against the bundled engine, or checks another system's results file.",
      "Ends with 'N passed, M failed' (with --check: 'N passed, M failed, K skipped')."
    })
public final class ConformanceCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--vectors",
      paramLabel = "DIR",
      description = "A folder with suite.json and its vector files (default: the bundled suite).")
  private Path vectors;

  @Option(
      names = "--check",
      paramLabel = "RESULTS.json",
      description = "A results file (kind conformance-results) written by another system: compare it instead of"
          + " running the bundled engine; vectors it does not cover are skipped.")
  private Path check;

  /** Creates the command; picocli instantiates it. */
  public ConformanceCommand() {}

  @Override
  public Integer call() throws IOException {
    ConformanceSuite suite = suite();
    ConformanceReport report;
    if (check == null) {
      report = ConformanceReport.run(suite, ConformanceEngine.bundled());
    } else {
      report = ConformanceReport.check(suite, results());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Mismatch mismatch : report.mismatches()) {
      out.println(mismatch);
    }
    out.println(report.passed() + " passed, " + report.failed() + " failed"
        + (check == null ? "" : ", " + report.skipped() + " skipped"));
    out.flush();
    return report.failed() == 0 ? ReformCommand.EXIT_OK : ReformCommand.EXIT_INVALID_INPUT;
  }

  private ConformanceSuite suite() throws IOException {
    if (vectors == null) {
      return ConformanceSuite.bundled();
    }
    if (!Files.isRegularFile(vectors.resolve("suite.json"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--vectors " + vectors + ": the folder must hold suite.json (docs/formats/conformance.md)");
    }
    try {
      return ConformanceSuite.read(vectors);
    } catch (ReadException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(p -> Problem.atPointer(vectors.toString(), pointer(p.location().describe()), p.message()))
          .toList());
    }
  }

  private static String pointer(String described) {
    int space = described.indexOf(' ');
    return space < 0 ? described : described.substring(0, space);
  }

  private JsonNode results() throws IOException {
    if (!Files.isRegularFile(check)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--check " + check + ": no such file");
    }
    JsonNode results;
    try (InputStream in = Files.newInputStream(check)) {
      results = ReformIndicatorsIo.create().mapper(DocumentFormat.JSON).readTree(in);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InvalidInputException(Problem.ofFile(check.toString(), "not a JSON document: "
          + e.getOriginalMessage()));
    }
    if (results.path("formatVersion").asInt(0) != 1 || !"conformance-results".equals(results.path("kind").asText())) {
      throw new InvalidInputException(Problem.ofFile(check.toString(),
          "a results file must have formatVersion 1 and kind 'conformance-results', had "
              + results.path("formatVersion") + " and " + results.path("kind")));
    }
    return results;
  }
}
