package org.reformindicators.benchmarks;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.evaluation.PlanAssessmentsHeader;
import org.reformindicators.io.evaluation.PlanAssessmentsReader;
import org.reformindicators.io.evaluation.PlanAssessmentsWriter;

/**
 * Scenario 4 of issue 14: the {@code plan-assessments} document of 3,321 units ({@link QuangNgaiUnits}, as of
 * 2024, about 500 MB of JSON in format version 2) written by the streaming writer ({@link #writeStreamed}, the text of every clause
 * rendered as it is written) and read back into {@code PlanAssessments} ({@link #read}), each against Jackson
 * alone on the same document: writing a tree of the same tokens ({@link #writeTreeBaseline}) and parsing the same
 * bytes into a tree ({@link #readTreeBaseline}), the ceilings of any Jackson binding. Writing goes to memory, so
 * that the figure is the serialisation, not a disk.
 *
 * <p>The document is larger than the 64 MiB that {@code ReformIndicatorsIo}'s whole-document readers accept
 * ({@code JsonMappers.MAX_DOCUMENT_LENGTH}), so {@link #read} reads it unit by unit with {@code
 * ReformIndicatorsIo.readPlanAssessments}'s reader and collects the units; the tree baseline uses a copy of the
 * JSON mapper with that limit lifted. See {@code docs/benchmarks.md}.
 *
 * <p>The fork has 6 GB of heap: the state holds the document, its tree (for the write baseline) and the
 * assessments while the read baseline parses a second tree, and with 3 GB that baseline ran out of heap on the
 * format-2 document.
 *
 * <p>Run from the repository's root: see {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class PlanAssessmentsDocumentBenchmark {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  private PlanAssessments assessments;
  private byte[] document;
  private JsonNode tree;
  private ObjectMapper unlimited;
  private PlanAssessmentsReader reader;

  /** Creates the benchmark; JMH instantiates it. */
  public PlanAssessmentsDocumentBenchmark() {}

  /**
   * Evaluates the units once and writes the document once, for the reading benchmarks and the tree baseline.
   *
   * @throws IOException never: writing to memory
   */
  @Setup
  public void setUp() throws IOException {
    QuangNgaiUnits data = QuangNgaiUnits.load(QuangNgaiUnits.UNITS);
    assessments = PlanEvaluator.defaults().evaluateEach(data.plan, data.units, data.observations, QuangNgaiUnits.AS_OF);
    document = writeStreamed().toByteArray();
    reader = PlanAssessmentsReader.of(IO);
    unlimited = IO.mapper(DocumentFormat.JSON).copy();
    unlimited.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxDocumentLength(-1).maxStringLength(Integer.MAX_VALUE).build());
    tree = unlimited.readTree(document);
    System.out.printf("%n  [document] %d units, %d bytes%n", assessments.units().size(), document.length);
  }

  /**
   * Writes the plan-assessments document unit by unit.
   *
   * @return the bytes written
   * @throws IOException never: writing to memory
   */
  @Benchmark
  public ByteArrayOutputStream writeStreamed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try (PlanAssessmentsWriter w = PlanAssessmentsWriter.open(
        IO, out, DocumentFormat.JSON, assessments.template(), assessments.asOf(), assessments.settings())) {
      for (UnitAssessment unit : assessments.units()) {
        w.write(unit);
      }
    }
    return out;
  }

  /**
   * The baseline of writing: Jackson writing a tree of the same tokens, pretty-printed the same way.
   *
   * @return the bytes written
   * @throws IOException never: writing to memory
   */
  @Benchmark
  public ByteArrayOutputStream writeTreeBaseline() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    IO.write(tree, out, DocumentFormat.JSON);
    return out;
  }

  /**
   * Reads the plan-assessments document into {@code PlanAssessments}, every value checked by core.
   *
   * @return the assessments read
   * @throws IOException if the document does not read (a bug)
   */
  @Benchmark
  public PlanAssessments read() throws IOException {
    List<UnitAssessment> units = new ArrayList<>(assessments.units().size());
    PlanAssessmentsHeader header =
        reader.read(new ByteArrayInputStream(document), DocumentFormat.JSON, "benchmark", units::add);
    return new PlanAssessments(header.template(), header.asOf(), header.settings(), units);
  }

  /**
   * The baseline of reading: Jackson parsing the same bytes into a tree, nothing bound or checked.
   *
   * @return the tree
   * @throws IOException if the document does not parse (a bug)
   */
  @Benchmark
  public JsonNode readTreeBaseline() throws IOException {
    return unlimited.readTree(document);
  }
}
