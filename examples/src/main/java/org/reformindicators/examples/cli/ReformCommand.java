package org.reformindicators.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code reform} command, such as {@code java -jar examples/target/reform.jar report --lang en}.
 *
 * <p>Without a subcommand it runs {@code report} with its defaults: the Quảng Ngãi 2021–2025 plan
 * (Decision 1256/QĐ-UBND) evaluated on the bundled data. Output is written in UTF-8 whatever the
 * platform's default charset, so Vietnamese text survives {@code LANG=C}. Exit status: {@value
 * #EXIT_OK} success; {@value #EXIT_INVALID_INPUT} invalid input (every problem on standard error
 * with its location); {@value #EXIT_USAGE} usage error (with the usage text); {@value
 * #EXIT_INTERNAL} internal error (one line, the stack trace only with {@code --debug}).
 *
 * <p>Instances are mutable (picocli sets the options) and not thread-safe; {@link #execute} creates
 * a fresh one per run.
 */
@Command(
    name = "reform",
    mixinStandardHelpOptions = true,
    version = "reform-indicators 0.1.0-SNAPSHOT",
    description = {
      "Progress of provincial reform plans and Vietnamese reform indices.",
      "Without a command, prints the Quảng Ngãi 2021–2025 progress report (as 'report' does)."
    },
    subcommands = {
      ReportCommand.class,
      EvaluateCommand.class,
      ScoreCommand.class,
      ValidateCommand.class,
      MethodologiesCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input (each problem printed with its location)",
      "2:usage error",
      "70:internal error (a bug; stack trace with --debug)"
    })
public final class ReformCommand implements Callable<Integer> {

  /** Exit status of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit status when the user's input is invalid, including a missing or unreadable file. */
  public static final int EXIT_INVALID_INPUT = 1;

  /** Exit status of a usage error (unknown option, bad option value, missing parameter). */
  public static final int EXIT_USAGE = 2;

  /** Exit status of an internal error: a bug (EX_SOFTWARE of BSD {@code sysexits.h}). */
  public static final int EXIT_INTERNAL = 70;

  @Spec private CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  private boolean debug;

  /** Creates the command; picocli instantiates it. */
  public ReformCommand() {}

  /**
   * Runs the default command, {@code report} with its defaults.
   *
   * @return the exit status
   * @throws Exception if the report fails
   */
  @Override
  public Integer call() throws Exception {
    CommandLine report = spec.subcommands().get("report");
    report.parseArgs(); // applies the defaults of the report options
    return report.<ReportCommand>getCommand().call();
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line on the process's standard output and error, without exiting.
   *
   * @param args the command-line arguments
   * @return the exit status
   */
  public static int execute(String... args) {
    return execute(System.out, System.err, args);
  }

  /**
   * Runs the command line on the given streams, without exiting, for tests and embedding; text is
   * written to both streams in UTF-8.
   *
   * @param out where results go
   * @param err where problems, usage text and diagnostics go
   * @param args the command-line arguments
   * @return the exit status
   */
  public static int execute(OutputStream out, OutputStream err, String... args) {
    PrintWriter outWriter = utf8(out);
    PrintWriter errWriter = utf8(err);
    try {
      return newCommandLine(outWriter, errWriter).execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Creates the configured command line, with the exit-status mapping and error handlers of this
   * tool.
   *
   * @param out where results go
   * @param err where problems, usage text and diagnostics go
   * @return the command line
   */
  static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    return configure(new CommandLine(new ReformCommand()), out, err);
  }

  /**
   * Applies the streams, exit-status mapping and error handlers of this tool to a command line.
   *
   * @param cli the command line
   * @param out where results go
   * @param err where problems, usage text and diagnostics go
   * @return {@code cli}
   */
  static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler(ReformCommand::handleUsageError);
    cli.setExecutionExceptionHandler(ReformCommand::handleExecutionError);
    cli.setExitCodeExceptionMapper(ReformCommand::exitStatusOf);
    return cli;
  }

  private static PrintWriter utf8(OutputStream stream) {
    // Wrapping the byte stream (not System.out's own writer) keeps UTF-8 whatever file.encoding is.
    if (stream instanceof PrintStream printStream) {
      printStream.flush();
    }
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static int handleUsageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("reform: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    cli.usage(err);
    return EXIT_USAGE;
  }

  private static int handleExecutionError(
      Exception ex, CommandLine cli, ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (ex instanceof InvalidInputException invalid) {
      invalid.problems().forEach(err::println);
      err.flush();
      return EXIT_INVALID_INPUT;
    }
    if (debugRequested(parseResult)) {
      err.println("reform: internal error: " + ex);
      ex.printStackTrace(err);
    } else {
      err.println("reform: internal error (a bug; --debug prints the stack trace): " + ex);
    }
    err.flush();
    return EXIT_INTERNAL;
  }

  private static int exitStatusOf(Throwable thrown) {
    if (thrown instanceof InvalidInputException) {
      return EXIT_INVALID_INPUT;
    }
    if (thrown instanceof CommandLine.ParameterException) {
      return EXIT_USAGE;
    }
    return EXIT_INTERNAL;
  }

  private static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
