package org.reformindicators.io.internal.document;

import org.reformindicators.io.document.DocumentKind;

/**
 * Checks the {@code formatVersion} of a document, such as 1 (accepted) or 2 (newer than this library).
 *
 * <p>Readers accept every version of a kind from 1 to its {@link DocumentKind#currentVersion()}; writers always
 * emit the current one. Stateless and thread-safe.
 */
public final class FormatVersions {

  private FormatVersions() {}

  /**
   * Checks that a format version of a kind can be read.
   *
   * @param kind the document kind
   * @param formatVersion the version read
   * @return the version
   * @throws IllegalArgumentException if the version is below 1 or newer than the library supports for the kind
   */
  public static int check(DocumentKind kind, int formatVersion) {
    int current = kind.currentVersion();
    if (formatVersion < 1 || formatVersion > current) {
      String versions = current == 1 ? "1 (the only version" : "1.." + current + " (the versions";
      throw new IllegalArgumentException(
          "formatVersion of kind '" + kind.id() + "' must be " + (current == 1 ? "" : "within ")
              + versions + " this library reads), was " + formatVersion);
    }
    return formatVersion;
  }
}
