package org.reformindicators.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code score} command (being wired to the engine). */
@Command(name = "score", mixinStandardHelpOptions = true, description = "score")
public final class ScoreCommand implements Callable<Integer> {

  /** Creates the command; picocli instantiates it. */
  public ScoreCommand() {}

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("score is not wired yet");
  }
}
