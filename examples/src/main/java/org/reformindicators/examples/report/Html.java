package org.reformindicators.examples.report;

/**
 * Escapes text for HTML and SVG, such as {@code a < b} to {@code a &lt; b}.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class Html {

  private Html() {}

  /**
   * Escapes the five characters with a meaning in HTML text and attribute values.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
