package org.reformindicators.io.internal.yaml;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Objects;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.problem.ReadOptions;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Creates the YAML mappers of the project, such as {@code YamlMappers.create(ReadOptions.defaults())}.
 *
 * <p>The mappers share the settings and stream limits of {@link JsonMappers} and add these YAML limits, set
 * explicitly:
 *
 * <ul>
 *   <li>no alias at all: Jackson 2 would read {@code *a} as the string {@code "a"}, so an alias is an error
 *       (and SnakeYAML's own limit is set to {@value #MAX_ALIASES} aliases for collections as a second guard);
 *   <li>nesting depth at most {@value JsonMappers#MAX_NESTING_DEPTH};
 *   <li>a document at most {@value #MAX_CODE_POINTS} code points (16 Mi);
 *   <li>a text value and a key at most as long as in JSON (Jackson's YAML parser checks neither);
 *   <li>duplicate keys and recursive keys are errors;
 *   <li>a plain scalar that YAML 1.1 and 1.2 readers read differently ({@link YamlScalarForms}: {@code 010},
 *       {@code 1_000}, {@code 0x1F}, {@code 1:30}, {@code .nan}, {@code yes}) is handed over as text, so
 *       that a text field keeps it and a number or boolean field refuses it.
 * </ul>
 *
 * <p>Jackson's YAML parser builds no Java objects from YAML tags, so a document cannot instantiate arbitrary
 * classes. Output omits the document start marker, quotes strings only where needed and always quotes
 * strings that look like numbers (so that area code {@code "01"} and period {@code "2025"} stay strings),
 * never splits long lines and writes multi-line text as literal blocks.
 * Stateless and thread-safe; the mappers returned are thread-safe once configured.
 */
public final class YamlMappers {

  /** Most aliases for collections accepted in one document. */
  public static final int MAX_ALIASES = 20;

  /** Largest document accepted, in Unicode code points. */
  public static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

  private YamlMappers() {}

  /**
   * Returns the SnakeYAML loader options with the limits documented in this class.
   *
   * @return new loader options
   */
  public static LoaderOptions loaderOptions() {
    return loaderOptions(MAX_CODE_POINTS);
  }

  private static LoaderOptions loaderOptions(int maxCodePoints) {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(JsonMappers.MAX_NESTING_DEPTH);
    loader.setCodePointLimit(maxCodePoints);
    loader.setAllowDuplicateKeys(false);
    loader.setAllowRecursiveKeys(false);
    return loader;
  }

  /**
   * Creates a YAML mapper for the given options.
   *
   * @param options how strictly to read; only {@link ReadOptions#failOnUnknownFields()} affects the mapper
   * @return a new mapper
   * @throws NullPointerException if {@code options} is null
   */
  public static YAMLMapper create(ReadOptions options) {
    return create(options, MAX_CODE_POINTS, JsonMappers.readConstraints());
  }

  /**
   * Creates a YAML mapper for a reader that reads a document part by part and bounds each part itself, such
   * as {@code PlanAssessmentsReader}: every limit of {@link #create(ReadOptions)} except the length of the
   * whole document.
   *
   * @param options how strictly to read
   * @return a new mapper
   * @throws NullPointerException if {@code options} is null
   */
  public static YAMLMapper createForStreaming(ReadOptions options) {
    return create(
        options,
        Integer.MAX_VALUE,
        JsonMappers.readConstraintsForStreaming());
  }

  private static YAMLMapper create(ReadOptions options, int maxCodePoints, StreamReadConstraints constraints) {
    Objects.requireNonNull(options, "options");
    YAMLFactoryBuilder builder =
        YAMLFactory.builder()
            .loaderOptions(loaderOptions(maxCodePoints))
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
    YAMLFactory factory = new StrictYamlFactory(builder);
    return JsonMappers.configure(YAMLMapper.builder(factory), options).build();
  }
}
