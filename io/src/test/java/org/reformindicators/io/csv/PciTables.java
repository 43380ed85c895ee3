package org.reformindicators.io.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.VietnamUnits;

/**
 * A synthetic, labelled table of the 63 provinces of 2020 × the ten PCI sub-indices (as in the bundled methodology files), in the wide form
 * ({@code area,name,CODE…}) and the same numbers in the long form. The values are made up (a fixed arithmetic
 * pattern between 3.00 and 8.99), not published PCI results. Public so that the CLI's tests (examples, through
 * io's test-jar) use the same table.
 */
public final class PciTables {

  public static final List<String> SUB_INDICES = List.of("PCI_ENTRY_COSTS", "PCI_LAND_ACCESS", "PCI_TRANSPARENCY",
      "PCI_TIME_COSTS", "PCI_INFORMAL_CHARGES", "PCI_POLICY_BIAS", "PCI_PROACTIVITY", "PCI_BUSINESS_SUPPORT",
      "PCI_LABOR_TRAINING", "PCI_LEGAL_INSTITUTIONS");

  private PciTables() {}

  /** The 63 provinces existing on 1 January 2020, in code order. */
  public static List<AdministrativeUnit> provinces() {
    return VietnamUnits.registry().existingOn(LocalDate.of(2020, 1, 1), AdministrativeLevel.PROVINCE).stream()
        .sorted(java.util.Comparator.comparing(AdministrativeUnit::code)).toList();
  }

  /** The made-up value of a sub-index of a province: 3.00 to 8.99, two decimals. */
  public static String value(int province, int subIndex) {
    int hundredths = 300 + (province * 37 + subIndex * 91 + province * subIndex * 13) % 600;
    return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
  }

  /** The wide table, {@code area,name,PCI_ENTRY_COSTS,…} (no period column when {@code period} is null). */
  public static String wide(String period) {
    StringBuilder text = new StringBuilder("area,name").append(period == null ? "" : ",period");
    SUB_INDICES.forEach(code -> text.append(',').append(code));
    text.append('\n');
    List<AdministrativeUnit> provinces = provinces();
    for (int p = 0; p < provinces.size(); p++) {
      AdministrativeUnit unit = provinces.get(p);
      text.append(unit.code()).append(",\"").append(unit.nameVi()).append('"');
      if (period != null) {
        text.append(',').append(period);
      }
      for (int s = 0; s < SUB_INDICES.size(); s++) {
        text.append(',').append(value(p, s));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** The same numbers in the long form, {@code indicator,area,period,value}. */
  public static String longForm(String period) {
    StringBuilder text = new StringBuilder("indicator,area,period,value\n");
    List<AdministrativeUnit> provinces = provinces();
    for (int p = 0; p < provinces.size(); p++) {
      for (int s = 0; s < SUB_INDICES.size(); s++) {
        text.append(SUB_INDICES.get(s)).append(',').append(provinces.get(p).code()).append(',').append(period)
            .append(',').append(value(p, s)).append('\n');
      }
    }
    return text.toString();
  }
}
