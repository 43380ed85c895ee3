/**
 * Binding of administrative units ({@link org.reformindicators.core.area.AdministrativeUnit}) and unit
 * registries: a unit is an object with its General Statistics Office code as a string (leading zeros kept),
 * its names, level, parent and validity interval (ISO dates, both inclusive) and its successor and
 * predecessor codes.
 */
package org.reformindicators.io.internal.area;
