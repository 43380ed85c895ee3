/**
 * The Jackson deserializers of the {@link org.reformindicators.io.ReformIndicatorsModule}: one per core
 * type, each building its value through core's public factories so that core's validation always runs, and
 * reporting bad input through the deserialization context so that the exception carries the JSON path; the
 * one policy for numbers, booleans and {@code null}; and {@link org.reformindicators.io.internal.deser.ReadErrors},
 * the one place where the failures of Jackson and SnakeYAML are put into plain words.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.deser;
