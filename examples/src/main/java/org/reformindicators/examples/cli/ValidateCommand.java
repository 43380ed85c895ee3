package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code validate} command, such as {@code reform validate plan.yaml data.csv}: checks plans,
 * indicator catalogues, unit registries, methodologies, observation files (CSV or JSON/YAML), plan
 * assessments and composite results, printing every problem with its location on standard error and, on
 * standard output, one line per file with the records read, accepted and rejected ({@link FileCheck}) and a
 * one-line summary.
 *
 * <p>The kind of a file is known from its extension ({@code .csv} is an observation file) and, for
 * JSON and YAML, from the document's own {@code kind} field. An observation CSV is streamed: memory grows
 * with its distinct observation keys (for duplicate detection), not with its rows, so 1.95 million rows are
 * checked within 256 MB. At most {@value ReadOptions#DEFAULT_MAX_PROBLEMS} problems are printed per file, then
 * how many more were found.
 *
 * <p>Mutable (picocli sets the parameters) and not thread-safe.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks plans, catalogues, unit registries, methodologies, observation files and results.",
      "A .csv file is an observation file; for .yaml, .yml and .json the kind is read from the"
          + " document's 'kind' field. Problems go to standard error as FILE:LINE[:COLUMN]: message"
          + " or FILE:/json/pointer: message (at most 100 per file). Standard output gets one line"
          + " per file, 'FILE: N records read, A accepted, R rejected' (N = A + R; a record is a data"
          + " row of a CSV or an element of an observation document's 'observations'; other documents"
          + " print '1 document read', and so does an observation document with a problem: a"
          + " document is read whole or not at all), then a one-line"
          + " summary. The exit status is 0 when all files are valid, 1 otherwise.",
      "A plan, indicator catalogue or methodology named beside observation files sets rules for"
          + " them: each row is also checked against the catalogue (ranges, whole numbers, rank"
          + " universes, period kinds) and each methodology component against its range, with its"
          + " line, as 'evaluate' and 'score' would. A .csv file may be long"
          + " (indicator,area,period,value[,…]) or wide (area,period[,name][,universe],CODE,…)."
    })
public final class ValidateCommand implements Callable<Integer> {

  /** Reads one kind of document with the reader of {@code io} that checks all its rules. */
  @FunctionalInterface
  interface DocumentReader {
    /**
     * Reads the file.
     *
     * @param io the facade
     * @param file the file
     * @throws IOException if the file cannot be read or is invalid ({@link ReadException})
     */
    void read(ReformIndicatorsIo io, Path file) throws IOException;
  }

  /** The document kinds this command checks, by the value of their {@code kind} field. */
  static final Map<DocumentKind, DocumentReader> KINDS =
      Map.of(
          DocumentKind.PLAN, ReformIndicatorsIo::readPlan,
          DocumentKind.INDICATOR_CATALOGUE, ReformIndicatorsIo::readCatalogue,
          DocumentKind.UNIT_REGISTRY, ReformIndicatorsIo::readUnitRegistry,
          DocumentKind.METHODOLOGY, ReformIndicatorsIo::readMethodology,
          DocumentKind.OBSERVATIONS, ReformIndicatorsIo::readObservations,
          DocumentKind.PLAN_ASSESSMENT, ReformIndicatorsIo::readAssessment,
          DocumentKind.COMPOSITE_RESULT, ReformIndicatorsIo::readCompositeResult,
          DocumentKind.PLAN_ASSESSMENTS, (io, file) -> io.read(file, PlanAssessments.class));

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check.")
  private List<Path> files;

  @Mixin private CsvDialectOption csvDialect = new CsvDialectOption();

  /** Creates the command; picocli instantiates it. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    long problems = 0;
    ObservationRules rules = ObservationRules.of(files);
    for (Path file : files) {
      FileCheck check = check(file, csvDialect.dialect(), rules, err::println);
      err.flush();
      out.println(check.line(file.toString()));
      out.flush();
      if (check.problems() > 0) {
        invalid++;
        problems += check.problems();
      }
    }
    int valid = files.size() - invalid;
    String summary = files.size() + (files.size() == 1 ? " file" : " files") + " checked: "
        + valid + " valid, " + invalid + " invalid"
        + (problems == 0 ? "" : " (" + problems + (problems == 1 ? " problem)" : " problems)"));
    out.println(summary);
    out.flush();
    return invalid == 0 ? ReformCommand.EXIT_OK : ReformCommand.EXIT_INVALID_INPUT;
  }

  /**
   * Checks one file, handing its problems to {@code printer} (at most {@value
   * ReadOptions#DEFAULT_MAX_PROBLEMS}, then one saying how many more were found).
   *
   * @param file the file
   * @param printer receives the problems to print, located in the file
   * @return the counts of the file
   */
  static FileCheck check(Path file, Consumer<Problem> printer) {
    return check(file, CsvDialect.STANDARD, ObservationRules.of(List.of()), printer);
  }

  /**
   * Checks one file, an observation CSV in a dialect and against the rules of the documents beside
   * it, handing its problems to {@code printer}.
   *
   * @param file the file
   * @param dialect the dialect of an observation CSV
   * @param rules the rules of the plans, catalogues and methodologies beside it
   * @param printer receives the problems to print, located in the file
   * @return the counts of the file
   */
  static FileCheck check(Path file, CsvDialect dialect, ObservationRules rules,
      Consumer<Problem> printer) {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    Listing listing = new Listing(name, printer);
    FileCheck check;
    try {
      if (lower.endsWith(".csv")) {
        ReadSummary summary = Inputs.checkObservations(file, rules.reader(dialect), listing);
        long outside = summary.readToEnd() ? rules.checkRanges(file, dialect, listing) : 0;
        check = new FileCheck(summary.recordsRead(), summary.accepted() - Math.min(outside,
            summary.accepted()), summary.problems() + outside, false);
      } else if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        check = checkDocument(file, listing);
      } else {
        listing.accept(Problem.ofFile(name,
            "unknown file type: expected .csv (observations), .json, .yaml or .yml"));
        check = FileCheck.unread(1);
      }
    } catch (InvalidInputException e) {
      e.problems().forEach(listing);
      check = FileCheck.unread(e.problems().size());
    }
    listing.finish(check.problems());
    return check;
  }

  private static FileCheck checkDocument(Path file, Listing listing) {
    String name = file.toString();
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    DocumentKind kind;
    try {
      // reads up to the 'kind' only, so a large document is not held twice (as a tree and as values)
      kind = io.readKind(file);
    } catch (ReadException e) {
      Inputs.problems(name, e.problems(), e.problems().size()).forEach(listing);
      return new FileCheck(1, 0, Math.max(1, e.totalProblems()), true);
    } catch (IOException e) {
      return rejected(listing, Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
    DocumentReader reader = KINDS.get(kind);
    if (reader == null) {
      return rejected(listing, Problem.atPointer(name, "/kind",
          "'" + kind.id() + "' is not a kind this command checks: expected one of " + kinds()));
    }
    try {
      if (kind == DocumentKind.OBSERVATIONS) {
        int records = io.readObservations(file).size();
        return new FileCheck(records, records, 0, false);
      }
      reader.read(io, file);
      return new FileCheck(1, 1, 0, true);
    } catch (ReadException e) {
      Inputs.problems(name, e.problems(), e.problems().size()).forEach(listing);
      // a document with a problem accepts nothing; its records are not counted one by one
      return new FileCheck(1, 0, Math.max(1, e.totalProblems()), true);
    } catch (IOException e) {
      return rejected(listing, Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  /** A document rejected whole before its kind was known or checked. */
  private static FileCheck rejected(Listing listing, Problem problem) {
    listing.accept(problem);
    return new FileCheck(1, 0, 1, true);
  }

  private static String kinds() {
    List<String> names = new ArrayList<>();
    KINDS.keySet().forEach(kind -> names.add(kind.id()));
    names.sort(null);
    return String.join(", ", names);
  }

  /** Prints the first problems of a file and counts the rest. */
  private static final class Listing implements Consumer<Problem> {
    private final String file;
    private final Consumer<Problem> printer;
    private long printed;

    Listing(String file, Consumer<Problem> printer) {
      this.file = file;
      this.printer = printer;
    }

    @Override
    public void accept(Problem problem) {
      if (printed < ReadOptions.DEFAULT_MAX_PROBLEMS) {
        printed++;
        printer.accept(problem);
      }
    }

    /** Says how many of the {@code total} problems found were not printed. */
    void finish(long total) {
      if (total > printed) {
        printer.accept(Problem.ofFile(file, (total - printed) + " more problems not listed"));
      }
    }
  }
}
