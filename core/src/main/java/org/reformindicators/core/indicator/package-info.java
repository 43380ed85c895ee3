/**
 * Indicator definitions (chỉ số, chỉ tiêu): the stable {@link org.reformindicators.core.indicator.IndicatorCode}
 * such as {@code PCI_RANK}, the kind of {@link org.reformindicators.core.indicator.Measure} with its natural
 * bounds, the desired {@link org.reformindicators.core.indicator.Direction}, the published precision, the
 * publisher and methodology version, the breakdown dimensions an indicator may be reported by, and the
 * immutable {@link org.reformindicators.core.indicator.IndicatorCatalogue} that maps codes to definitions.
 *
 * <p>Indicator codes, breakdown keys, indicators and the catalogue are {@link java.io.Serializable}: Java
 * serialization ships them between JVMs of the same library version inside one job (Spark's executors); it is not a
 * storage or exchange format, which is io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.indicator;

import org.reformindicators.core.internal.ValueStyle;
