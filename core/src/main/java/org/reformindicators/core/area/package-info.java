/**
 * Administrative units (đơn vị hành chính) and their history: the {@link
 * org.reformindicators.core.area.AdministrativeUnit} identified by its General Statistics Office code together
 * with its validity interval (a successor may keep the code, as Quảng Ngãi {@code 51} did on 2025-07-01), its
 * {@link org.reformindicators.core.area.AdministrativeLevel}, parent and predecessor/successor links; the {@link
 * org.reformindicators.core.area.UnitRegistry} that answers "what existed on date D" and "what succeeds X"; and
 * the bundled Vietnamese data loaded by {@link org.reformindicators.core.area.VietnamUnits}.
 *
 * <p>Unit codes, units and the {@link org.reformindicators.core.area.UnitRegistry} are {@link java.io.Serializable}:
 * Java serialization ships them between JVMs of the same library version inside one job (Spark's executors); it is
 * not a storage or exchange format, which is io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.area;

import org.reformindicators.core.internal.ValueStyle;
