package org.reformindicators.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.MissingDataException;
import org.reformindicators.core.composite.ScoringException;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.examples.report.ReportBuilder;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.composite.CompositeResultDocument;
import org.reformindicators.io.composite.UncertaintySettings;
import org.reformindicators.io.problem.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code score} command, such as {@code reform score --methodology pci --observations
 * pci-2020.csv --period 2020 --uncertainty 1000}: a composite index recomputed for every area of a
 * file, with ranks and, on request, rank intervals from a Monte Carlo analysis over noisy weights.
 *
 * <p>Mutable (picocli sets the options) and not thread-safe.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Recomputes a composite index for every area of an observation file, with ranks.",
      "The index is a bundled methodology (see 'methodologies') or one defined in a methodology"
          + " file; with --uncertainty N the output adds each area's 5–95 %% rank interval over N"
          + " draws of noisy weights.",
      "The observations are a long-form CSV (indicator,area,period,value[,…]) or a wide table"
          + " (area[,name][,period][,universe],CODE,…: one row per area, a column per indicator code;"
          + " without a period column every row is of --period)."
    })
public final class ScoreCommand implements Callable<Integer> {

  /** The output formats of {@code score}. */
  public enum ScoreFormat {
    /** A readable table. */
    TEXT,
    /** io's {@code composite-result} document, with the rank intervals when asked for. */
    JSON,
    /** CSV starting with the columns {@code area,period,score,rank}. */
    CSV;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--methodology",
      required = true,
      paramLabel = "ID|FILE",
      description = "A bundled methodology id (pci, papi, papi-2009, par-index-2948, sipas, dvc-766)"
          + " or a methodology file (.yaml or .json).")
  private String methodology;

  @Option(
      names = "--observations",
      required = true,
      paramLabel = "FILE",
      description = "The component values of every area, a CSV file with the columns"
          + " indicator,area,period,value[,…] or a wide table area[,name][,period],CODE,….")
  private Path observationsFile;

  @Mixin private CsvDialectOption csvDialect = new CsvDialectOption();

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description = "The period to score, such as 2020.")
  private ReportingPeriod period;

  @Option(
      names = "--uncertainty",
      paramLabel = "N",
      description = "Run an uncertainty analysis with N Monte Carlo draws (rank intervals),"
          + " N within 1..1,000,000.")
  private Long draws; // a long, so that any whole number meets the bound check and its message

  @Option(
      names = "--noise",
      paramLabel = "F",
      defaultValue = "0.25",
      description = "Relative weight noise of the uncertainty analysis, in [0, 1) (default: ${DEFAULT-VALUE});"
          + " needs --uncertainty.")
  private double noise;

  @Option(
      names = "--noise-level",
      paramLabel = "N",
      description = "A level of the index tree whose weights the uncertainty analysis perturbs (1 = the"
          + " components of the total, 2 = one level down); repeat it for several levels. Default: every"
          + " level. (COINr's reference analysis perturbs one level: give --noise-level 1 for it.)"
          + " Needs --uncertainty.")
  private List<Integer> noiseLevels = new ArrayList<>();

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the uncertainty analysis (default: ${DEFAULT-VALUE}); needs --uncertainty.")
  private long seed;

  @Option(
      names = "--format",
      paramLabel = "text|json|csv",
      defaultValue = "text",
      description = "Output format: text (default), json or csv.")
  private ScoreFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the result to FILE (UTF-8) instead of standard output.")
  private Path output;

  /** Creates the command; picocli instantiates it. */
  public ScoreCommand() {}

  @Override
  public Integer call() {
    checkOptions();
    CompositeIndex index = methodology(methodology);
    int year = period.startDate().getYear();
    if (!index.appliesTo(year)) {
      throw new InvalidInputException(Problem.ofFile(methodology, "methodology " + index.id()
          + " applies to the years " + index.firstYear() + "–"
          + (index.lastYear().isPresent() ? String.valueOf(index.lastYear().getAsInt()) : "")
          + ", not to " + period));
    }
    ObservationSet observations = Inputs.observations(observationsFile,
        Inputs.reader(csvDialect.dialect()).withPeriod(period));
    AreaScores scores = new AreaScores(index);
    checkLevels(scores);
    for (Observation observation : observations.boundedObservations()) {
      if (observation.period().equals(period)
          && observation.breakdown().isTotal()
          && scores.isLeaf(observation.indicator().toString())) {
        throw new InvalidInputException(Problem.ofFile(observationsFile.toString(), observation.describe()
            + ": a value published only as a bound cannot be scored or ranked; a composite index needs the value"
            + " of every component (give the value, or leave the area out)"));
      }
    }
    for (Observation observation : observations.observations()) {
      if (observation.period().equals(period)
          && observation.breakdown().isTotal()
          && observation.value().isPresent()
          && scores.isLeaf(observation.indicator().toString())) {
        scores.add(observation.indicator().toString(), observation.unit().value(),
            BigDecimal.valueOf(observation.value().getAsDouble()), ReportBuilder.isSample(observation));
      }
    }
    String components = String.join(", ", index.leaves().stream().map(n -> n.code().value()).toList());
    if (scores.areas().isEmpty()) {
      if (observations.size() == 0) {
        throw new InvalidInputException(Problem.ofFile(observationsFile.toString(),
            "has no value of a component of " + index.id() + " (" + components + ") for the period " + period));
      }
      // Rows were read but none is of a component for the period: say so, and write an empty result.
      String warning = observationsFile + ": " + observations.size()
          + (observations.size() == 1 ? " row was" : " rows were") + " read, none of a component of "
          + index.id() + " (" + components + ") for the period " + period + "; no area was scored";
      spec.commandLine().getErr().println("warning: " + warning);
      writeEmpty(index, warning);
      return ReformCommand.EXIT_OK;
    }
    Optional<UncertaintyOptions> uncertainty = draws == null
        ? Optional.empty()
        : Optional.of(scores.uncertaintyOptions(draws.intValue(), noise, seed, new TreeSet<>(noiseLevels)));
    AreaScores.Scored scored;
    try {
      scored = scores.score(period.toString(), names(scores.areas(), period.startDate()), uncertainty);
    } catch (MissingDataException e) {
      throw new InvalidInputException(Problem.ofFile(observationsFile.toString(), e.getMessage()));
    } catch (ScoringException e) {
      throw new InvalidInputException(ScoringProblems.located(
          e, index, methodology, observationsFile, csvDialect.dialect(), period));
    }
    List<ScoreLine> lines = scored.lines();
    for (String area : scores.unranked(lines)) {
      spec.commandLine().getErr().println(observationsFile + ": area " + area
          + " is not ranked: too few components of " + index.id() + " for " + period);
    }
    Optional<UncertaintySettings> settings = uncertainty.map(o -> UncertaintySettings.of(index, o));
    String title = index.nameEn() + " " + period + " (" + index.id() + ")"
        + settings.map(ScoreCommand::describe).orElse("");
    Reports.write(spec, output, out -> {
      switch (format) {
        case TEXT -> ScoreTableWriter.text(title, lines, scores.decimals(), out);
        case CSV -> ScoreTableWriter.csv(lines, scores.decimals(), settings, out);
        case JSON -> Reports.document(scored.uncertainty()
            .map(analysis -> CompositeResultDocument.of(scored.result(), analysis, uncertainty.get()))
            .orElseGet(() -> CompositeResultDocument.of(scored.result())), out);
        default -> throw new AssertionError(format);
      }
    });
    return ReformCommand.EXIT_OK;
  }

  /**
   * Checks the bounds of the numeric options: picocli checks only that they are numbers.
   *
   * @throws ParameterException (exit status 2) naming the option, its bounds and the value
   */
  private void checkOptions() {
    if (draws != null && (draws < 1 || draws > UncertaintyOptions.MAX_DRAWS)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--uncertainty': must be within 1.."
              + String.format(Locale.ROOT, "%,d", UncertaintyOptions.MAX_DRAWS) + " draws, was " + draws);
    }
    if (draws == null) {
      for (String option : List.of("--noise", "--noise-level", "--seed")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
          throw new ParameterException(spec.commandLine(),
              "Option '" + option + "' sets the uncertainty analysis, so it needs --uncertainty N");
        }
      }
    }
    if (!(noise >= 0 && noise < 1)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--noise': must be within [0, 1), was " + noise);
    }
  }

  /** Writes the result of a file none of whose rows is of a component: no area, one warning. */
  private void writeEmpty(CompositeIndex index, String warning) {
    Reports.write(spec, output, out -> {
      switch (format) {
        case TEXT -> ScoreTableWriter.text(index.nameEn() + " " + period + " (" + index.id() + ")",
            List.of(), 2, out);
        case CSV -> ScoreTableWriter.csv(List.of(), 2, out);
        case JSON -> Reports.document(new CompositeResultDocument(index.id(), index.rankingMethod(),
            List.of(), List.of(), Optional.empty(), List.of(warning)), out);
        default -> throw new AssertionError(format);
      }
    });
  }

  /** The settings of an uncertainty analysis for a title, such as {@code , 1000 draws, …}. */
  static String describe(UncertaintySettings settings) {
    Set<Double> noises = new TreeSet<>(settings.weightNoise().values());
    String levels = String.join(", ",
        settings.weightNoise().keySet().stream().map(String::valueOf).toList());
    return ", " + settings.draws() + " draws, weight noise ±"
        + (noises.isEmpty() ? "0" : noises.stream().map(String::valueOf).reduce((a, b) -> a + "/" + b).orElse(""))
        + (noises.isEmpty() ? "" : " at level" + (settings.weightNoise().size() == 1 ? " " : "s ") + levels)
        + ", seed " + settings.seed();
  }

  /**
   * Refuses levels outside the methodology's tree.
   *
   * @throws ParameterException (exit status 2) naming the option, the levels of the tree and the value
   */
  private void checkLevels(AreaScores scores) {
    for (int level : noiseLevels) {
      if (level < 1 || level > scores.levels()) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--noise-level': the"
            + " tree of this methodology has the levels 1.." + scores.levels() + ", was " + level);
      }
    }
  }

  private static Map<String, String> names(List<String> areas, LocalDate day) {
    Map<String, String> names = new TreeMap<>();
    for (String area : areas) {
      VietnamUnits.registry().find(UnitCode.of(area), day).map(AdministrativeUnit::nameVi)
          .ifPresent(name -> names.put(area, name));
    }
    return names;
  }

  /**
   * Reads a methodology: a bundled id, or a file.
   *
   * @param idOrFile a bundled id such as {@code pci}, or a path
   * @return the methodology
   * @throws InvalidInputException if it is neither a bundled id nor a readable, valid file
   */
  static CompositeIndex methodology(String idOrFile) {
    if (ReformIndicatorsIo.BUNDLED_METHODOLOGIES.contains(idOrFile)) {
      return Bundled.methodology(idOrFile);
    }
    Path file = Path.of(idOrFile);
    if (!Files.exists(file)) {
      throw new InvalidInputException(Problem.ofFile(idOrFile,
          "neither a bundled methodology id (" + String.join(", ", ReformIndicatorsIo.BUNDLED_METHODOLOGIES)
              + ") nor an existing file"));
    }
    EvaluateCommand.format(file);
    Inputs.requireReadable(file);
    try {
      return ReformIndicatorsIo.create().readMethodology(file);
    } catch (ReadException e) {
      throw Inputs.invalid(idOrFile, e);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(idOrFile, "cannot read the file: " + e.getMessage()));
    }
  }
}
