/**
 * Binding of administrative units ({@link org.reformindicators.core.area.AdministrativeUnit}) and unit
 * registries: a unit is an object with its General Statistics Office code as a string (leading zeros kept),
 * its names, level, parent and validity interval (ISO dates, both inclusive) and its successor and
 * predecessor codes.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.area;
