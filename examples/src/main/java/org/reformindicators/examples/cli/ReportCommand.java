package org.reformindicators.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code report} command (being wired to the engine). */
@Command(name = "report", mixinStandardHelpOptions = true, description = "report")
public final class ReportCommand implements Callable<Integer> {

  /** Creates the command; picocli instantiates it. */
  public ReportCommand() {}

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("report is not wired yet");
  }
}
