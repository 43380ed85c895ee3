/**
 * Decoding of text files: strict UTF-8 (with or without a byte-order mark) that rejects a file in a legacy
 * Vietnamese encoding (TCVN3/ABC, VNI, Windows-1258) or in UTF-16 with a message that says so and names the
 * line and byte offset of the first bad byte; and the check of the characters YAML allows, which names the
 * line and column of a control character.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.text;
