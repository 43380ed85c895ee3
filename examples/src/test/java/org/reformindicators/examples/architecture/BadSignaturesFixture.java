package org.reformindicators.examples.architecture;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A deliberately bad public API, so that {@link IdentifierSignaturesTest} shows the rule can fail: every member
 * below breaks it once, except {@link #label(String)}, whose name says nothing of an identifier.
 */
public final class BadSignaturesFixture {

  /** A unit code as a string. */
  public String unitCode;

  /**
   * Takes a clause id as text.
   *
   * @param clauseId the clause id
   */
  public BadSignaturesFixture(String clauseId) {
    this.unitCode = clauseId;
  }

  /**
   * Returns an indicator code as text.
   *
   * @return the code
   */
  public String indicatorCode() {
    return "PCI";
  }

  /**
   * Takes units as text.
   *
   * @param units the unit codes
   */
  public void select(List<String> units) {}

  /**
   * Returns a breakdown as a map of strings.
   *
   * @return the breakdown
   */
  public SortedMap<String, String> breakdown() {
    return null;
  }

  /**
   * Takes a breakdown as a map of strings.
   *
   * @param indicator the indicator
   * @param breakdown the breakdown
   */
  public void series(Optional<String> indicator, Map<String, String> breakdown) {}

  /**
   * A name that is not an identifier's: allowed.
   *
   * @param label the label
   * @return the label
   */
  public String label(String label) {
    return label;
  }

  /**
   * Takes a component code as text.
   *
   * @param component the component's code
   */
  public void remove(String component) {}

  /**
   * Returns component codes as text.
   *
   * @return the codes
   */
  public List<String> componentCodes() {
    return List.of();
  }

  /** A node of a composite index whose code is text. */
  public interface TreeNode {
    /**
     * Returns the code.
     *
     * @return the code
     */
    String code();
  }

  /** A unit whose code is text. */
  public interface AreaUnit {
    /**
     * Returns the code.
     *
     * @return the code
     */
    String code();
  }

  /**
   * A record with a breakdown component of text.
   *
   * @param breakdownText the breakdown text
   */
  public record Key(String breakdownText) {}
}
