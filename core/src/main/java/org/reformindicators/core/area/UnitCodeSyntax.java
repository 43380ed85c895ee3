package org.reformindicators.core.area;

import java.util.regex.Pattern;

/** Holds the compiled unit-code syntax of {@link AdministrativeUnit#isValidCode(CharSequence)}. */
final class UnitCodeSyntax {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  private UnitCodeSyntax() {}
}
