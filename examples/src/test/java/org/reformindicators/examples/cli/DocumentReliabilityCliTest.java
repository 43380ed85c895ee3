package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of issue 12 about JSON and YAML documents as the command line met them: each bad document
 * gives exit 1 and one located, plain line on standard error (never exit 70, never a library's class name, no
 * follow-on line), and the valid one still gives exit 0.
 */
class DocumentReliabilityCliTest {

  /** Text that a problem line never contains (the deny list of the fuzz tests). */
  private static final Pattern DENIED =
      Pattern.compile(
          "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|Exception|Creator|CoercionConfig"
              + "|StreamReadConstraints|snakeyaml|Event\\(|`");

  private static final String PCI = "/org/reformindicators/io/methodologies/pci.yaml";

  @TempDir Path dir;
  private Path provinces;
  private Path observations;

  @BeforeEach
  void copyTheData() {
    provinces = CliFiles.copy(Bundled.PCI_PROVINCES, dir.resolve("pci-2020.csv"));
    observations = CliFiles.copy(CliFiles.EXAMPLE_OBSERVATIONS, dir.resolve("data.csv"));
  }

  /** Writes the bundled PCI methodology, changed, as {@code pci.yaml} (the file name must equal the id). */
  private Path pci(String from, String to) {
    String text = CliFiles.text(PCI);
    assertTrue(text.contains(from), from);
    return CliFiles.write(dir.resolve("pci.yaml"), text.replaceFirst(Pattern.quote(from), to));
  }

  private CliRun score(Path methodology) {
    return CliRun.of("score", "--methodology", methodology.toString(), "--observations", provinces.toString(),
        "--period", "2020", "--format", "csv");
  }

  private CliRun evaluate(Path plan) {
    return CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString());
  }

  /** Asserts exit 1 and exactly one plain problem line, and returns it. */
  private static String oneProblem(CliRun run) {
    assertEquals(1, run.status(), run.toString());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.toString());
    assertFalse(DENIED.matcher(lines.get(0)).find(), lines.get(0));
    return lines.get(0);
  }

  @Test
  void theUnchangedMethodologyIsScored() {
    assertEquals(0, score(pci("scale: 10}", "scale: 10}")).status());
  }

  @Test
  void aScaleBeyondTheRangeOfADoubleIsInvalidInputNotACrash() {
    Path file = pci("scale: 10}", "scale: 1.0e+309}");
    assertEquals(
        file + ":30:53: /root/aggregation/scale: 1.0e+309 is too large: a number must lie within"
            + " ±1.7976931348623157E308 (a 64-bit floating-point number)",
        oneProblem(score(file)));
    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(1, validate.status(), validate.toString());
    assertTrue(validate.err().contains("1.0e+309 is too large"), validate.toString());
  }

  @Test
  void aWeightWithAHugeExponentIsInvalidInputNotACrash() {
    Path file = pci("weight: 0.05", "weight: 1.0e+999999999");
    assertEquals(
        file + ":35:15: /root/children/0/weight: 1.0e+999999999 is too large: a number must lie within"
            + " ±1.7976931348623157E308 (a 64-bit floating-point number)",
        oneProblem(score(file)));
  }

  @Test
  void aWeightAboveTheDocumentedBoundIsInvalidInput() {
    Path file = pci("weight: 0.05", "weight: 5000000");
    assertTrue(oneProblem(score(file)).endsWith(
        "PCI_ENTRY_COSTS: weight must be positive and at most 1000000, was 5000000"));
  }

  @Test
  void aNullWeightIsInvalidInputRatherThanTheDefault() {
    Path file = pci("weight: 0.05", "weight: ~");
    assertEquals(
        file + ":35:15: /root/children/0/weight: 'weight' is null: null is not a value here, give 'weight' a value"
            + " or leave it out",
        oneProblem(score(file)));
  }

  @Test
  void anUnknownTopLevelKeyIsReportedAtItsLine() {
    Path file = pci("publisher:", "extra: 1\npublisher:");
    assertTrue(oneProblem(score(file)).startsWith(file + ":9:1: /extra: unknown property 'extra'"));
  }

  @Test
  void aNaNWeightInJsonIsTheOnlyProblem() {
    Path file = CliFiles.write(dir.resolve("demo.json"),
        "{\"formatVersion\": 1, \"kind\": \"methodology\", \"id\": \"demo\", \"name\": {\"vi\": \"a\", \"en\": \"b\"},"
            + " \"publisher\": \"p\", \"source\": \"s\", \"years\": {\"from\": 2020}, \"missingData\": {\"policy\":"
            + " \"fail\"}, \"ranking\": {\"method\": \"competition\"},\n\"root\": {\"code\": \"PCI\", \"aggregation\":"
            + " {\"method\": \"sum\"}, \"children\": [\n{\"code\": \"PCI_ENTRY_COSTS\", \"weight\": NaN, \"maxPoints\":"
            + " 10}]}}\n");
    assertEquals(
        file + ":3:42: /root/children/0/weight: NaN is not a JSON number: write a finite decimal number",
        oneProblem(score(file)));
  }

  /** The example plan with its threshold value (line 58, column 14) replaced. */
  private Path plan(String value) {
    String text = CliFiles.text(CliFiles.EXAMPLE_PLAN);
    assertTrue(text.contains("value: 60.0"));
    return CliFiles.write(dir.resolve("plan.yaml"), text.replace("value: 60.0", "value: " + value));
  }

  @Test
  void anOctalLookingValueIsRefusedInsteadOfReadAsEight() {
    assertEquals(0, evaluate(plan("60")).status());
    Path file = plan("010");
    assertEquals(
        file + ":58:14: /targets/0/kind/value: write 10, not 010: YAML readers disagree (YAML 1.1 reads 010 as the"
            + " octal number 8, YAML 1.2 as 10)",
        oneProblem(evaluate(file)));
  }

  @Test
  void aValueWithALeadingZeroThatIsNotOctalIsReportedPlainly() {
    Path file = plan("080");
    assertEquals(
        file + ":58:14: /targets/0/kind/value: write 80, not 080: YAML readers disagree on numbers with a leading"
            + " zero",
        oneProblem(evaluate(file)));
  }

  @Test
  void aDuplicatedValueKeyIsTheOnlyProblem() {
    Path file = plan("60.0\n      value: 70.0");
    assertEquals(
        file + ":59:7: /targets/0/kind/value: the key 'value' appears twice in the same mapping",
        oneProblem(evaluate(file)));
  }

  @Test
  void aTopLevelNumberIsNotAPlan() {
    Path file = CliFiles.write(dir.resolve("number.json"), "42\n");
    assertEquals(
        file + ":1:1: expected an object with the properties of a plan, found the number 42",
        oneProblem(evaluate(file)));
  }

  @Test
  void nestingTooDeepNamesItsLine() {
    Path file = CliFiles.write(dir.resolve("deep.json"), "{\"formatVersion\": 1,\n\"x\": " + "[".repeat(70) + "\n");
    String line = oneProblem(evaluate(file));
    assertTrue(line.startsWith(file + ":2:"), line);
    assertTrue(line.endsWith("lists and mappings are nested 65 deep here; at most 64 levels are allowed"), line);
  }

  @Test
  void aLoneSurrogateIsRefusedWithItsPlace() {
    Path file = CliFiles.write(dir.resolve("surrogate.json"),
        "{\"formatVersion\": 1, \"kind\": \"plan\",\n\"id\": \"a\\ud800b\"}\n");
    String line = oneProblem(evaluate(file));
    assertTrue(line.startsWith(file + ":2:7: /id: the text holds an unpaired surrogate \\ud800 at character 2"),
        line);
  }
}
