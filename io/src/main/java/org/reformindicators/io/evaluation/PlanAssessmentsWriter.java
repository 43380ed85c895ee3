package org.reformindicators.io.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.internal.evaluation.PlanAssessmentsBinding;
import org.reformindicators.io.internal.json.JsonMappers;

/**
 * Writes a {@code plan-assessments} document one unit at a time, such as the Quảng Ngãi plan evaluated for 3,321
 * communes straight to a file without holding them all: {@code try (PlanAssessmentsWriter w =
 * PlanAssessmentsWriter.open(out, DocumentFormat.JSON, plan, asOf, settings)) { evaluator.evaluateEach(plan,
 * units, observations, asOf, w.asConsumer()); }}.
 *
 * <p>The document is the one {@code ReformIndicatorsIo.write} gives for the same {@code PlanAssessments},
 * byte for byte: a Jackson generator writes the head (template, period, settings) when opened, each unit's
 * entry as it is handed over, and the end of the document on {@link #close()}. The stream is flushed but not
 * closed. Mutable and not thread-safe: one writer per document.
 */
public final class PlanAssessmentsWriter implements Closeable {

  private final Plan template;
  private final JsonGenerator gen;
  private final ObjectWriter writer;
  private final PlanAssessmentsBinding.Fields fields;
  private final boolean json;
  private final OutputStream out;
  private boolean closed;

  private PlanAssessmentsWriter(
      Plan template, JsonGenerator gen, ObjectWriter writer, boolean json, OutputStream out) {
    this.template = template;
    this.gen = gen;
    this.writer = writer;
    this.json = json;
    this.out = out;
    this.fields = new PlanAssessmentsBinding.Fields() {
      @Override
      public JsonGenerator generator() {
        return gen;
      }

      @Override
      public void value(Object value) throws IOException {
        writer.writeValue(gen, value);
      }
    };
  }

  /**
   * Opens a writer with the library's default mappers and writes the head of the document.
   *
   * @param out the stream, flushed but not closed
   * @param format JSON or YAML
   * @param template the plan as written, for any unit
   * @param asOf the period every unit is assessed as of
   * @param settings the settings of the evaluator (before each unit's successor facts)
   * @return the writer
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be written
   */
  public static PlanAssessmentsWriter open(
      OutputStream out, DocumentFormat format, Plan template, ReportingPeriod asOf, EvaluationSettings settings)
      throws IOException {
    return open(ReformIndicatorsIo.create(), out, format, template, asOf, settings);
  }

  /**
   * Opens a writer with the mappers of a facade (its progress-method registry included) and writes the head of
   * the document.
   *
   * @param io the facade whose mapper writes the values
   * @param out the stream, flushed but not closed
   * @param format JSON or YAML
   * @param template the plan as written, for any unit
   * @param asOf the period every unit is assessed as of
   * @param settings the settings of the evaluator (before each unit's successor facts)
   * @return the writer
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be written
   */
  public static PlanAssessmentsWriter open(
      ReformIndicatorsIo io,
      OutputStream out,
      DocumentFormat format,
      Plan template,
      ReportingPeriod asOf,
      EvaluationSettings settings)
      throws IOException {
    Objects.requireNonNull(io, "io");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    ObjectMapper mapper = io.mapper(format);
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    JsonGenerator gen = mapper.getFactory().createGenerator(text);
    // the caller's stream stays open: closing the generator flushes it only
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.enable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    boolean json = format == DocumentFormat.JSON;
    if (json) {
      gen.setPrettyPrinter(JsonMappers.documentLayout());
    }
    ObjectWriter writer = mapper.writer().withAttribute(PlanAssessmentsBinding.ASSESSED_PLAN, template);
    PlanAssessmentsWriter w = new PlanAssessmentsWriter(template, gen, writer, json, out);
    PlanAssessmentsBinding.writeHead(w.fields, template, asOf, settings);
    return w;
  }

  /**
   * Writes one unit's entry.
   *
   * @param unit the unit's assessment, of this writer's template
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if the assessment is of another plan than the template
   * @throws IllegalStateException if the writer is closed
   * @throws IOException if the stream cannot be written
   */
  public void write(UnitAssessment unit) throws IOException {
    Objects.requireNonNull(unit, "unit");
    if (closed) {
      throw new IllegalStateException("the plan-assessments writer is closed; unit " + unit.unitCode() + " was not written");
    }
    if (!unit.assessment().plan().id().equals(template.id())) {
      throw new IllegalArgumentException(
          "unit " + unit.unitCode() + " must be assessed on plan " + template.id() + ", was on plan "
              + unit.assessment().plan().id());
    }
    PlanAssessmentsBinding.writeUnit(fields, unit);
  }

  /**
   * Returns this writer as a consumer for {@code PlanEvaluator.evaluateEach}; an output error is rethrown as an
   * {@link UncheckedIOException}.
   *
   * @return the consumer
   */
  public Consumer<UnitAssessment> asConsumer() {
    return unit -> {
      try {
        write(unit);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /**
   * Ends the document and flushes the stream, which stays open; closing twice does nothing.
   *
   * @throws IOException if the stream cannot be written
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    PlanAssessmentsBinding.writeTail(gen);
    gen.close();
    if (json) {
      out.write('\n');
    }
    out.flush();
  }
}
