/**
 * Numbers as text, the one way every message, document and report of the library writes a number: {@link
 * org.reformindicators.core.text.NumberText} writes the machine form of messages and files ({@code 64}, {@code
 * 0.30000000000000004}, {@code 0.0000001}: shortest digits that read back to the same number, never an exponent)
 * and the human form of reports in the conventions of a {@link org.reformindicators.core.text.Language}
 * (Vietnamese {@code 1.234,5}, English {@code 1,234.5}). Every type here is immutable and thread-safe.
 */
package org.reformindicators.core.text;
