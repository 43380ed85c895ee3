package org.reformindicators.io.conformance;

import java.util.Locale;

/**
 * What a conformance vector exercises, such as {@code plan}: which inputs it has and which outputs it expects
 * ({@code docs/formats/conformance.md}).
 */
public enum VectorKind {
  /** A plan (or a single target) judged as of a period: one result per clause and part. */
  PLAN,
  /** A methodology scored and ranked for one period: a total, a rank and a group per unit. */
  COMPOSITE,
  /** A methodology's rank intervals over given per-draw weights. */
  UNCERTAINTY;

  /**
   * Returns the text of the kind in vector files, e.g. {@code plan}.
   *
   * @return the lower-case text
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a kind by its text.
   *
   * @param text the text, e.g. {@code composite}
   * @return the kind
   * @throws IllegalArgumentException if no kind has this text
   */
  public static VectorKind ofText(String text) {
    for (VectorKind kind : values()) {
      if (kind.text().equals(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind must be plan, composite or uncertainty, was '" + text + "'");
  }
}
