package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.Objects;

/**
 * A text in Vietnamese with its English rendering, such as the title {@code "Kế hoạch cải cách hành chính …"} /
 * {@code "Plan for administrative reform …"}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param vi the Vietnamese text, not blank; the authoritative one when the two differ
 * @param en the English rendering, not blank
 */
public record BilingualText(String vi, String en) implements Serializable {

  /**
   * Validates both texts.
   *
   * @param vi the Vietnamese text
   * @param en the English rendering
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank
   */
  public BilingualText {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
    Checks.requireText("vi", vi);
    Checks.requireText("en", en);
  }

  /**
   * Returns a bilingual text.
   *
   * @param vi the Vietnamese text
   * @param en the English rendering
   * @return the text
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank
   */
  public static BilingualText of(String vi, String en) {
    return new BilingualText(vi, en);
  }
}
