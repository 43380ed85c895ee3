package org.reformindicators.io.internal.document;

/**
 * The plain form of a value that can stand as a whole document, such as a catalogue written with {@code
 * "formatVersion": 1, "kind": "indicator-catalogue"}.
 *
 * <p>At the top of a file both properties are required; nested inside another document they are optional
 * (and omitted on writing). Implementations are immutable records.
 */
public interface DocumentForm {

  /**
   * Returns the format version written in the document.
   *
   * @return the version, or {@code null} when absent
   */
  Integer formatVersion();

  /**
   * Returns the kind written in the document.
   *
   * @return the kind name, or {@code null} when absent
   */
  String kind();
}
