package org.reformindicators.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The mutation engine: reproducible, every kind applies where it says, hostile values are what they claim. */
class MutationTest {

  private static final String YAML = "formatVersion: 1\nkind: plan\nkind2: {best: 20, worst: 30}\nvalue: 80.0\nname: \"x\"\n";
  private static final String JSON = "{\"formatVersion\": 1,\n\"value\": 80.0, \"name\": \"x\"}\n";
  private static final String CSV = "indicator,area,period,value,universe,status,breakdown,note\nPCI_RANK,51,2020,36,63,A,,\"a, b\"\nPCI,51,2020,63.2,,A,,\n";

  @Test
  void aTrialIsRecomputedFromTheSeedAndTheIterationAlone() {
    FuzzTarget target = DocumentTarget.PLAN_YAML;
    List<Seed> seeds = Seed.corpus(target.corpus());
    for (long iteration = 0; iteration < 200; iteration++) {
      Trial first = Trial.of(target, seeds, 42, iteration);
      Trial again = Trial.of(target, seeds, 42, iteration);
      assertArrayEquals(first.mutant().bytes(), again.mutant().bytes(), first.replayKey());
      assertEquals(first.mutant().detail(), again.mutant().detail());
      assertEquals(first.variant(), again.variant());
    }
    assertFalse(Arrays.equals(Trial.of(target, seeds, 42, 7).mutant().bytes(), Trial.of(target, seeds, 43, 7).mutant().bytes()));
  }

  @Test
  void everyKindAppliesToEverySyntaxItClaimsWithoutFailingAndNamesItself() {
    for (Syntax syntax : Syntax.values()) {
      byte[] seed = switch (syntax) {
        case YAML -> YAML.getBytes(StandardCharsets.UTF_8);
        case JSON -> JSON.getBytes(StandardCharsets.UTF_8);
        case CSV -> CSV.getBytes(StandardCharsets.UTF_8);
        case TEXT -> "2025-Q3".getBytes(StandardCharsets.UTF_8);
      };
      for (Mutation kind : Mutation.values()) {
        if (!kind.appliesTo(syntax)) {
          continue;
        }
        SplittableRandom random = new SplittableRandom(kind.ordinal());
        for (int i = 0; i < (kind == Mutation.LONG_STRING ? 2 : 30); i++) {
          Mutant m = kind.apply(seed, syntax, random);
          assertNotNull(m.bytes(), kind + " " + syntax);
          assertEquals(kind, m.kind());
          assertNotNull(m.expectation());
          assertFalse(m.detail().isBlank(), kind + " " + syntax);
        }
      }
    }
  }

  @Test
  void theHostileNumbersAreWhatTheyClaim() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 500; i++) {
      assertTrue(Double.isInfinite(Double.parseDouble(HostileValues.hugeNumber(random))));
      String tiny = HostileValues.tinyNumber(random);
      assertTrue(Double.parseDouble(tiny) == 0.0, tiny); // 0.0 or -0.0
      assertTrue(new java.math.BigDecimal(tiny).signum() != 0, tiny);
      String longDecimal = HostileValues.longDecimal(random);
      assertTrue(longDecimal.length() > HostileValues.MAX_NUMBER_LENGTH, longDecimal);
    }
    for (int i = 0; i < 3; i++) {
      assertTrue(HostileValues.longString(true, random).length() > HostileValues.MAX_STRING_LENGTH);
    }
  }

  @Test
  void scalarsAreFoundWithTheirKeysAndLines() {
    List<Scalars.Scalar> yaml = Scalars.find(Bytes.latin1(YAML.getBytes(StandardCharsets.UTF_8)), Syntax.YAML);
    assertEquals(List.of("formatVersion", "kind", "best", "worst", "value", "name"), yaml.stream().map(Scalars.Scalar::key).toList());
    assertEquals(List.of(1, 2, 3, 3, 4, 5), yaml.stream().map(Scalars.Scalar::line).toList());
    assertEquals(List.of(true, false, true, true, true, false), yaml.stream().map(Scalars.Scalar::number).toList());
    List<Scalars.Scalar> json = Scalars.find(Bytes.latin1(JSON.getBytes(StandardCharsets.UTF_8)), Syntax.JSON);
    assertEquals(List.of("formatVersion", "value", "name"), json.stream().map(Scalars.Scalar::key).toList());
    assertEquals(List.of(1, 2, 2), json.stream().map(Scalars.Scalar::line).toList());
  }

  @Test
  void csvRecordsAreFoundWithTheirLinesAndCells() {
    CsvLayout layout = CsvLayout.scan(Bytes.latin1(CSV.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(',', layout.delimiter());
    assertEquals(3, layout.column("value"));
    assertEquals(List.of(2, 3), layout.rows().stream().map(CsvLayout.Row::line).toList());
    assertEquals(8, layout.rows().get(0).cells().size(), "the quoted note holds a comma");
  }

  @Test
  void aHugeNumberInANumericFieldMustBeRefusedOnItsLine() {
    Set<Mutation> numberKinds = EnumSet.of(Mutation.HUGE_NUMBER, Mutation.TINY_NUMBER, Mutation.LONG_DECIMAL, Mutation.NON_FINITE);
    for (Mutation kind : numberKinds) {
      Mutant m = kind.apply(YAML.getBytes(StandardCharsets.UTF_8), Syntax.YAML, new SplittableRandom(3));
      Expectation.Refused refused = (Expectation.Refused) m.expectation();
      assertEquals(1, refused.lines().size(), m.detail());
    }
  }

  @Test
  void wtf8KeepsLoneSurrogatesAndBytesStayLossless() {
    String text = "a\uD800b\uD83D\uDE00\u1EC7";
    assertEquals(text, Bytes.decodeWtf8(Bytes.wtf8(text)));
    byte[] any = new byte[256];
    for (int i = 0; i < any.length; i++) {
      any[i] = (byte) i;
    }
    assertArrayEquals(any, Bytes.fromLatin1(Bytes.latin1(any)));
    assertEquals(3, Bytes.lineOf("a\r\nb\rc".getBytes(StandardCharsets.US_ASCII), 5));
  }

  @Test
  void anExcerptIsAsciiAndFoldsLongRuns() {
    byte[] bytes = Bytes.wtf8("x\n" + "a".repeat(1000) + "\u1EC7\uD800");
    String excerpt = Excerpt.escape(bytes, 0, bytes.length);
    assertEquals("x\\n[a x 1000]\\u1ec7\\ud800", excerpt);
    assertEquals("\\xFF", Excerpt.escape(new byte[] {(byte) 0xFF}, 0, 1));
  }
}
