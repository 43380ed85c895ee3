/**
 * The observation CSV of {@code docs/formats/observations.md} (long format: {@code indicator, area, period, value} and optionally
 * {@code universe, status, breakdown, note}): a streaming reader whose memory does not grow with the file,
 * reporting every bad row with its line and column (ranks checked against their own row, and optionally every
 * row against indicator definitions), a streaming check that also finds repeated keys with memory per distinct
 * key only, and a writer whose output reads back to equal observations.
 */
package org.reformindicators.io.csv;
