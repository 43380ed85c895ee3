package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  /** The longest piece a report may be written in: far less than any report of the bundled plan. */
  private static final int PIECE = 8192;

  @TempDir Path dir;

  /** A writer that keeps the text and remembers the longest single write. */
  private static final class Recording extends Writer {
    final StringBuilder text = new StringBuilder();
    int longest;

    @Override
    public void write(char[] buffer, int offset, int length) {
      text.append(buffer, offset, length);
      longest = Math.max(longest, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
      longest = Math.max(longest, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void everyReportFormatIsWrittenPieceByPieceNotBuiltAsOneString() {
    // issue 12: `evaluate` on a 63 MB plan peaked at 2 GB because the whole report was one string.
    for (String format : new String[] {"text", "markdown", "json", "html"}) {
      Recording out = new Recording();
      int status = ReformCommand.run(ReformCommand.newCommandLine(
          new PrintWriter(out), new PrintWriter(new StringWriter())), "report", "--format", format);
      assertEquals(0, status, format);
      assertTrue(out.text.length() > PIECE, format + " is long enough to tell");
      assertTrue(out.longest <= PIECE, format + ": a piece of " + out.longest + " characters");
      assertEquals(CliRun.of("report", "--format", format).out(), out.text.toString(), format);
    }
  }

  @Test
  void aReportWrittenToAFileEqualsTheOneOnStandardOutput() throws IOException {
    for (String format : new String[] {"text", "json", "html"}) {
      Path file = dir.resolve("report." + format);
      CliRun run = CliRun.of("report", "--lang", "en", "--format", format, "-o", file.toString());
      assertEquals(0, run.status(), run.toString());
      assertEquals(CliRun.of("report", "--lang", "en", "--format", format).out(),
          Files.readString(file, StandardCharsets.UTF_8), format);
    }
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsInvalidInput() {
    CliRun run = CliRun.of("report", "-o", dir.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(dir + ": cannot write the file: "), run.err());
  }
}
