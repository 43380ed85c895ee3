package org.reformindicators.io.internal.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.util.Objects;
import org.reformindicators.io.ReformIndicatorsModule;
import org.reformindicators.io.internal.deser.ProblemCollecting;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Creates the JSON mappers of the project, such as {@code JsonMappers.create(ReadOptions.defaults())}.
 *
 * <p>Every mapper has the {@link ReformIndicatorsModule} registered and these limits, set explicitly rather
 * than inherited from Jackson's defaults:
 *
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH} arrays and objects;
 *   <li>a string value at most {@value #MAX_STRING_LENGTH} characters, a property name at most {@value
 *       #MAX_NAME_LENGTH};
 *   <li>a number at most {@value #MAX_NUMBER_LENGTH} digits;
 *   <li>a document at most {@value #MAX_DOCUMENT_LENGTH} bytes (64 MiB); larger observation sets belong in
 *       the streaming CSV.
 * </ul>
 *
 * <p>Unknown properties, duplicate keys, trailing content, {@code null} anywhere (for a property, whether it has
 * a default or is required, and in a list or a mapping: the module's {@code NullRefusal}) and numbers for enums are errors; scalars are not coerced between types; default typing is never enabled and the polymorphic
 * type validator denies every class, so polymorphism is only possible through the closed sets of type names
 * of the module. Stateless and thread-safe; the mappers returned are thread-safe once configured.
 */
public final class JsonMappers {

  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Longest document accepted, in bytes (64 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private JsonMappers() {}

  /**
   * Returns the layout every JSON document is written in: two spaces per level, arrays indented like objects,
   * LF line ends; a new printer each call (a printer tracks the nesting of the one generator it serves).
   *
   * @return the pretty printer
   */
  public static DefaultPrettyPrinter documentLayout() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    return printer;
  }

  /**
   * Returns the stream read limits shared by the JSON and YAML mappers.
   *
   * @return the limits documented in this class
   */
  public static StreamReadConstraints readConstraints() {
    return readConstraints(MAX_DOCUMENT_LENGTH);
  }

  /**
   * Returns the stream read limits of a reader that bounds each part of a document itself: those of {@link
   * #readConstraints()} without the length of the whole document.
   *
   * @return the limits
   */
  public static StreamReadConstraints readConstraintsForStreaming() {
    return readConstraints(-1);
  }

  private static StreamReadConstraints readConstraints(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  /**
   * Creates a JSON mapper for the given options.
   *
   * @param options how strictly to read; only {@link ReadOptions#failOnUnknownFields()} affects the mapper
   * @return a new mapper, pretty-printing on output
   * @throws NullPointerException if {@code options} is null
   */
  public static JsonMapper create(ReadOptions options) {
    return create(options, MAX_DOCUMENT_LENGTH);
  }

  /**
   * Creates a JSON mapper for a reader that reads a document part by part and bounds each part itself, such
   * as {@code PlanAssessmentsReader}: every limit of {@link #create(ReadOptions)} except the length of the
   * whole document.
   *
   * @param options how strictly to read
   * @return a new mapper
   * @throws NullPointerException if {@code options} is null
   */
  public static JsonMapper createForStreaming(ReadOptions options) {
    return create(options, -1);
  }

  private static JsonMapper create(ReadOptions options, long maxDocumentLength) {
    Objects.requireNonNull(options, "options");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(readConstraints(maxDocumentLength))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return configure(JsonMapper.builder(factory), options).build();
  }

  /**
   * Applies the project's settings to a mapper builder of any format (JSON or YAML).
   *
   * @param builder the builder to configure
   * @param options how strictly to read
   * @param <M> the mapper type
   * @param <B> the builder type
   * @return the same builder
   * @throws NullPointerException if an argument is null
   */
  public static <M extends com.fasterxml.jackson.databind.ObjectMapper, B extends MapperBuilder<M, B>>
      B configure(B builder, ReadOptions options) {
    Objects.requireNonNull(builder, "builder");
    Objects.requireNonNull(options, "options");
    return builder
        .addModule(new ReformIndicatorsModule())
        .addHandler(ProblemCollecting.unknownPropertyHandler())
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, options.failOnUnknownFields())
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
