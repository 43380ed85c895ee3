package org.reformindicators.core.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The bundled Vietnamese administrative units, such as {@code VietnamUnits.registry().find("62",
 * LocalDate.of(2025, 6, 30))} for Kon Tum.
 *
 * <p>The data ({@code vietnam-units.csv} next to this class) holds:
 *
 * <ul>
 *   <li>the 63 provincial-level units of the General Statistics Office list ({@code provinces-2024.csv}), each
 *       valid until {@value #LAST_DAY_OF_63_PROVINCES} (Resolution 202/2025/QH15 of 12 Jun 2025: 34 provincial-level
 *       units from 1 Jul 2025). Their start of validity is left open (not recorded): the list is the one in force
 *       in 2024, and the dates on which each province took its current form (for Hà Nội, the merger of Hà Tây on
 *       2008-08-01) are not part of the sourced data, so none is invented;</li>
 *   <li>the new province Quảng Ngãi, code {@code 51}, valid from {@value #FIRST_DAY_OF_34_PROVINCES}, successor of
 *       the former Quảng Ngãi ({@code 51}) and Kon Tum ({@code 62}) (Resolution 202/2025/QH15). It keeps the code
 *       {@code 51}: the province-level code list of Decision 19/2025/QĐ-TTg (in force from 2025-07-01), as
 *       reproduced by two independent public code lists, gives {@code 51} to Quảng Ngãi.</li>
 * </ul>
 *
 * <p>The other 33 units of the 34-province list and their links are not bundled yet (their codes and
 * compositions were not checked against a source): the other 61 former provinces therefore show no recorded
 * successor. No district or commune is bundled.
 *
 * <p>This class is thread-safe; the registry is loaded once, on first use.
 */
public final class VietnamUnits {

  /** The last day on which the 63 provinces existed. */
  public static final String LAST_DAY_OF_63_PROVINCES = "2025-06-30";

  /** The first day of the 34 provincial-level units (Resolution 202/2025/QH15). */
  public static final String FIRST_DAY_OF_34_PROVINCES = "2025-07-01";

  /** The name of the bundled resource, relative to this class. */
  static final String RESOURCE = "vietnam-units.csv";

  private VietnamUnits() {}

  /**
   * Returns the registry of the bundled units.
   *
   * @return the registry, the same instance on every call
   * @throws IllegalStateException if the bundled data is missing or invalid (a packaging error)
   */
  public static UnitRegistry registry() {
    return Holder.REGISTRY;
  }

  /**
   * Returns the date from which Vietnam has 34 provincial-level units, 2025-07-01.
   *
   * @return the first day of the two-tier local government
   */
  public static LocalDate reorganisationDate() {
    return LocalDate.parse(FIRST_DAY_OF_34_PROVINCES);
  }

  private static UnitRegistry load() {
    try (InputStream in = VietnamUnits.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the class path");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return UnitRegistry.of(UnitCsv.read(reader, RESOURCE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("bundled resource " + RESOURCE + " is invalid: " + e.getMessage(), e);
    }
  }

  /** Loads the registry lazily and once (initialisation-on-demand holder). */
  private static final class Holder {
    static final UnitRegistry REGISTRY = load();
  }
}
