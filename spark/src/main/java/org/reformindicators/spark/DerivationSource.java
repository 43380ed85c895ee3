package org.reformindicators.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reformindicators.core.derivation.DateBasis;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.dossier.ProcedureCsvReader;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.io.problem.ReadException;

/**
 * The rules and options of a derivation on Spark, such as the bundled {@code plan-1256} rules with the province's
 * procedure list, by year: what {@link SparkDerivation} ships to the executors.
 *
 * <p>A rule set and a procedure list have no io writer, so they travel as their source text (the rule file's YAML
 * or JSON, the procedure CSV), or as the id of a bundled rule set, and each executor JVM reads them once with io's
 * readers ({@link RuleSetReader}, {@link ProcedureCsvReader}), cached by the SHA-256 of the texts. Every factory
 * reads them on the driver first, so a bad file is refused there, with io's located problems, before any job
 * runs. A unit registry is not supported yet (dossiers' unit codes are taken as they are). Immutable and
 * thread-safe.
 */
public final class DerivationSource implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Decoded> DECODED = new ConcurrentHashMap<>();

  /** Serial form: the id of a bundled rule set, or null. */
  private final String bundled;
  /** Serial form: the rule file's text, or null for a bundled rule set. */
  private final String ruleText;
  /** Serial form: whether the rule file is JSON (else YAML). */
  private final boolean ruleJson;
  /** Serial form: the rule file's name, for messages. */
  private final String ruleSource;
  /** Serial form: the procedure CSV's text, or null. */
  private final String procedureText;
  /** Serial form: the procedure CSV's name, for messages, or null. */
  private final String procedureSource;
  /** Serial form: the period kind. */
  private final PeriodKind periodKind;
  /** Serial form: the date basis replacing each rule's, or null. */
  private final DateBasis date;
  /** Serial form: the caller's breakdown, or null. */
  private final Grouping by;
  /** Serial form: the digest of all the above, the key of the executors' cache. */
  private final String digest;

  private DerivationSource(
      String bundled, String ruleText, boolean ruleJson, String ruleSource, String procedureText,
      String procedureSource, PeriodKind periodKind, DateBasis date, Grouping by) throws IOException {
    this.bundled = bundled;
    this.ruleText = ruleText;
    this.ruleJson = ruleJson;
    this.ruleSource = ruleSource;
    this.procedureText = procedureText;
    this.procedureSource = procedureSource;
    this.periodKind = periodKind;
    this.date = date;
    this.by = by;
    this.digest = sha256(String.join("\u0000", String.valueOf(bundled), String.valueOf(ruleText),
        String.valueOf(ruleJson), String.valueOf(ruleSource), String.valueOf(procedureText),
        String.valueOf(procedureSource), String.valueOf(periodKind), String.valueOf(date), String.valueOf(by)));
    DECODED.put(digest, decode());
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
    return new DerivationSource(id, null, false, id, null, null, PeriodKind.YEAR, null, null);
  }

  /**
   * Returns the source of a rule file, by year, with each rule's date and no procedure list; {@code .json} files
   * are JSON, any other YAML.
   *
   * @param file the rule file
   * @return the source, holding the file's text
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
    return new DerivationSource(null, text, json, source, null, null, PeriodKind.YEAR, null, null);
  }

  /**
   * Returns this source with a procedure list CSV.
   *
   * @param file the procedure CSV
   * @return a copy that holds the file's text
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
   * @return a copy that holds the text
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the text has problems; each is located by line and column
   * @throws IOException never for text in memory; declared by io's reader
   */
  public DerivationSource withProcedureText(String text, String source) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return new DerivationSource(bundled, ruleText, ruleJson, ruleSource, text, source, periodKind, date, by);
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
    return copy(bundled, kind, date, by);
  }

  /**
   * Returns this source with a date basis that replaces every rule's own.
   *
   * @param basis the date basis
   * @return a copy
   * @throws NullPointerException if {@code basis} is null
   */
  public DerivationSource withDate(DateBasis basis) {
    return copy(bundled, periodKind, Objects.requireNonNull(basis, "basis"), by);
  }

  /**
   * Returns this source with an extra breakdown of every observation.
   *
   * @param grouping the grouping
   * @return a copy
   * @throws NullPointerException if {@code grouping} is null
   */
  public DerivationSource withBy(Grouping grouping) {
    return copy(bundled, periodKind, date, Objects.requireNonNull(grouping, "grouping"));
  }

  private DerivationSource copy(String id, PeriodKind kind, DateBasis basis, Grouping grouping) {
    try {
      return new DerivationSource(
          id, ruleText, ruleJson, ruleSource, procedureText, procedureSource, kind, basis, grouping);
    } catch (IOException e) {
      // the texts were read when this source was made
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the rule set, read once per JVM.
   *
   * @return the rules
   */
  public RuleSet rules() {
    return decoded().rules();
  }

  /**
   * Returns the options of core's derivation, read once per JVM.
   *
   * @return the options, with the procedure list when one is given
   */
  public DerivationOptions options() {
    return decoded().options();
  }

  private Decoded decoded() {
    return DECODED.computeIfAbsent(digest, k -> {
      try {
        return decode();
      } catch (IOException e) {
        throw new IllegalStateException("the derivation rules shipped to the executors do not read back: "
            + e.getMessage(), e);
      }
    });
  }

  private Decoded decode() throws IOException {
    RuleSetReader rules = RuleSetReader.create(ReadOptions.defaults());
    RuleSet ruleSet = bundled != null
        ? rules.bundled(bundled)
        : rules.read(new ByteArrayInputStream(ruleText.getBytes(StandardCharsets.UTF_8)), ruleJson, ruleSource);
    DerivationOptions.Builder options = DerivationOptions.builder().periodKind(periodKind);
    Optional.ofNullable(date).ifPresent(options::date);
    Optional.ofNullable(by).ifPresent(options::by);
    if (procedureText != null) {
      options.procedures(ProcedureCsvReader.create(ReadOptions.defaults())
          .read(new ByteArrayInputStream(procedureText.getBytes(StandardCharsets.UTF_8)), procedureSource));
    }
    return new Decoded(ruleSet, options.build());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The rules and options read back. */
  private record Decoded(RuleSet rules, DerivationOptions options) {}
}
