/**
 * Internal: the Jackson bindings of composite-index methodologies and composite results. Not part of the
 * API; use {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.composite;
