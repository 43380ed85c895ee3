package org.reformindicators.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.examples.EmbedEngineExample;
import org.reformindicators.io.ReformIndicatorsIo;

/**
 * Issue 13, acceptance: no public signature of core, io or the examples takes or returns a {@code String} for an
 * indicator code, a unit code, a component code, a clause id or a breakdown. It lives in the examples' tests, the one module that
 * sees all three; {@link BadSignaturesFixture} shows that the rule fails when it should.
 */
class IdentifierSignaturesTest {

  @Test
  void theRuleFailsOnADeliberatelyBadApi() {
    String bad = BadSignaturesFixture.class.getName();
    List<Class<?>> types =
        List.of(BadSignaturesFixture.class, BadSignaturesFixture.AreaUnit.class, BadSignaturesFixture.Key.class,
            BadSignaturesFixture.TreeNode.class);
    assertEquals(
        Set.of(
            bad + "#<init>(String clauseId): parameter clauseId is java.lang.String",
            bad + "#breakdown(): returns java.util.SortedMap<java.lang.String, java.lang.String>",
            bad + "#componentCodes(): returns java.util.List<java.lang.String>",
            bad + "#indicatorCode(): returns java.lang.String",
            bad + "#remove(String component): parameter component is java.lang.String",
            bad + "#select(List units): parameter units is java.util.List<java.lang.String>",
            bad + "#series(Optional indicator, Map breakdown): parameter breakdown is"
                + " java.util.Map<java.lang.String, java.lang.String>",
            bad + "#series(Optional indicator, Map breakdown): parameter indicator is"
                + " java.util.Optional<java.lang.String>",
            bad + ".unitCode: field is java.lang.String",
            bad + "$AreaUnit#code(): returns java.lang.String",
            bad + "$Key#<init>(String breakdownText): parameter breakdownText is java.lang.String",
            bad + "$Key#breakdownText(): returns java.lang.String",
            bad + "$Key.breakdownText: record component is java.lang.String",
            bad + "$TreeNode#code(): returns java.lang.String"),
        IdentifierSignatures.violations(types));
  }

  @Test
  void parameterNamesAreCompiledIn() throws NoSuchMethodException {
    Method method = Plan.class.getMethod("withUnitCode", UnitCode.class);
    assertTrue(method.getParameters()[0].isNamePresent(), "the build must compile with -parameters");
    assertEquals("unitCode", method.getParameters()[0].getName());
  }

  @Test
  void noPublicSignatureOfCoreIoOrTheExamplesTakesAnIdentifierAsText() {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(IdentifierSignatures.publicTypes(IndicatorCode.class, "org.reformindicators.core"));
    types.addAll(IdentifierSignatures.publicTypes(ReformIndicatorsIo.class, "org.reformindicators.io"));
    types.addAll(IdentifierSignatures.publicTypes(EmbedEngineExample.class, "org.reformindicators.examples"));
    assertTrue(types.size() > 200, "public types found: " + types.size());
    Set<String> violations = new TreeSet<>(IdentifierSignatures.violations(types));
    assertEquals(Set.of(), violations, String.join("\n", violations));
  }
}
