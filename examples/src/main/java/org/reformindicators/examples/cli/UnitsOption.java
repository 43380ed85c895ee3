package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.evaluation.PlanAssessmentsWriter;
import org.reformindicators.io.problem.ReadException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code evaluate --units CODES|FILE}, such as {@code --units 51,62} or {@code --units communes.txt}: the plan as a
 * template evaluated for each unit, written as one {@code plan-assessments} JSON document, unit by unit as each is
 * evaluated.
 *
 * <p>Each code is resolved in the unit registry (the bundled one, or {@code --unit-registry FILE}) to the unit
 * with that code that exists on the last day of the assessment period, else the latest one with that code that
 * existed during the period ({@code 51} as of 2022 is Quảng Ngãi before its merger, valid until 2025-06-30). A code
 * the registry does not know, or whose units did not exist during the period, is a usage error (exit status 2)
 * naming the code. Only {@code --format json} is accepted: text, markdown and html report on one unit. Stateless.
 */
final class UnitsOption {

  private UnitsOption() {}

  /**
   * Reads the codes: a file with one code per line (blank lines and lines starting with {@code #} skipped) when
   * the value names an existing file, else the comma-separated codes.
   */
  static List<String> codes(CommandSpec spec, String value) {
    List<String> raw = new ArrayList<>();
    Path file = Path.of(value);
    if (!value.contains(",") && Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String code = line.strip();
          if (!code.isEmpty() && !code.startsWith("#")) {
            raw.add(code);
          }
        }
      } catch (IOException e) {
        throw new InvalidInputException(Problem.ofFile(value, "cannot read the file: " + e.getMessage()));
      }
    } else {
      for (String code : value.split(",", -1)) {
        raw.add(code.strip());
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : raw) {
      if (code.isEmpty()) {
        throw usage(spec, "an empty unit code in '" + value + "'");
      }
      if (!codes.add(code)) {
        throw usage(spec, "unit " + code + " is listed twice");
      }
    }
    if (codes.isEmpty()) {
      throw usage(spec, value + " lists no unit code");
    }
    return List.copyOf(codes);
  }

  /** Resolves each code to the unit with that code during the period, as the class description says. */
  static List<AdministrativeUnit> resolve(
      CommandSpec spec, UnitRegistry registry, List<String> codes, ReportingPeriod asOf) {
    LocalDate first = asOf.startDate();
    LocalDate last = asOf.endDate();
    List<AdministrativeUnit> units = new ArrayList<>(codes.size());
    for (String text : codes) {
      if (!UnitCode.isValid(text)) {
        throw usage(spec, "unit code must be ASCII letters or digits, then letters, digits, '_', '-' or '.', was '"
            + text + "'");
      }
      UnitCode code = UnitCode.of(text);
      Optional<AdministrativeUnit> unit = registry.find(code, last);
      if (unit.isEmpty()) {
        List<AdministrativeUnit> during = registry.findDuring(code, first, last);
        unit = during.isEmpty() ? Optional.empty() : Optional.of(during.get(during.size() - 1));
      }
      if (unit.isEmpty()) {
        List<AdministrativeUnit> versions = registry.versionsOf(code);
        throw usage(spec, versions.isEmpty()
            ? "unit " + code + " is not in the unit registry"
                + " (the bundled one holds the 63 provinces and Quảng Ngãi from 2025-07-01; give --unit-registry FILE)"
            : "unit " + code + " did not exist during " + asOf + " (valid "
                + versions.stream().map(AdministrativeUnit::validity).toList() + ")");
      }
      units.add(unit.get());
    }
    return units;
  }

  /** Reads the registry named by {@code --unit-registry}, else the bundled one. */
  static UnitRegistry registry(Path file) {
    if (file == null) {
      return VietnamUnits.registry();
    }
    try {
      return ReformIndicatorsIo.create().readUnitRegistry(file);
    } catch (ReadException e) {
      throw Inputs.invalid(file.toString(), e);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(file.toString(), "cannot read the file: " + e.getMessage()));
    }
  }

  /** Evaluates every unit and writes the document as it goes. */
  static void evaluate(
      CommandSpec spec,
      Plan plan,
      List<AdministrativeUnit> units,
      ObservationSet observations,
      ReportingPeriod asOf,
      Optional<ProgressMethod> method,
      ReportOptions options) {
    EvaluationSettings settings =
        EvaluationSettings.builder().planMethod(method).externalNorms(options.norms).build();
    PlanEvaluator evaluator = PlanEvaluator.of(settings);
    Reports.write(spec, options.output, out -> document(evaluator, plan, units, observations, asOf, out));
  }

  private static void document(
      PlanEvaluator evaluator,
      Plan plan,
      List<AdministrativeUnit> units,
      ObservationSet observations,
      ReportingPeriod asOf,
      Writer out)
      throws IOException {
    Utf8WriterStream bytes = new Utf8WriterStream(out);
    try (PlanAssessmentsWriter w =
        PlanAssessmentsWriter.open(bytes, DocumentFormat.JSON, plan, asOf, evaluator.settings())) {
      evaluator.evaluateEach(plan, units, observations, asOf, w.asConsumer());
    }
    bytes.close();
    out.write('\n');
  }

  static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '--units': " + message);
  }
}
