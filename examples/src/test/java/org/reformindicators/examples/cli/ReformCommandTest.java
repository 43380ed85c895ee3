package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

class ReformCommandTest {

  @Test
  void helpExitsZeroAndListsEveryCommand() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.status(), run.toString());
    for (String command : new String[] {"report", "evaluate", "score", "validate", "methodologies"}) {
      assertTrue(run.out().contains("  " + command), run.toString());
    }
    assertTrue(run.out().contains("70   internal error"), run.toString());
  }

  @Test
  void helpListsExitStatusThreeForRunningOutOfMemory() {
    // issue 12: an OutOfMemoryError exited 1, which reads as "invalid input".
    CliRun run = CliRun.of("--help");
    assertTrue(run.out().contains("  3    out of memory: run again with a larger heap, e.g. java -Xmx4g -jar"),
        run.toString());
  }

  @Test
  void runningOutOfMemoryInACommandExitsThreeWithOneLineOfAdvice() {
    // An Error thrown by a command bypasses picocli's execution handler.
    Run thrown = Run.of(new Failing(new OutOfMemoryError("Java heap space")));
    assertEquals(ReformCommand.EXIT_OUT_OF_MEMORY, thrown.status);
    assertEquals(ReformCommand.OUT_OF_MEMORY_ADVICE + "\n", thrown.err);
    assertTrue(thrown.err.contains("-Xmx4g"), thrown.err);
    assertFalse(thrown.err.contains("\tat "), thrown.err);
    assertEquals(1, thrown.err.lines().count());

    // Wrapped by a library (reading) or by picocli: still 3, never 1 or 70.
    Run wrapped = Run.of(new Failing(new java.io.UncheckedIOException(
        new java.io.IOException("read failed", new OutOfMemoryError("Java heap space")))));
    assertEquals(ReformCommand.EXIT_OUT_OF_MEMORY, wrapped.status);
    assertEquals(ReformCommand.OUT_OF_MEMORY_ADVICE + "\n", wrapped.err);

    // With --debug too: the advice, not a stack trace.
    Run debug = Run.of(new Failing(new OutOfMemoryError("GC overhead limit exceeded")), "--debug");
    assertEquals(ReformCommand.EXIT_OUT_OF_MEMORY, debug.status);
    assertEquals(ReformCommand.OUT_OF_MEMORY_ADVICE + "\n", debug.err);
  }

  @Test
  void runningOutOfMemoryWhileWritingKeepsWhatWasWrittenAndExitsThree() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ReformCommand.configure(
        new CommandLine(new Writing()), new PrintWriter(out), new PrintWriter(err));
    assertEquals(ReformCommand.EXIT_OUT_OF_MEMORY, ReformCommand.run(cli));
    assertEquals("first line\n", out.toString());
    assertEquals(ReformCommand.OUT_OF_MEMORY_ADVICE + "\n", err.toString());
  }

  @Test
  void anotherErrorEscapingACommandIsInternalNotInvalidInput() {
    Run run = Run.of(new Failing(new StackOverflowError()));
    assertEquals(ReformCommand.EXIT_INTERNAL, run.status);
    assertEquals("reform: internal error (a bug; --debug prints the stack trace): java.lang.StackOverflowError\n",
        run.err);
  }

  @Test
  void causesAreFollowedToFindAnOutOfMemoryError() {
    assertTrue(ReformCommand.causedByOutOfMemory(new OutOfMemoryError()));
    assertTrue(ReformCommand.causedByOutOfMemory(
        new IllegalStateException(new RuntimeException(new OutOfMemoryError()))));
    assertFalse(ReformCommand.causedByOutOfMemory(new IllegalStateException(new RuntimeException())));
    assertFalse(ReformCommand.causedByOutOfMemory(null));
  }

  @Test
  void debugIsAcceptedBeforeOrAfterTheCommand() {
    CliRun before = CliRun.of("--debug");
    assertEquals(0, before.status(), before.toString());
    assertTrue(before.out().contains("— báo cáo tiến độ"), before.out());
    CliRun after = CliRun.of("methodologies", "--debug");
    assertEquals(0, after.status(), after.toString());
    assertTrue(after.out().startsWith("pci "), after.out());
  }

  @Test
  void versionExitsZero() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.status());
    assertEquals("reform-indicators 0.1.0-SNAPSHOT\n", run.out());
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    CliRun run = CliRun.of("frobnicate");
    assertEquals(ReformCommand.EXIT_USAGE, run.status(), run.toString());
    assertTrue(run.err().startsWith("reform: Unmatched argument at index 0: 'frobnicate'"), run.err());
    assertTrue(run.err().contains("Usage: reform"), run.err());
    assertEquals("", run.out());

    CliRun option = CliRun.of("report", "--colour");
    assertEquals(ReformCommand.EXIT_USAGE, option.status(), option.toString());
    assertTrue(option.err().contains("Unknown option: '--colour'"), option.err());
    assertTrue(option.err().contains("Usage: reform report"), option.err());
  }

  @Test
  void invalidInputExitsOneWithEveryProblemAndNoStackTrace() {
    Run run = Run.of(new Failing(new InvalidInputException(java.util.List.of(
        Problem.at("a.csv", 2, 7, "bad value"), Problem.atPointer("p.json", "/clauses/0", "bad")))));
    assertEquals(ReformCommand.EXIT_INVALID_INPUT, run.status);
    assertEquals("a.csv:2:7: bad value\np.json:/clauses/0: bad\n", run.err);
  }

  @Test
  void aBugExitsSeventyWithOneLineAndTheStackTraceOnlyWithDebug() {
    Run quiet = Run.of(new Failing(new IllegalStateException("boom")));
    assertEquals(ReformCommand.EXIT_INTERNAL, quiet.status);
    assertEquals("reform: internal error (a bug; --debug prints the stack trace): "
        + "java.lang.IllegalStateException: boom\n", quiet.err);
    assertFalse(quiet.err.contains("\tat "), quiet.err);

    Run debug = Run.of(new Failing(new IllegalStateException("boom")), "--debug");
    assertEquals(ReformCommand.EXIT_INTERNAL, debug.status);
    assertTrue(debug.err.startsWith("reform: internal error: java.lang.IllegalStateException: boom\n"), debug.err);
    assertTrue(debug.err.contains("\tat "), debug.err);
  }

  /** A command that throws, to exercise the handlers of {@link ReformCommand#configure}. */
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final Throwable toThrow;

    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    Failing(Throwable toThrow) {
      this.toThrow = toThrow;
    }

    @Override
    public Integer call() {
      if (toThrow instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) toThrow;
    }
  }

  /** A command that runs out of memory half-way through its output. */
  @Command(name = "writing")
  static final class Writing implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println("first line");
      spec.commandLine().getOut().flush();
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private record Run(int status, String err) {
    static Run of(Object command, String... args) {
      StringWriter err = new StringWriter();
      CommandLine cli = ReformCommand.configure(
          new CommandLine(command), new PrintWriter(new StringWriter()), new PrintWriter(err));
      int status = ReformCommand.run(cli, args);
      return new Run(status, err.toString());
    }
  }
}
