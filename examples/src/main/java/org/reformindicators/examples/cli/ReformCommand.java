package org.reformindicators.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reform} command, such as {@code java -jar examples/target/reform.jar report --lang en}.
 *
 * <p>Output is written in UTF-8 whatever the platform's default charset, so Vietnamese text survives
 * {@code LANG=C}. Exit status: 0 success, 1 invalid input, 2 usage error, 70 internal error.
 */
@Command(
    name = "reform",
    mixinStandardHelpOptions = true,
    version = "reform-indicators 0.1.0-SNAPSHOT",
    description = "Progress of provincial reform plans and Vietnamese reform indices.")
public final class ReformCommand implements Runnable {

  /** Creates the command; picocli instantiates it. */
  public ReformCommand() {}

  @Override
  public void run() {
    new CommandLine(this).usage(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
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
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the command-line arguments
   * @return the exit status
   */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ReformCommand());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    return cli.execute(args);
  }
}
