/**
 * Reporting periods (kỳ báo cáo) to which observations and targets are tied: calendar years such as
 * {@code 2025}, half-years ({@code 2025-S1}, "6 tháng đầu năm"), quarters ({@code 2025-Q3}, "Quý III/2025"),
 * months ({@code 2025-03}), days ({@code 2025-03-31}), year-to-date periods ({@code 2025-YTD09}, "9 tháng
 * đầu năm"), multi-year phases ({@code 2021/2025}, "giai đoạn 2021–2025") and general closed date ranges,
 * all behind the sealed supertype {@link org.reformindicators.core.period.ReportingPeriod}, with their
 * canonical text, the SDMX and DHIS2 forms accepted on reading, a total order, range algebra and display
 * names in Vietnamese and English. Every type here is immutable and thread-safe.
 *
 * <p>Periods are {@link java.io.Serializable}: Java serialization ships them between JVMs of the same library
 * version inside one job (Spark's executors); it is not a storage or exchange format, which is io's versioned JSON
 * and YAML.
 *
 * @serial exclude
 */
package org.reformindicators.core.period;
