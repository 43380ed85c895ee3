package org.reformindicators.io.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.derivation.Aggregation;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;

class RuleSetReaderTest {

  private static final String GOOD =
      "formatVersion: 1\nkind: rule-set\nid: mine\nname: Mine\nsource: Decision X\nrules:\n"
          + "  - indicator: SHARE_ONLINE\n    aggregation: RATIO\n    date: RECEIVED\n"
          + "    numerator:\n      channel: [ONLINE]\n    definition: Decision X, article 1\n";

  @Test
  void readsYaml() throws Exception {
    RuleSet rules = RuleSetReader.create(ReadOptions.defaults()).read(DossierFixture.stream(GOOD), false, "mine.yaml");
    assertEquals("mine", rules.id());
    assertEquals(Aggregation.RATIO, rules.rules().get(0).aggregation());
    assertEquals("channel in [ONLINE]", rules.rules().get(0).numerator().toString());
  }

  @Test
  void readsJson() throws Exception {
    String json =
        "{\"formatVersion\":1,\"kind\":\"rule-set\",\"id\":\"j\",\"name\":\"J\",\"source\":\"S\",\"rules\":[{"
            + "\"indicator\":\"MEAN_DAYS\",\"aggregation\":\"MEAN\",\"meanOf\":\"handlingDays\","
            + "\"definition\":\"D\"}]}";
    RuleSet rules = RuleSetReader.create(ReadOptions.defaults()).read(DossierFixture.stream(json), true, "j.json");
    assertEquals("MEAN_DAYS", rules.rules().get(0).indicator().toString());
  }

  @Test
  void reportsEveryProblemAtItsPointer() {
    String bad =
        GOOD.replace("channel: [ONLINE]", "channel: [WEB]\n      colour: [red]")
            .replace("aggregation: RATIO", "aggregation: SHARE")
            .replace("date: RECEIVED", "date: RECEIVED\n    weight: 2");
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> RuleSetReader.create(ReadOptions.defaults()).read(DossierFixture.stream(bad), false, "bad.yaml"));
    List<String> problems =
        e.problems().stream()
            .map(p -> p.location().describe() + ": " + p.message())
            .toList();
    assertEquals(
        List.of(
            "/rules/0/weight (line 10, column 5): unknown property 'weight'; expected properties are [aggregation, date, definition,"
                + " groupBy, indicator, meanOf, numerator, population, reading, scale, serves]",
            "/rules/0/aggregation (line 8, column 5): aggregation must be one of [RATIO, COUNT, MEAN], was 'SHARE'",
            "/rules/0/numerator/channel/0 (line 12, column 17): condition on channel: value must be one of [IN_PERSON, ONLINE, POST],"
                + " was 'WEB'",
            "/rules/0/numerator/colour (line 13, column 7): condition field must be one of [outcome, channel, onlineLevel, level,"
                + " feeBearing, paidOnline, dossierDigitised, resultDigitised, passedElectronically,"
                + " returnedForSupplement, onTime, late, satisfaction, procedureOffersOnlinePayment,"
                + " procedureOnlineLevel], was 'colour'"),
        problems);
    for (Problem p : e.problems()) {
      assertEquals(false, p.message().contains("Exception"), p.message());
    }
  }

  @Test
  void aMissingPropertyIsPlacedAtItsParentAndJsonHasColumnsToo() {
    String json =
        "{\"formatVersion\":1,\"kind\":\"rule-set\",\"id\":\"j\",\"name\":\"J\",\"source\":\"S\",\"rules\":[\n"
            + "  {\"indicator\":\"MEAN_DAYS\",\"aggregation\":\"MEAN\",\"meanOf\":\"days\"}]}";
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> RuleSetReader.create(ReadOptions.defaults()).read(DossierFixture.stream(json), true, "j.json"));
    assertEquals(
        List.of("/rules/0/meanOf (line 2, column 49)", "/rules/0/definition (line 2, column 3)"),
        e.problems().stream().map(p -> p.location().describe()).toList());
  }

  @Test
  void aLegacyEncodingIsRefused() {
    byte[] tcvn3 = GOOD.replace("name: Mine", "name: S\u00f3").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> RuleSetReader.create(ReadOptions.defaults())
                .read(new java.io.ByteArrayInputStream(tcvn3), false, "latin.yaml"));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals(4, ((ProblemLocation.Document) e.problems().get(0).location()).line(), e.problems().toString());
  }

  @Test
  void unknownBundledId() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RuleSetReader.create(ReadOptions.defaults()).bundled("pci"));
    assertEquals("bundled rule set id must be one of [plan-1256, dvc-766], was 'pci'", e.getMessage());
  }
}
