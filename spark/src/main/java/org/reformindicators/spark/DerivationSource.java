package org.reformindicators.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.derivation.DateBasis;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.record.ProcedureList;
import org.reformindicators.io.dossier.ProcedureCsvReader;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;

/**
 * The rules and options of a derivation on Spark, such as the bundled {@code plan-1256} rules with the province's
 * procedure list, by year: what {@link SparkDerivation} ships to the executors.
 *
 * <p>Every factory reads on the driver: rule files and procedure lists with io's readers ({@link RuleSetReader},
 * {@link ProcedureCsvReader}), so a bad file is refused there, with io's located problems, before any job runs.
 * The source then holds core values only, a {@link RuleSet} and core's {@link DerivationOptions} (with the
 * procedure list and the unit registry when given), and {@link SparkDerivation} ships those to the executors by
 * Java serialization: the executors run core, not io. Immutable and thread-safe.
 */
public final class DerivationSource {

  private final RuleSet rules;
  private final DerivationOptions options;

  private DerivationSource(RuleSet rules, DerivationOptions options) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Returns the source of core values already in hand.
   *
   * @param rules the rule set
   * @param options core's options, such as {@code DerivationOptions.builder().periodKind(PeriodKind.QUARTER)
   *     .procedures(list).build()}
   * @return the source
   * @throws NullPointerException if an argument is null
   */
  public static DerivationSource of(RuleSet rules, DerivationOptions options) {
    return new DerivationSource(rules, options);
  }

  /**
   * Returns the source of a bundled rule set, by year, with each rule's date and no procedure list.
   *
   * @param id the id, one of {@link RuleSetReader#BUNDLED}, such as {@code plan-1256}
   * @return the source
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no bundled rule set has this id
   * @throws IOException if the bundled rule set cannot be read (a packaging defect)
   */
  public static DerivationSource bundled(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return new DerivationSource(RuleSetReader.create(ReadOptions.defaults()).bundled(id), DerivationOptions.defaults());
  }

  /**
   * Returns the source of a rule file, by year, with each rule's date and no procedure list; {@code .json} files
   * are JSON, any other YAML.
   *
   * @param file the rule file
   * @return the source
   * @throws NullPointerException if {@code file} is null
   * @throws ReadException if the document has problems; each is located by its JSON pointer
   * @throws IOException if the file cannot be read
   */
  public static DerivationSource ruleFile(Path file) throws IOException {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    boolean json = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return ruleText(Files.readString(file, StandardCharsets.UTF_8), json, file.toString());
  }

  /**
   * Returns the source of a rule-set document given as text, by year, with each rule's date and no procedure list.
   *
   * @param text the document
   * @param json whether it is JSON (else YAML)
   * @param source what it is, named in messages
   * @return the source
   * @throws NullPointerException if {@code text} or {@code source} is null
   * @throws ReadException if the document has problems; each is located by its JSON pointer
   * @throws IOException never for text in memory; declared by io's reader
   */
  public static DerivationSource ruleText(String text, boolean json, String source) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    RuleSet rules = RuleSetReader.create(ReadOptions.defaults())
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), json, source);
    return new DerivationSource(rules, DerivationOptions.defaults());
  }

  /**
   * Returns this source with a procedure list CSV.
   *
   * @param file the procedure CSV
   * @return a copy with the list read
   * @throws NullPointerException if {@code file} is null
   * @throws ReadException if the file has problems; each is located by line and column
   * @throws IOException if the file cannot be read
   */
  public DerivationSource withProcedures(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return withProcedureText(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Returns this source with a procedure list given as CSV text.
   *
   * @param text the CSV
   * @param source what it is, named in messages
   * @return a copy with the list read
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the text has problems; each is located by line and column
   * @throws IOException never for text in memory; declared by io's reader
   */
  public DerivationSource withProcedureText(String text, String source) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    ProcedureList procedures = ProcedureCsvReader.create(ReadOptions.defaults())
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    return withOptions(DerivationOptions.builder().from(options).procedures(procedures).build());
  }

  /**
   * Returns this source with a unit registry: a dossier's unit code is resolved through it as core's {@link
   * org.reformindicators.core.derivation.Derivation} resolves it (an abolished unit's dossiers attributed through
   * its successor links), and a dossier whose unit cannot be resolved is counted as unresolved in the {@linkplain
   * SparkDerivation#summarize summary}.
   *
   * @param registry the registry
   * @return a copy
   * @throws NullPointerException if {@code registry} is null
   */
  public DerivationSource withRegistry(UnitRegistry registry) {
    return withOptions(DerivationOptions.builder().from(options).registry(Objects.requireNonNull(registry, "registry"))
        .build());
  }

  /**
   * Returns this source with another kind of period.
   *
   * @param kind year, half-year, quarter or month
   * @return a copy
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if the kind is not one a derivation gives
   */
  public DerivationSource withPeriodKind(PeriodKind kind) {
    Objects.requireNonNull(kind, "kind");
    return withOptions(DerivationOptions.builder().from(options).periodKind(kind).build());
  }

  /**
   * Returns this source with a date basis that replaces every rule's own.
   *
   * @param basis the date basis
   * @return a copy
   * @throws NullPointerException if {@code basis} is null
   */
  public DerivationSource withDate(DateBasis basis) {
    return withOptions(DerivationOptions.builder().from(options).date(Objects.requireNonNull(basis, "basis")).build());
  }

  /**
   * Returns this source with an extra breakdown of every observation.
   *
   * @param grouping the grouping
   * @return a copy
   * @throws NullPointerException if {@code grouping} is null
   */
  public DerivationSource withBy(Grouping grouping) {
    return withOptions(DerivationOptions.builder().from(options).by(Objects.requireNonNull(grouping, "grouping"))
        .build());
  }

  private DerivationSource withOptions(DerivationOptions changed) {
    return new DerivationSource(rules, changed);
  }

  /**
   * Returns the rule set.
   *
   * @return the rules
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Returns the options of core's derivation.
   *
   * @return the options, with the procedure list and the registry when given
   */
  public DerivationOptions options() {
    return options;
  }
}
