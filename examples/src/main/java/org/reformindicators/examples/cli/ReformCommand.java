package org.reformindicators.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * with its location); {@value #EXIT_USAGE} usage error, including an option value out of its
 * bounds (with the usage text); {@value #EXIT_OUT_OF_MEMORY} out of memory (one line of advice to
 * run again with a larger {@code -Xmx}), wherever it happens: reading, evaluating or writing;
 * {@value #EXIT_INTERNAL} internal error (one line, the stack trace only with {@code --debug}).
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
      MethodologiesCommand.class,
      ConformanceCommand.class,
      DeriveCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input (each problem printed with its location)",
      "2:usage error (including an option value out of its bounds)",
      "3:out of memory: run again with a larger heap, e.g. java -Xmx4g -jar reform.jar …",
      "70:internal error (a bug; stack trace with --debug)"
    })
public final class ReformCommand implements Callable<Integer> {

  /** Exit status of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit status when the user's input is invalid, including a missing or unreadable file. */
  public static final int EXIT_INVALID_INPUT = 1;

  /** Exit status of a usage error (unknown option, bad option value, missing parameter). */
  public static final int EXIT_USAGE = 2;

  /**
   * Exit status when the Java heap is too small for the input: not invalid input, not a bug (the
   * status {@code -XX:+ExitOnOutOfMemoryError} gives too).
   */
  public static final int EXIT_OUT_OF_MEMORY = 3;

  /** The one line printed when the heap runs out, naming the option that raises it. */
  static final String OUT_OF_MEMORY_ADVICE = "reform: out of memory: the Java heap is too small for"
      + " this input; run again with a larger heap, such as java -Xmx4g -jar reform.jar"
      + " followed by the same arguments";

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
      return run(newCommandLine(outWriter, errWriter), args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Runs a configured command line, mapping what escapes picocli to an exit status: picocli hands
   * only exceptions to the execution handler, so an {@link Error} thrown by a command (above all
   * {@link OutOfMemoryError}) arrives here. Running out of memory gives {@value
   * #EXIT_OUT_OF_MEMORY} with one line of advice; any other error is internal ({@value
   * #EXIT_INTERNAL}).
   *
   * @param cli the command line, configured by {@link #configure}
   * @param args the command-line arguments
   * @return the exit status
   */
  static int run(CommandLine cli, String... args) {
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(cli.getErr());
    } catch (RuntimeException | Error e) {
      return internalError(cli.getErr(), e, Arrays.asList(args).contains("--debug"));
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
    if (causedByOutOfMemory(ex)) {
      return outOfMemory(err);
    }
    if (ex instanceof InvalidInputException invalid) {
      invalid.problems().forEach(err::println);
      err.flush();
      return EXIT_INVALID_INPUT;
    }
    return internalError(err, ex, debugRequested(parseResult));
  }

  private static int internalError(PrintWriter err, Throwable thrown, boolean debug) {
    if (debug) {
      err.println("reform: internal error: " + thrown);
      thrown.printStackTrace(err);
    } else {
      err.println("reform: internal error (a bug; --debug prints the stack trace): " + thrown);
    }
    err.flush();
    return EXIT_INTERNAL;
  }

  private static int exitStatusOf(Throwable thrown) {
    if (causedByOutOfMemory(thrown)) {
      return EXIT_OUT_OF_MEMORY;
    }
    if (thrown instanceof InvalidInputException) {
      return EXIT_INVALID_INPUT;
    }
    if (thrown instanceof CommandLine.ParameterException) {
      return EXIT_USAGE;
    }
    return EXIT_INTERNAL;
  }

  /** Prints the advice on the heap; the line is a constant, so printing it needs little memory. */
  private static int outOfMemory(PrintWriter err) {
    err.println(OUT_OF_MEMORY_ADVICE);
    err.flush();
    return EXIT_OUT_OF_MEMORY;
  }

  /**
   * Tells whether a throwable is, or was caused by, running out of memory (a library or picocli
   * may wrap the error).
   */
  static boolean causedByOutOfMemory(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
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
