package org.reformindicators.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.io.composite.CompositeResultDocument;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.evaluation.PlanAssessmentsHeader;
import org.reformindicators.io.evaluation.PlanAssessmentsReader;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.internal.yaml.YamlMappers;

/**
 * Reads and writes the documents of reform-indicators as JSON or YAML, such as {@code
 * ReformIndicatorsIo.create().readCatalogue(Path.of("indicators.yaml"))}.
 *
 * <p>Reading decodes strict UTF-8 (a byte-order mark is accepted; a legacy Vietnamese encoding is rejected
 * with a message that says so), normalises every string to Unicode NFC, checks {@code formatVersion} and
 * {@code kind}, builds every value through core's factories, and reports every problem of the file (up to
 * {@link ReadOptions#maxProblems()}) in one {@link ReadException}: a JSON pointer with line and column, the
 * field, the offending value and the rule, in plain words ({@code docs/formats/documents.md}). A read returns
 * the value or throws {@link ReadException}, never another exception type for bad input. Writing emits UTF-8 without byte-order mark, LF line ends, two
 * spaces of indentation, the current format version, and a final line end. Immutable and thread-safe.
 */
public final class ReformIndicatorsIo {

  private static final ReformIndicatorsIo DEFAULT = new ReformIndicatorsIo(ReadOptions.defaults());

  private final ReadOptions options;
  private final ObjectMapper json;
  private final ObjectMapper yaml;
  private final ProgressMethodRegistry progressMethods;

  /** The streaming reader of plan-assessments documents, with its own mappers, made on first use. */
  private volatile PlanAssessmentsReader planAssessments;

  private ReformIndicatorsIo(ReadOptions options) {
    this(options, JsonMappers.create(options), YamlMappers.create(options), ProgressMethodRegistry.defaults());
  }

  private ReformIndicatorsIo(
      ReadOptions options, ObjectMapper json, ObjectMapper yaml, ProgressMethodRegistry progressMethods) {
    this.options = options;
    this.json = json;
    this.yaml = yaml;
    this.progressMethods = progressMethods;
  }

  /**
   * Returns the reader-writer with the default options (strict, unknown properties are errors).
   *
   * @return the default instance
   */
  public static ReformIndicatorsIo create() {
    return DEFAULT;
  }

  /**
   * Returns a reader-writer with the given options.
   *
   * @param options how strictly to read
   * @return a new instance
   * @throws NullPointerException if {@code options} is null
   */
  public static ReformIndicatorsIo create(ReadOptions options) {
    return new ReformIndicatorsIo(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the options of this instance.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Returns a reader-writer that reads progress methods (in plan assessments and their results) through the
   * given registry, such as {@code ReformIndicatorsIo.create().withProgressMethods(
   * ProgressMethodRegistry.defaults().with(MyMethod.descriptor()))}, so that a method the application
   * registered reads back like a bundled one. Writing needs no registry.
   *
   * @param registry the progress methods known by id
   * @return a new instance with these options and that registry
   * @throws NullPointerException if {@code registry} is null
   */
  public ReformIndicatorsIo withProgressMethods(ProgressMethodRegistry registry) {
    return new ReformIndicatorsIo(options, json, yaml, Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Returns the registry through which this instance reads progress methods, {@link
   * ProgressMethodRegistry#defaults()} unless set with {@link #withProgressMethods(ProgressMethodRegistry)}.
   *
   * @return the registry
   */
  public ProgressMethodRegistry progressMethods() {
    return progressMethods;
  }

  /**
   * Returns a copy of the mapper used for a format, such as {@code io.mapper(DocumentFormat.YAML).readValue(in,
   * MyConfig.class)}, for callers that bind their own types alongside the project's documents.
   *
   * <p>The copy ({@link ObjectMapper#copy()}) has the same modules, strict settings and read options as this
   * instance, and is the caller's own: configuring it does not change how this instance reads or writes. Each call
   * makes a new copy, so keep the one you configured. Progress methods registered with {@link
   * #withProgressMethods(ProgressMethodRegistry)} are not part of the mapper; give them to a reader with {@code
   * readerFor(type).withAttribute(ProgressMethodRegistry.class, registry)}.
   *
   * @param format the format
   * @return a new mapper configured like this instance's
   * @throws NullPointerException if {@code format} is null
   */
  public ObjectMapper mapper(DocumentFormat format) {
    return shared(format).copy();
  }

  /** The mapper this instance reads and writes with; never handed out, because it is mutable. */
  private ObjectMapper shared(DocumentFormat format) {
    return Objects.requireNonNull(format, "format") == DocumentFormat.JSON ? json : yaml;
  }

  /**
   * Reads a document from a file, choosing the format by its extension. The whole document is read into memory
   * and may hold at most {@link JsonMappers#MAX_DOCUMENT_LENGTH} bytes; a large {@code plan-assessments}
   * document (one entry per unit of a province or of the country) is read unit by unit with {@link
   * #readPlanAssessments(Path, Consumer)} instead.
   *
   * @param file the file ({@code .json}, {@code .yaml} or {@code .yml})
   * @param type the type of the document, e.g. {@code IndicatorCatalogue.class}
   * @param <T> the type
   * @return the value read
   * @throws ReadException if the document has problems; all of them are listed
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the extension names no format
   */
  public <T> T read(Path file, Class<T> type) throws IOException {
    DocumentFormat format = DocumentFormat.of(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format, type, file.toString());
    }
  }

  /**
   * Reads a document from a stream; the stream is read to its end but not closed.
   *
   * @param in the bytes, UTF-8
   * @param format the format
   * @param type the type of the document
   * @param source what is read, named in messages, e.g. a file name
   * @param <T> the type
   * @return the value read
   * @throws ReadException if the document has problems; all of them are listed
   * @throws IOException if the stream cannot be read
   */
  public <T> T read(InputStream in, DocumentFormat format, Class<T> type, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    return DocumentReading.read(
        shared(format).readerFor(type).withAttribute(ProgressMethodRegistry.class, progressMethods),
        options.maxProblems(),
        in,
        source);
  }

  /**
   * Reads the kind of a document from its top-level {@code kind}, such as {@link DocumentKind#PLAN} for a
   * plan file, without reading the rest of the document; for a caller that must choose the reader.
   *
   * @param file the file ({@code .json}, {@code .yaml} or {@code .yml})
   * @return the kind
   * @throws ReadException if the document is not a mapping, is not well-formed before its {@code kind}, or
   *     states no kind or an unknown one; the problem is located (line, column and pointer)
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the extension names no format
   */
  public DocumentKind readKind(Path file) throws IOException {
    DocumentFormat format = DocumentFormat.of(file);
    try (InputStream in = Files.newInputStream(file)) {
      return readKind(in, format, file.toString());
    }
  }

  /**
   * Reads the kind of a document from a stream; the stream is read up to the {@code kind} and not closed.
   *
   * @param in the bytes, UTF-8
   * @param format the format
   * @param source what is read, named in messages, e.g. a file name
   * @return the kind
   * @throws ReadException if the document is not a mapping, is not well-formed before its {@code kind}, or
   *     states no kind or an unknown one
   * @throws IOException if the stream cannot be read
   */
  public DocumentKind readKind(InputStream in, DocumentFormat format, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return DocumentReading.kind(shared(format), in, source);
  }

  /**
   * Reads a document from text.
   *
   * @param text the document
   * @param format the format
   * @param type the type of the document
   * @param <T> the type
   * @return the value read
   * @throws ReadException if the document has problems; all of them are listed
   */
  public <T> T readString(String text, DocumentFormat format, Class<T> type) throws ReadException {
    try {
      return read(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, type, "<string>");
    } catch (ReadException e) {
      throw e;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /**
   * Writes a value as a document to a file, choosing the format by its extension.
   *
   * @param value the value, e.g. an {@code IndicatorCatalogue}
   * @param file the file, created or replaced
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the extension names no format
   */
  public void write(Object value, Path file) throws IOException {
    DocumentFormat format = DocumentFormat.of(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out, format);
    }
  }

  /**
   * Writes a value as a document to a stream, which is flushed but not closed.
   *
   * @param value the value
   * @param out the stream
   * @param format the format
   * @throws IOException if the stream cannot be written
   */
  public void write(Object value, OutputStream out, DocumentFormat format) throws IOException {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
    writer(format).writeValue(writer, value);
    if (format == DocumentFormat.JSON) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes a value as a document to text.
   *
   * @param value the value
   * @param format the format
   * @return the document, ending with a line end
   */
  public String writeString(Object value, DocumentFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(value, out, format);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private ObjectWriter writer(DocumentFormat format) {
    if (format == DocumentFormat.JSON) {
      return json.writer(JsonMappers.documentLayout());
    }
    return yaml.writer();
  }

  /**
   * Reads an indicator catalogue document ({@code kind: indicator-catalogue}).
   *
   * @param file the file
   * @return the catalogue
   * @throws ReadException if the document has problems
   * @throws IOException if the file cannot be read
   */
  public IndicatorCatalogue readCatalogue(Path file) throws IOException {
    return read(file, IndicatorCatalogue.class);
  }

  /**
   * Reads a unit registry document ({@code kind: unit-registry}).
   *
   * @param file the file
   * @return the registry
   * @throws ReadException if the document has problems
   * @throws IOException if the file cannot be read
   */
  public UnitRegistry readUnitRegistry(Path file) throws IOException {
    return read(file, UnitRegistry.class);
  }

  /**
   * Reads a plan document ({@code kind: plan}).
   *
   * @param file the file, e.g. {@code quang-ngai-1256.yaml}
   * @return the plan, validated by core as a whole
   * @throws ReadException if the document has problems
   * @throws IOException if the file cannot be read
   */
  public Plan readPlan(Path file) throws IOException {
    return read(file, Plan.class);
  }

  /**
   * Reads a plan assessment document ({@code kind: plan-assessment}), the result of {@code
   * PlanEvaluator.evaluate}, written with {@link #write(Object, Path)}.
   *
   * @param file the file
   * @return the assessment
   * @throws ReadException if the document has problems
   * @throws IOException if the file cannot be read
   */
  public PlanAssessment readAssessment(Path file) throws IOException {
    return read(file, PlanAssessment.class);
  }

  /**
   * Reads a plan-assessments document ({@code kind: plan-assessments}) one unit at a time, handing each unit's
   * assessment to a consumer in document order, with memory bounded by one unit's entry: the way to read a
   * national document (3,321 units, about 356 MB), which {@code read(file, PlanAssessments.class)} refuses
   * beyond {@link JsonMappers#MAX_DOCUMENT_LENGTH} bytes. See {@link PlanAssessmentsReader} for the limits and
   * for what the consumer has seen when the read fails.
   *
   * @param file the file ({@code .json}, {@code .yaml} or {@code .yml})
   * @param each receives each unit's assessment, in document order
   * @return the head of the document (template, period, settings) and the number of units
   * @throws ReadException if the document has problems; the consumer has seen the units before the first one
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the extension names no format
   * @throws NullPointerException if an argument is null
   */
  public PlanAssessmentsHeader readPlanAssessments(Path file, Consumer<? super UnitAssessment> each)
      throws IOException {
    return planAssessmentsReader().read(file, each);
  }

  private PlanAssessmentsReader planAssessmentsReader() {
    PlanAssessmentsReader reader = planAssessments;
    if (reader == null) {
      reader = PlanAssessmentsReader.of(this);
      planAssessments = reader;
    }
    return reader;
  }

  /**
   * Reads a composite-result document ({@code kind: composite-result}), written from {@link
   * CompositeResultDocument#of(org.reformindicators.core.composite.CompositeResult)}.
   *
   * @param file the file
   * @return the published scores, ranks, groups and intervals
   * @throws ReadException if the document has problems
   * @throws IOException if the file cannot be read
   */
  public CompositeResultDocument readCompositeResult(Path file) throws IOException {
    return read(file, CompositeResultDocument.class);
  }

  /**
   * Reads an observation file: the observation CSV for {@code .csv}, else an {@code observations}
   * document; strict.
   *
   * @param file the file
   * @return the observations
   * @throws ReadException if the file has problems
   * @throws IOException if the file cannot be read
   */
  public ObservationSet readObservations(Path file) throws IOException {
    Path name = file.getFileName();
    if (name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return ObservationCsvReader.create(options, CsvDialect.STANDARD).read(file);
    }
    return read(file, ObservationSet.class);
  }

  /**
   * Reads a methodology document ({@code kind: methodology}, {@code docs/formats/methodology.md}) and checks
   * that its {@code id} equals the file name without extension.
   *
   * @param file the file, e.g. {@code pci.yaml}
   * @return the composite index
   * @throws ReadException if the document has problems or its id differs from the file name
   * @throws IOException if the file cannot be read
   */
  public CompositeIndex readMethodology(Path file) throws IOException {
    CompositeIndex index = read(file, CompositeIndex.class);
    Path name = file.getFileName();
    String stem = name == null ? "" : name.toString().replaceFirst("\\.(ya?ml|json)$", "");
    if (!stem.equals(index.id())) {
      throw new ReadException(
          file.toString(),
          java.util.List.of(
              new Problem(
                  idLocation(file),
                  "id",
                  index.id(),
                  "id must equal the file name without extension '" + stem + "', was '" + index.id() + "'")),
          1);
    }
    return index;
  }

  /**
   * Returns where the top-level {@code id} value of a document stands, so that a mismatch with the file name is
   * reported at its line and column; the pointer alone when it cannot be found again.
   */
  private ProblemLocation.Document idLocation(Path file) {
    try (InputStream in = Files.newInputStream(file);
        com.fasterxml.jackson.core.JsonParser parser = shared(DocumentFormat.of(file)).getFactory().createParser(in)) {
      int depth = 0;
      for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else if (depth == 1 && token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
            && "id".equals(parser.currentName())) {
          parser.nextToken();
          com.fasterxml.jackson.core.JsonLocation at = parser.currentTokenLocation();
          return new ProblemLocation.Document("/id", at.getLineNr(), at.getColumnNr());
        }
      }
    } catch (IOException | RuntimeException e) {
      // the document was read once already; without a second reading the pointer still names the member
    }
    return new ProblemLocation.Document("/id", 0, 0);
  }

  /**
   * Reads one of the methodologies bundled with the library: {@code pci}, {@code papi}, {@code papi-2009},
   * {@code par-index-2948}, {@code sipas}, {@code dvc-766}.
   *
   * @param id the methodology id
   * @return the composite index
   * @throws IllegalArgumentException if no methodology has this id
   * @throws ReadException if the bundled file has problems (a packaging defect)
   * @throws IOException if the resource cannot be read
   */
  public CompositeIndex bundledMethodology(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    String resource = "org/reformindicators/io/methodologies/" + id + ".yaml";
    try (InputStream in = ReformIndicatorsIo.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null || !BUNDLED_METHODOLOGIES.contains(id)) {
        throw new IllegalArgumentException(
            "bundled methodology id must be one of " + BUNDLED_METHODOLOGIES + ", was '" + id + "'");
      }
      return read(in, DocumentFormat.YAML, CompositeIndex.class, resource);
    }
  }

  /** The ids of the bundled methodologies, in a fixed order: PCI, PAPI (two versions), PAR INDEX, SIPAS and the 766 index. */
  public static final java.util.List<String> BUNDLED_METHODOLOGIES =
      java.util.List.of("pci", "papi", "papi-2009", "par-index-2948", "sipas", "dvc-766");

  /** Keeps the caller's stream open when a writer over it is closed. */
  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
