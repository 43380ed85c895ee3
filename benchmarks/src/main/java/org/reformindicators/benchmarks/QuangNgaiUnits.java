package org.reformindicators.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.ObservationCsvReader;

/**
 * The data of the many-unit scenarios: the bundled Quảng Ngãi plan (38 clauses) as a template for 3,321 units with
 * generated commune codes ({@code 00001} … {@code 03321}: the number of communes after 1 July 2025, no commune list
 * invented), each with the bundled observations of the five years 2020–2024 (values shifted per unit so that
 * units differ), assessed as of 2024.
 *
 * <p>The plan and observations are read from the repository ({@code examples/src/main/resources/…/quang-ngai}),
 * relative to the working directory or to the system property {@code reform.repo}; run the benchmarks from the
 * repository's root. Immutable after construction.
 */
final class QuangNgaiUnits {

  /** The number of communes of Vietnam from 1 July 2025. */
  static final int UNITS = 3_321;

  /** The period every unit is assessed as of. */
  static final ReportingPeriod AS_OF = CalendarYear.of(2024);

  final Plan plan;
  final List<AdministrativeUnit> units;
  final ObservationSet observations;

  private QuangNgaiUnits(Plan plan, List<AdministrativeUnit> units, ObservationSet observations) {
    this.plan = plan;
    this.units = units;
    this.observations = observations;
  }

  /** Loads the plan and builds the units and their observations. */
  static QuangNgaiUnits load(int unitCount) {
    Path dir = Path.of(System.getProperty("reform.repo", "."))
        .resolve("examples/src/main/resources/org/reformindicators/examples/quang-ngai");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          dir.toAbsolutePath() + " is not a directory: run the benchmarks from the repository's root or set"
              + " -Dreform.repo=PATH");
    }
    try {
      Plan plan = ReformIndicatorsIo.create().readPlan(dir.resolve("plan-1256.yaml"));
      ObservationSet bundled = ObservationCsvReader.create().read(dir.resolve("observations.csv"));
      List<Observation> fiveYears = new ArrayList<>();
      for (Observation o : bundled.observations()) {
        int year = o.period().startDate().getYear();
        if (year >= 2020 && year <= 2024 && o.period().endDate().getYear() == year) {
          fiveYears.add(o);
        }
      }
      List<AdministrativeUnit> units = new ArrayList<>(unitCount);
      List<Observation> all = new ArrayList<>(unitCount * fiveYears.size());
      for (int u = 1; u <= unitCount; u++) {
        UnitCode code = UnitCode.of(String.format("%05d", u));
        units.add(AdministrativeUnit.builder().code(code).nameVi("Xã " + code).level(AdministrativeLevel.COMMUNE).build());
        double shift = (u % 7) * 0.5;
        for (Observation o : fiveYears) {
          Observation.Builder copy = Observation.builder().from(o).unit(code);
          if (o.value().isPresent() && o.universe().isEmpty() && o.value().getAsDouble() >= shift) {
            copy.value(o.value().getAsDouble() - shift);
          }
          all.add(copy.build());
        }
      }
      return new QuangNgaiUnits(plan, List.copyOf(units), ObservationSet.of(all));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
