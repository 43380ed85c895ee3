package org.reformindicators.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The result of one in-process run of the {@code reform} command: exit status, stdout, stderr. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ReformCommand.execute(out, err, args);
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
  }
}
