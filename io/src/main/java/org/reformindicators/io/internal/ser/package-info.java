/**
 * The Jackson serializers of the {@link org.reformindicators.io.ReformIndicatorsModule}: one per core type,
 * writing the canonical text forms (periods as {@code 2025-Q3}, codes as strings) that the deserializers of
 * {@link org.reformindicators.io.internal.deser} read back to equal values.
 */
package org.reformindicators.io.internal.ser;
