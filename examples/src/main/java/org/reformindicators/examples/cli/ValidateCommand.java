package org.reformindicators.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code validate} command (being wired to the engine). */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "validate")
public final class ValidateCommand implements Callable<Integer> {

  /** Creates the command; picocli instantiates it. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("validate is not wired yet");
  }
}
