package org.reformindicators.io.document;

/**
 * Checks the {@code formatVersion} of a document, such as 1 (accepted) or 2 (newer than this library).
 *
 * <p>Readers accept every version from 1 to {@link DocumentKind#CURRENT_FORMAT_VERSION}; writers always emit
 * the current one. Stateless and thread-safe.
 */
public final class FormatVersions {

  private FormatVersions() {}

  /**
   * Checks that a format version can be read.
   *
   * @param formatVersion the version read
   * @return the version
   * @throws IllegalArgumentException if the version is below 1 or newer than the library supports
   */
  public static int check(int formatVersion) {
    if (formatVersion < 1 || formatVersion > DocumentKind.CURRENT_FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "formatVersion must be within 1.."
              + DocumentKind.CURRENT_FORMAT_VERSION
              + " (the versions this library reads), was "
              + formatVersion);
    }
    return formatVersion;
  }
}
