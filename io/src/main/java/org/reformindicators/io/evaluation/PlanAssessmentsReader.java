package org.reformindicators.io.evaluation;

import com.fasterxml.jackson.core.JsonLocation;
import org.reformindicators.io.internal.evaluation.PlanAssessmentsBinding;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.internal.deser.DocumentProblems;
import org.reformindicators.io.internal.deser.KeyLocations;
import org.reformindicators.io.internal.deser.ProblemCollecting;
import org.reformindicators.io.internal.deser.ReadErrors;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.internal.text.StrictUtf8Reader;
import org.reformindicators.io.internal.text.YamlCharacterReader;
import org.reformindicators.io.internal.yaml.YamlMappers;

/**
 * Reads a {@code plan-assessments} document one unit at a time, such as the Quảng Ngãi plan evaluated for 3,321
 * communes (about 356 MB of JSON): {@code PlanAssessmentsReader.of(io).read(path, unit -> …)} hands each
 * {@link UnitAssessment} to the consumer in document order and returns the head of the document with the
 * number of units; memory is bounded by one unit's entry, not by the document.
 *
 * <p>The whole-document limit of the other readers ({@link JsonMappers#MAX_DOCUMENT_LENGTH}, and for YAML
 * {@link YamlMappers#MAX_CODE_POINTS}) does not apply; instead the head (everything before {@code units}) and
 * each unit's entry may hold at most {@value #MAX_PART_LENGTH} bytes (64 MiB), counted as the bytes are read
 * (give or take the few kilobytes the decoder and parser read ahead), so that an overlong entry is refused
 * before it is held whole. Every other limit stays: nesting depth, length of a text value, of a key and of a
 * number. Each unit's entry is bound by the same deserializers as in {@code ReformIndicatorsIo.read(path,
 * PlanAssessments.class)}, so that values are checked, and problems worded, the same way; problems are
 * located by line, column and JSON pointer such as {@code /units/1234/clauses/5/status}.
 *
 * <p>The document must have its {@code units} after {@code plan}, {@code asOf} and {@code settings}, as
 * {@link PlanAssessmentsWriter} and {@code ReformIndicatorsIo.write} write it; a document with a head problem
 * (a head member missing, perhaps because it follows {@code units}) is refused before any unit is read.
 * Besides one unit's entry, the reader keeps one small record per unit, to refuse a unit listed twice.
 *
 * <p><b>Units before a problem.</b> A unit is handed over as soon as it is read, so when the read ends in a
 * {@link ReadException} the consumer has already seen every unit before the first problem, in document order,
 * and no unit after it; the reader goes on reading to report every problem of the document (up to {@code
 * ReadOptions.maxProblems()}), except after a syntax error, an exceeded limit or a cut-short file, which end
 * the read at once. A consumer that must not act on a partial document should collect, or write to a
 * temporary place, until the read returns. An exception thrown by the consumer ends the read and reaches the
 * caller as it is.
 *
 * <p>Immutable and thread-safe; each read uses its own parser.
 */
public final class PlanAssessmentsReader {

  /** Longest head, and longest unit's entry, accepted, in bytes (64 MiB). */
  public static final long MAX_PART_LENGTH = JsonMappers.MAX_DOCUMENT_LENGTH;

  private final ReformIndicatorsIo io;
  private final ObjectMapper json;
  private final ObjectMapper yaml;
  private final long maxPartLength;

  /**
   * Creates a reader with another part limit; for tests, which cannot write 64 MiB entries quickly.
   *
   * @param io the facade whose options and progress methods apply
   * @param maxPartLength the most bytes of the head and of each unit's entry
   */
  PlanAssessmentsReader(ReformIndicatorsIo io, long maxPartLength) {
    this.io = Objects.requireNonNull(io, "io");
    this.json = JsonMappers.createForStreaming(io.options());
    this.yaml = YamlMappers.createForStreaming(io.options());
    this.maxPartLength = maxPartLength;
  }

  /**
   * Returns a reader with the options and progress methods of a facade.
   *
   * @param io the facade, e.g. {@code ReformIndicatorsIo.create()}
   * @return the reader
   * @throws NullPointerException if {@code io} is null
   */
  public static PlanAssessmentsReader of(ReformIndicatorsIo io) {
    return new PlanAssessmentsReader(io, MAX_PART_LENGTH);
  }

  /**
   * Reads a document from a file, choosing the format by its extension, and hands each unit to a consumer.
   *
   * @param file the file ({@code .json}, {@code .yaml} or {@code .yml})
   * @param each receives each unit's assessment, in document order
   * @return the head of the document and the number of units
   * @throws ReadException if the document has problems; the consumer has seen the units before the first one
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the extension names no format
   * @throws NullPointerException if an argument is null
   */
  public PlanAssessmentsHeader read(Path file, Consumer<? super UnitAssessment> each) throws IOException {
    DocumentFormat format = DocumentFormat.of(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format, file.toString(), each);
    }
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed, and hands each unit to a consumer.
   *
   * @param in the bytes, UTF-8
   * @param format the format
   * @param source what is read, named in messages, e.g. a file name
   * @param each receives each unit's assessment, in document order
   * @return the head of the document and the number of units
   * @throws ReadException if the document has problems; the consumer has seen the units before the first one
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public PlanAssessmentsHeader read(
      InputStream in, DocumentFormat format, String source, Consumer<? super UnitAssessment> each)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(each, "each");
    ProblemCollector problems = new ProblemCollector(io.options().maxProblems());
    KeyLocations keys = new KeyLocations();
    ObjectReader reader = (format == DocumentFormat.JSON ? json : yaml).reader()
        // the reader itself checks what follows each part
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withAttribute(ProgressMethodRegistry.class, io.progressMethods())
        .withAttribute(ProblemCollecting.ATTRIBUTE, problems)
        .withAttribute(KeyLocations.ATTRIBUTE, keys);
    Read read = new Read(reader, problems, each, new Budget(in));
    Problem fatal = null;
    RuntimeException defect = null;
    try {
      read.parser = keys.recording(reader.createParser(new StrictUtf8Reader(read.budget)));
      read.document();
    } catch (StrictUtf8Reader.EncodingException e) {
      problems.add(DocumentProblems.encoding(e));
    } catch (YamlCharacterReader.CharacterException e) {
      problems.add(DocumentProblems.character(e));
    } catch (JsonProcessingException e) {
      Problem tooLong = read.tooLong(e);
      if (tooLong != null) {
        fatal = tooLong;
      } else if (ReadErrors.endsTheRead(e)) {
        fatal = DocumentProblems.translate(read.base(), e, read.parser);
      } else {
        problems.add(DocumentProblems.translate(read.base(), e, read.parser));
      }
    } catch (IOException e) {
      fatal = read.tooLong(e);
      if (fatal == null) {
        throw e;
      }
    } catch (RuntimeException e) {
      if (e == read.consumerFailure) {
        throw e;
      }
      defect = e;
      problems.add(DocumentProblems.defect(read.parser));
    } finally {
      if (read.parser != null) {
        read.parser.close();
      }
    }
    DocumentProblems.throwIfAny(problems, fatal, defect, source);
    return new PlanAssessmentsHeader(read.head.template(), read.head.asOf(), read.head.settings(), read.units);
  }

  /** The state of one read: the parser, where it is, and what it handed over. */
  private final class Read {
    private final ObjectReader reader;
    private final ProblemCollector problems;
    private final Consumer<? super UnitAssessment> each;
    private final Budget budget;
    private final Set<AdministrativeUnit> seen = new HashSet<>();
    private JsonParser parser;
    private PlanAssessmentsBinding.PlanAssessmentsHead head;
    private long units;
    /** The pointer of the part being read ({@code ""} for the head), and where it starts. */
    private String part = "";
    private JsonLocation partStart;
    private RuntimeException consumerFailure;

    Read(ObjectReader reader, ProblemCollector problems, Consumer<? super UnitAssessment> each, Budget budget) {
      this.reader = reader;
      this.problems = problems;
      this.each = each;
      this.budget = budget;
    }

    JsonPointer base() {
      return part.isEmpty() ? JsonPointer.empty() : JsonPointer.compile(part);
    }

    void document() throws IOException {
      budget.allow(maxPartLength);
      JsonToken first = parser.nextToken();
      partStart = parser.currentTokenLocation();
      if (first == null || first == JsonToken.VALUE_NULL) {
        problems.add(DocumentProblems.empty(parser, first, ReadErrors.isYaml(parser)));
        return;
      }
      HeadParser headParser = new HeadParser(parser);
      head = reader.forType(PlanAssessmentsBinding.PlanAssessmentsHead.class).readValue(headParser);
      if (head == null || problems.hasProblems()) {
        // without a head the units cannot be read: each would only repeat its absence
        return;
      }
      if (!headParser.atUnits()) {
        try {
          PlanAssessmentsBinding.requireUnits(null);
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(ReadErrors.location("/units", partStart), "units", "", e.getMessage()));
        }
        return;
      }
      units();
      tail();
    }

    private void units() throws IOException {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_ARRAY) {
        problems.add(new Problem(
            ReadErrors.location("/units", parser.currentTokenLocation()),
            "units",
            token != null && token.isScalarValue() ? ReadErrors.quote(parser.getText()) : "",
            "expected a list, found " + ReadErrors.found(parser)));
        return;
      }
      ObjectReader unitReader = reader.forType(PlanAssessmentsBinding.UnitEntry.class)
          .withAttribute(PlanAssessmentsBinding.HEAD, head)
          .withAttribute(PlanAssessmentsBinding.ASSESSED_PLAN, head.template());
      long index = 0;
      for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        part = "/units/" + index;
        partStart = parser.currentTokenLocation();
        budget.allow(maxPartLength);
        long before = problems.total();
        PlanAssessmentsBinding.UnitEntry entry = unitReader.readValue(parser);
        if (entry != null && problems.total() == before) {
          handOver(entry.assessment());
        }
        index++;
      }
      part = "";
    }

    private void handOver(UnitAssessment unit) {
      if (!seen.add(unit.unit())) {
        problems.add(new Problem(
            ReadErrors.location(part + "/unit", partStart), "unit", unit.unitCode().value(),
            PlanAssessmentsBinding.twice(unit.unit())));
        return;
      }
      if (problems.hasProblems()) {
        return;
      }
      try {
        each.accept(unit);
      } catch (RuntimeException e) {
        consumerFailure = e;
        throw e;
      }
      units++;
    }

    /** Reads what follows the units: the end of the document and nothing after it. */
    private void tail() throws IOException {
      budget.allow(maxPartLength);
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        problems.add(new Problem(
            ReadErrors.location("/" + name.replace("~", "~0").replace("/", "~1"), parser.currentTokenLocation()),
            name,
            "",
            "'" + ReadErrors.quote(name) + "' follows 'units': a plan-assessments document read unit by unit has"
                + " its units last, as the library writes it"));
        parser.nextToken();
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        problems.add(new Problem(
            ReadErrors.location("", parser.currentTokenLocation()), "", "", ReadErrors.MORE_CONTENT));
      }
    }

    /** Returns the problem of an overlong head or unit's entry when that is what failed, else {@code null}. */
    Problem tooLong(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof Budget.Exceeded) {
          String limit = String.format(Locale.ROOT, "%,d", maxPartLength);
          String what = part.isEmpty()
              ? "the head of the document (everything before 'units', or after it)"
              : "this unit's entry";
          return new Problem(ReadErrors.location(part, partStart), "", "",
              what + " is longer than " + limit + " bytes, the most a part of a plan-assessments document"
                  + " may hold when it is read unit by unit");
        }
      }
      return null;
    }
  }

  /** Counts the bytes read and refuses more than the part being read may hold; keeps the caller's stream open. */
  private static final class Budget extends FilterInputStream {
    private long count;
    private long end = Long.MAX_VALUE;

    Budget(InputStream in) {
      super(in);
    }

    /** Allows the next part at most {@code length} bytes from here. */
    void allow(long length) {
      end = length <= 0 || count > Long.MAX_VALUE - length ? Long.MAX_VALUE : count + length;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws Exceeded {
      count += n;
      if (count > end) {
        throw new Exceeded();
      }
    }

    @Override
    public void close() {
      // the caller owns the stream
    }

    /** The part being read is longer than allowed. */
    static final class Exceeded extends IOException {
      private static final long serialVersionUID = 1L;

      Exceeded() {
        super("a part of the document is longer than allowed");
      }
    }
  }
}
