/**
 * Binding of reporting periods ({@link org.reformindicators.core.period.ReportingPeriod} and its eight
 * kinds): written as canonical text ({@code 2025}, {@code 2025-S1}, {@code 2025-Q3}, {@code 2025-03}, {@code
 * 2025-03-31}, {@code 2021/2025}, …), read through {@code ReportingPeriod.parse}, so SDMX forms such as
 * {@code 2025-M03} are accepted too. Dates ({@link java.time.LocalDate}) are ISO-8601 text.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.period;
