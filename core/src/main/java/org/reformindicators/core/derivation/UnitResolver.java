package org.reformindicators.core.derivation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;

/**
 * Finds the unit a dossier counts for on its attribution date, such as a dossier received by Kon Tum (62) in June
 * 2025 and completed in July 2025, which counts for the new Quảng Ngãi (51) through Kon Tum's successor link.
 *
 * <p>The dossier's unit code names the unit as it was on the received date. If that unit still exists on the
 * attribution date, the dossier counts for it; otherwise its successor links are followed to the units existing on
 * that date ({@link UnitRegistry#successorsExistingOn}), and the dossier counts for the one it reaches. It is not
 * attributed, with a reason, when the code is unknown, no unit had it on the received date, or the links reach no
 * unit or several. Without a registry every code counts as it is. Mutable (a cache) and not thread-safe.
 */
final class UnitResolver {

  private final Optional<UnitRegistry> registry;
  private final Map<UnitCode, List<AdministrativeUnit>> versions = new HashMap<>();
  private String reason;

  UnitResolver(Optional<UnitRegistry> registry) {
    this.registry = registry;
  }

  /** Returns the code of the unit the dossier counts for, or {@code null} with {@link #reason()} set. */
  UnitCode resolve(UnitCode code, LocalDate received, LocalDate attribution) {
    if (registry.isEmpty()) {
      return code;
    }
    List<AdministrativeUnit> known = versions.computeIfAbsent(code, registry.get()::versionsOf);
    if (known.isEmpty()) {
      reason = "unit '" + code + "' is not in the unit registry";
      return null;
    }
    AdministrativeUnit unit = null;
    for (AdministrativeUnit version : known) {
      if (version.existsOn(received)) {
        unit = version;
        break;
      }
    }
    if (unit == null) {
      reason = "no unit had the code '" + code + "' on the received date " + received;
      return null;
    }
    if (unit.existsOn(attribution)) {
      return code;
    }
    List<AdministrativeUnit> successors = registry.get().successorsExistingOn(unit, attribution);
    if (successors.size() == 1) {
      return successors.get(0).code();
    }
    reason =
        successors.isEmpty()
            ? "unit '" + code + "' ended before " + attribution + " and no successor existing then is recorded"
            : "unit '" + code + "' ended before " + attribution + " and was split into "
                + successors.stream().map(AdministrativeUnit::code).toList()
                + "; a dossier cannot be attributed to one of them";
    return null;
  }

  /** The reason of the last failed resolution. */
  String reason() {
    return reason;
  }
}
