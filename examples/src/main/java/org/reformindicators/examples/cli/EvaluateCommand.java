package org.reformindicators.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code evaluate} command (being wired to the engine). */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "evaluate")
public final class EvaluateCommand implements Callable<Integer> {

  /** Creates the command; picocli instantiates it. */
  public EvaluateCommand() {}

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("evaluate is not wired yet");
  }
}
