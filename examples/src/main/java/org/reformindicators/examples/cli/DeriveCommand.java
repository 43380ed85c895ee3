package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reformindicators.core.derivation.DateBasis;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.DerivationResult;
import org.reformindicators.core.derivation.DerivationRule;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvWriter;
import org.reformindicators.io.dossier.DossierCsvReader;
import org.reformindicators.io.dossier.DossierJsonLinesReader;
import org.reformindicators.io.dossier.ProcedureCsvReader;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code derive} command, such as {@code reform derive --rules plan-1256 --records dossiers.csv --procedures
 * procedures.csv -o observations.csv}: indicators derived from dossier records, written as the observation CSV with
 * its {@code numerator} and {@code denominator} columns, ready for {@code evaluate} and {@code score}.
 *
 * <p>Mutable (picocli sets the options) and not thread-safe.
 */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description = {
      "Derives indicators from dossier records (docs/formats/dossiers.md) by a rule set and writes the observation"
          + " CSV with numerator and denominator columns, ready for evaluate and score.",
      "--list lists the bundled rule sets."
    })
public final class DeriveCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--list", description = "List the bundled rule sets and their rules.")
  private boolean list;

  @Option(
      names = "--rules",
      paramLabel = "ID|FILE",
      description = "A bundled rule set (plan-1256, dvc-766) or a rule file (.yaml or .json).")
  private String rules;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      description = "The dossier file: CSV, or JSON Lines when named .jsonl or .ndjson.")
  private Path records;

  @Option(
      names = "--procedures",
      paramLabel = "FILE",
      description = "The procedure list CSV, needed by rules on procedures (T6b) and sectors (T14b).")
  private Path procedures;

  @Option(
      names = "--by",
      paramLabel = "agency|procedure|level",
      description = "Break every observation down by agency, procedure or handling level as well: the drill-down"
          + " rows are written beside the totals (AGENCY=000.00.12.H48).")
  private String by;

  @Option(
      names = "--period-kind",
      paramLabel = "year|half|quarter|month",
      defaultValue = "year",
      description = "The periods derived (default: ${DEFAULT-VALUE}).")
  private String periodKind;

  @Option(
      names = "--date",
      paramLabel = "received|completed",
      description = "Attribute every dossier by this date instead of each rule's own.")
  private String date;

  @Option(
      names = "--unit-registry",
      paramLabel = "FILE|bundled",
      description = "Resolve unit codes through this unit registry (successor links of abolished units);"
          + " 'bundled' for the bundled provinces. Without it, unit codes are taken as they are.")
  private String unitRegistry;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the observation CSV to FILE instead of standard output.")
  private Path output;

  /** Creates the command; picocli instantiates it. */
  public DeriveCommand() {}

  @Override
  public Integer call() throws IOException {
    if (list) {
      return list();
    }
    if (rules == null || records == null) {
      throw new ParameterException(spec.commandLine(), "derive needs --rules and --records (or --list)");
    }
    RuleSet ruleSet = ruleSet();
    DerivationOptions.Builder options = DerivationOptions.builder().periodKind(periodKind());
    if (by != null) {
      options.by(choice("--by", by, new Grouping[] {Grouping.AGENCY, Grouping.PROCEDURE, Grouping.LEVEL}));
    }
    if (date != null) {
      options.date(choice("--date", date, DateBasis.values()));
    }
    if (unitRegistry != null) {
      options.registry(UnitsOption.registry(unitRegistry.equals("bundled") ? null : Path.of(unitRegistry)));
    }
    if (procedures != null) {
      try (InputStream in = Inputs.open(procedures)) {
        options.procedures(ProcedureCsvReader.create(ReadOptions.defaults()).read(in, procedures.toString()));
      } catch (ReadException e) {
        throw Inputs.invalid(procedures.toString(), e);
      }
    }
    Derivation derivation;
    // with --by, the totals are derived in the same pass beside the drill-down, so that the output is evaluated
    // as the totals-only output is (the plan judges its clauses on the totals; issue 18)
    Derivation totals;
    try {
      DerivationOptions chosen = options.build();
      derivation = Derivation.start(ruleSet, chosen);
      totals = chosen.by().isPresent()
          ? Derivation.start(ruleSet, DerivationOptions.builder().from(chosen).by(Optional.empty()).build())
          : null;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.ofFile(rules, e.getMessage()));
    }
    Consumer<DossierRecord> sink = totals == null ? derivation : derivation.andThen(totals);
    try (InputStream in = Inputs.open(records)) {
      if (isJsonLines(records)) {
        DossierJsonLinesReader.create(ReadOptions.defaults()).read(in, records.toString(), sink, p -> {});
      } else {
        DossierCsvReader.create(ReadOptions.defaults()).read(in, records.toString(), sink, p -> {});
      }
    } catch (ReadException e) {
      throw Inputs.invalid(records.toString(), e);
    }
    DerivationResult result = derivation.finish();
    List<Observation> observations = new ArrayList<>(result.observations());
    if (totals != null) {
      observations.addAll(totals.finish().observations());
      observations.sort(
          Comparator.comparing((Observation o) -> o.indicator().toString())
              .thenComparing(Observation::unit)
              .thenComparing(o -> o.breakdown().toString())
              .thenComparing(Observation::period));
    }
    write(observations);
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "derived %d observations from %d dossiers (%d in progress) by rule set %s%n",
        observations.size(), result.summary().records(), result.summary().inProgress(), ruleSet.id());
    if (result.summary().unresolved() > 0) {
      err.printf("%d dossiers not attributed: their unit could not be resolved%n", result.summary().unresolved());
      result.summary().unresolvedExamples().forEach(example -> err.println("  " + example));
    }
    if (result.summary().unlistedProcedures() > 0) {
      err.printf("%d dossiers of procedures missing from the procedure list%n", result.summary().unlistedProcedures());
    }
    err.flush();
    return ReformCommand.EXIT_OK;
  }

  /** Whether a dossier file is JSON Lines (named {@code .jsonl} or {@code .ndjson}) rather than CSV. */
  private static boolean isJsonLines(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  private void write(List<Observation> observations) throws IOException {
    OutputStream out = output == null ? new Utf8WriterStream(spec.commandLine().getOut()) : Files.newOutputStream(output);
    try (ObservationCsvWriter writer = ObservationCsvWriter.create(out, CsvDialect.STANDARD, true)) {
      for (Observation observation : observations) {
        writer.write(observation);
      }
    }
  }

  private int list() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (String id : RuleSetReader.BUNDLED) {
      RuleSet set = RuleSetReader.create(ReadOptions.defaults()).bundled(id);
      out.printf("%-10s %s%n", id, set.name());
      out.printf("%-10s %s%n", "", set.source());
      for (DerivationRule rule : set.rules()) {
        out.printf(
            "%-10s   %-40s %-6s %s%s%n", "", rule.indicator(), rule.aggregation(), rule.serves().orElse(""),
            rule.groupBy().map(g -> " by " + g).orElse(""));
      }
    }
    out.flush();
    return ReformCommand.EXIT_OK;
  }

  private RuleSet ruleSet() throws IOException {
    RuleSetReader reader = RuleSetReader.create(ReadOptions.defaults());
    if (RuleSetReader.BUNDLED.contains(rules)) {
      return reader.bundled(rules);
    }
    Path file = Path.of(rules);
    Inputs.requireReadable(file);
    try {
      return reader.read(file);
    } catch (ReadException e) {
      throw Inputs.invalid(rules, e);
    }
  }

  private PeriodKind periodKind() {
    return switch (periodKind.toLowerCase(Locale.ROOT)) {
      case "year" -> PeriodKind.YEAR;
      case "half" -> PeriodKind.HALF_YEAR;
      case "quarter" -> PeriodKind.QUARTER;
      case "month" -> PeriodKind.MONTH;
      default -> throw new ParameterException(
          spec.commandLine(), "--period-kind must be year, half, quarter or month, was '" + periodKind + "'");
    };
  }

  private <E extends Enum<E>> E choice(String option, String text, E[] allowed) {
    for (E value : allowed) {
      if (value.name().equalsIgnoreCase(text)) {
        return value;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        option + " must be one of " + java.util.Arrays.stream(allowed).map(e -> e.name().toLowerCase(Locale.ROOT))
            .toList() + ", was '" + text + "'");
  }
}
