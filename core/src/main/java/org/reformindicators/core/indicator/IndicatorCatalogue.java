package org.reformindicators.core.indicator;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable set of indicator definitions keyed by code, such as the catalogue of the PCI with {@code PCI},
 * {@code PCI_RANK} and its ten sub-indices.
 *
 * <p>Codes are unique: building a catalogue with two definitions of the same code fails, listing every duplicated
 * code. Indicators are kept in the order given. Two catalogues are equal when they hold equal definitions in the
 * same order.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class IndicatorCatalogue implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final IndicatorCatalogue EMPTY = new IndicatorCatalogue(Map.of());

  private final Map<IndicatorCode, Indicator> byCode;

  private IndicatorCatalogue(Map<IndicatorCode, Indicator> byCode) {
    this.byCode = byCode;
  }

  /**
   * Returns the empty catalogue.
   *
   * @return a catalogue without indicators
   */
  public static IndicatorCatalogue empty() {
    return EMPTY;
  }

  /**
   * Returns a catalogue of the given indicators, in the given order.
   *
   * @param indicators the definitions
   * @return the catalogue
   * @throws NullPointerException if {@code indicators} or an element is null
   * @throws IllegalArgumentException if two definitions share a code; the message lists every such code
   */
  public static IndicatorCatalogue of(Collection<Indicator> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    Map<IndicatorCode, Indicator> map = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Indicator indicator : indicators) {
      Objects.requireNonNull(indicator, "indicators element");
      if (map.putIfAbsent(indicator.code(), indicator) != null) {
        duplicates.add(indicator.code().value());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException("indicator codes must be unique in a catalogue, duplicated: " + duplicates);
    }
    return new IndicatorCatalogue(Collections.unmodifiableMap(map));
  }

  /**
   * Returns a catalogue of the given indicators, in the given order.
   *
   * @param indicators the definitions
   * @return the catalogue
   * @throws NullPointerException if {@code indicators} or an element is null
   * @throws IllegalArgumentException if two definitions share a code
   */
  public static IndicatorCatalogue of(Indicator... indicators) {
    Objects.requireNonNull(indicators, "indicators");
    return of(List.of(indicators));
  }

  /**
   * Finds the definition of a code.
   *
   * @param code the indicator code
   * @return the definition, or empty when the catalogue has none
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<Indicator> find(IndicatorCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the definition of a code that must be present.
   *
   * @param code the indicator code
   * @return the definition
   * @throws NullPointerException if {@code code} is null
   * @throws NoSuchElementException if the catalogue has no such code
   */
  public Indicator get(IndicatorCode code) {
    Indicator indicator = byCode.get(Objects.requireNonNull(code, "code"));
    if (indicator == null) {
      throw new NoSuchElementException("indicator " + code + " is not in the catalogue " + byCode.keySet());
    }
    return indicator;
  }

  /**
   * Returns whether the catalogue defines a code.
   *
   * @param code the indicator code
   * @return {@code true} if a definition exists
   * @throws NullPointerException if {@code code} is null
   */
  public boolean contains(IndicatorCode code) {
    return byCode.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the codes, in catalogue order.
   *
   * @return an unmodifiable view of the codes
   */
  public Set<IndicatorCode> codes() {
    return byCode.keySet();
  }

  /**
   * Returns the definitions, in catalogue order.
   *
   * @return an unmodifiable list of the definitions
   */
  public List<Indicator> indicators() {
    return List.copyOf(byCode.values());
  }

  /**
   * Returns the number of definitions.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Returns a catalogue with the definitions of this one followed by those of {@code other}.
   *
   * @param other the catalogue to append
   * @return the combined catalogue
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the two catalogues share a code
   */
  public IndicatorCatalogue plus(IndicatorCatalogue other) {
    Objects.requireNonNull(other, "other");
    List<Indicator> all = new ArrayList<>(byCode.values());
    all.addAll(other.byCode.values());
    return of(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndicatorCatalogue
        && List.copyOf(byCode.values()).equals(List.copyOf(((IndicatorCatalogue) other).byCode.values()));
  }

  @Override
  public int hashCode() {
    return List.copyOf(byCode.values()).hashCode();
  }

  /**
   * Returns the codes, such as {@code IndicatorCatalogue[PCI, PCI_RANK]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "IndicatorCatalogue" + byCode.keySet();
  }
}
