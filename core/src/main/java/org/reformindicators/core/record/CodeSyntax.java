package org.reformindicators.core.record;

/**
 * The syntax of agency, procedure and dossier codes: ASCII letters, digits, dots, hyphens and underscores, starting
 * with a letter or digit. Checked by a loop rather than a regular expression because every row of a dossier file
 * has three codes (the regular expression was the largest cost of reading 10 million dossiers). Not API.
 */
final class CodeSyntax {

  private CodeSyntax() {}

  /** Returns whether the text is non-empty and follows the code syntax (the length is not checked). */
  static boolean matches(CharSequence text) {
    int length = text.length();
    if (length == 0 || !isLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
