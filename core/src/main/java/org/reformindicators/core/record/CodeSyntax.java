package org.reformindicators.core.record;

import java.util.regex.Pattern;

/** The syntax of agency, procedure and dossier codes, compiled once. Not API. */
final class CodeSyntax {

  /** ASCII letters, digits, dots, hyphens and underscores, starting with a letter or digit. */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private CodeSyntax() {}
}
