/**
 * Binding of indicators ({@link org.reformindicators.core.indicator.Indicator}), their codes, measures and
 * breakdown dimensions, and of indicator catalogues. A measure is an object whose {@code type} is one of the
 * closed set {@code percentage}, {@code score}, {@code rank}, {@code count}, {@code ratio}, {@code share},
 * {@code completion}, {@code qualitative}.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.indicator;
