/**
 * Binding of indicators ({@link org.reformindicators.core.indicator.Indicator}), their codes, measures and
 * breakdown dimensions, and of indicator catalogues. A measure is an object whose {@code type} is one of the
 * closed set {@code percentage}, {@code score}, {@code rank}, {@code count}, {@code ratio}, {@code share},
 * {@code completion}, {@code qualitative}.
 */
package org.reformindicators.io.internal.indicator;
