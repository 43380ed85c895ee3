/**
 * The Jackson serializers of the {@link org.reformindicators.io.ReformIndicatorsModule}: one per core type,
 * writing the canonical text forms (periods as {@code 2025-Q3}, codes as strings) that the deserializers of
 * {@link org.reformindicators.io.internal.deser} read back to equal values.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.ser;
