package org.reformindicators.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.ObservationCsvReader;

/** One local[2] session for every test class of the module, and the bundled Quảng Ngãi data. */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("reform-indicators-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  static Path quangNgai() {
    return Path.of(System.getProperty("reform.repo", ".."))
        .resolve("examples/src/main/resources/org/reformindicators/examples/quang-ngai");
  }

  static Plan plan() {
    try {
      return ReformIndicatorsIo.create().readPlan(quangNgai().resolve("plan-1256.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Observation> bundledObservations() {
    try {
      return List.copyOf(ObservationCsvReader.create().read(quangNgai().resolve("observations.csv")).observations());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<AdministrativeUnit> communes(int count) {
    List<AdministrativeUnit> units = new ArrayList<>();
    for (int u = 1; u <= count; u++) {
      UnitCode code = UnitCode.of(String.format("%05d", u));
      units.add(AdministrativeUnit.builder().code(code).nameVi("Xã " + code).level(AdministrativeLevel.COMMUNE).build());
    }
    return units;
  }

  /** The bundled observations copied to each unit, shifted per unit so that units differ. */
  static List<Observation> observationsOf(List<AdministrativeUnit> units, List<Observation> bundled) {
    List<Observation> all = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      double shift = (u % 7) * 0.5;
      for (Observation o : bundled) {
        Observation.Builder copy = Observation.builder().from(o).unit(units.get(u).code());
        if (o.value().isPresent() && o.universe().isEmpty() && o.value().getAsDouble() >= shift) {
          copy.value(o.value().getAsDouble() - shift);
        }
        all.add(copy.build());
      }
    }
    return all;
  }
}
