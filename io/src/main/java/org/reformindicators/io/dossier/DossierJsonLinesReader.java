package org.reformindicators.io.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Consumer;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadMode;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.internal.text.StrictUtf8Reader;

/**
 * Streams a JSON Lines dossier file ({@code docs/formats/dossiers.md}, one object per line, schema {@code
 * dossier-record-1.schema.json}) into dossier records, such as the line {@code {"id": "D1", "unit": "51", "level":
 * "PROVINCE", "agency": "000.00.12.H48", …}}.
 *
 * <p>Each line is parsed on its own, so a line that is not JSON is reported and the next line is read as usual.
 * Every problem names the line, the JSON pointer of the property (such as {@code /received}), its column, the value
 * and the rule; a record with a problem never reaches the sink, and no line is skipped silently (a blank line
 * between records is a problem too; the line ends of the last line may be missing). A line longer than {@value
 * #MAX_LINE_LENGTH} characters is reported and not parsed. Memory does not grow with the file. Immutable and
 * thread-safe; each read is independent.
 */
public final class DossierJsonLinesReader {

  /** The longest line read, in characters; a dossier object is a few hundred. */
  public static final int MAX_LINE_LENGTH = 64 * 1024;

  private final ReadOptions options;
  private final ObjectMapper mapper;

  private DossierJsonLinesReader(ReadOptions options) {
    this.options = options;
    this.mapper = JsonMappers.create(options);
  }

  /**
   * Returns a reader.
   *
   * @param options strict (the read fails with every problem) or lenient (valid records pass, bad ones are
   *     reported), the problem limit and whether unknown properties are refused
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public static DossierJsonLinesReader create(ReadOptions options) {
    return new DossierJsonLinesReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Streams the records of a file to a sink.
   *
   * <p>Each problem is passed to {@code problems} as soon as it is found. In lenient mode every valid record
   * reaches {@code sink}; in strict mode the sink receives nothing after the first problem and the read ends with a
   * {@link ReadException} listing the problems.
   *
   * @param in the bytes, UTF-8 (a byte-order mark is accepted); read to the end and closed
   * @param source what is read, named in messages
   * @param sink receives each valid record in file order
   * @param problems receives each problem in file order
   * @return how many records reached the sink
   * @throws ReadException in strict mode if the file has a problem, and in both modes if the bytes are not UTF-8
   * @throws IOException if the stream cannot be read
   */
  public long read(
      InputStream in, String source, Consumer<? super DossierRecord> sink, Consumer<? super Problem> problems)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    ProblemCollector kept = new ProblemCollector(options.maxProblems(), Objects.requireNonNull(problems, "problems"));
    boolean strict = options.mode() == ReadMode.STRICT;
    boolean failOnUnknown = options.failOnUnknownFields();
    long accepted = 0;
    try (Reader text = new StrictUtf8Reader(in)) {
      Lines lines = new Lines(text);
      long blankSince = 0;
      String line;
      while ((line = lines.next()) != null) {
        long number = lines.number();
        if (lines.tooLong()) {
          kept.add(new Problem(new ProblemLocation.Document("", (int) Math.min(Integer.MAX_VALUE, number), 0), "",
              "", "a line must be at most " + MAX_LINE_LENGTH + " characters (one dossier object), was longer"));
          continue;
        }
        if (line.isBlank()) {
          blankSince = blankSince == 0 ? number : blankSince;
          continue;
        }
        if (blankSince != 0) {
          reportBlank(kept, blankSince);
          blankSince = 0;
        }
        DossierRecord record = new JsonLineParser(mapper, number, kept, failOnUnknown).parse(line);
        if (record != null && !(strict && kept.hasProblems())) {
          sink.accept(record);
          accepted++;
        }
      }
      // blank lines at the end of the file hold no record and end it as a text editor leaves it
    } catch (StrictUtf8Reader.EncodingException e) {
      kept.add(new Problem(new ProblemLocation.Document("", (int) Math.min(Integer.MAX_VALUE, e.line()), 0), "", "",
          e.getMessage()));
      throw kept.toException(source);
    }
    if (strict && kept.hasProblems()) {
      throw kept.toException(source);
    }
    return accepted;
  }

  private static void reportBlank(ProblemCollector kept, long line) {
    kept.add(new Problem(new ProblemLocation.Document("", (int) Math.min(Integer.MAX_VALUE, line), 0), "", "",
        "a blank line: every line of a JSON Lines dossier file is one dossier object"));
  }

  /** Splits text into lines at LF or CRLF, counting them and cutting a line that exceeds the limit. */
  private static final class Lines {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder(512);
    private int position;
    private int limit;
    private long number;
    private boolean tooLong;
    private boolean ended;

    Lines(Reader in) {
      this.in = in;
    }

    /** Returns the next line without its end, or {@code null} at the end of the text. */
    String next() throws IOException {
      if (ended) {
        return null;
      }
      line.setLength(0);
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            ended = true;
            if (!any) {
              return null;
            }
            number++;
            return finish();
          }
        }
        char c = buffer[position++];
        any = true;
        if (c == '\n') {
          number++;
          return finish();
        }
        if (line.length() < MAX_LINE_LENGTH + 1) {
          line.append(c);
        } else {
          tooLong = true;
        }
      }
    }

    private String finish() {
      int length = line.length();
      if (length > 0 && line.charAt(length - 1) == '\r') {
        line.setLength(length - 1);
      }
      if (line.length() > MAX_LINE_LENGTH) {
        tooLong = true;
      }
      return tooLong ? "" : line.toString();
    }

    long number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
