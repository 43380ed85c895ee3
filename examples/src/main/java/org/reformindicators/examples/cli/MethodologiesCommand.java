package org.reformindicators.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code methodologies} command (being wired to the engine). */
@Command(name = "methodologies", mixinStandardHelpOptions = true, description = "methodologies")
public final class MethodologiesCommand implements Callable<Integer> {

  /** Creates the command; picocli instantiates it. */
  public MethodologiesCommand() {}

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("methodologies is not wired yet");
  }
}
