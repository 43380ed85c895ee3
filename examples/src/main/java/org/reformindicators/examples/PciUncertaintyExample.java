package org.reformindicators.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.ranking.Ranking;
import org.reformindicators.core.composite.uncertainty.UncertaintyAnalysis;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.composite.uncertainty.UncertaintyResult;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.ObservationCsvReader;

/**
 * Recomputes the PCI 2020 of five central provinces from their ten sub-indices and measures how
 * robust their ranks are to the weights, such as {@code 51 Quảng Ngãi 63.18 rank 4, 90 % interval
 * 3–5}.
 *
 * <p>Steps: read the bundled {@code pci} methodology through {@code io}; read the observation CSV;
 * build a {@link DataMatrix} (one row per province, one column per sub-index); compute the totals
 * exactly in decimal ({@link CompositeCalculator}); rank them; run a seeded Monte Carlo analysis
 * with ±25 % noise on the weights ({@link UncertaintyAnalysis}). Only Quảng Ngãi's sub-indices are
 * published figures (VCCI, PCI 2020 provincial profile of Quảng Ngãi); the other provinces' values are illustrative samples.
 *
 * <p>Run it with {@code java -cp examples/target/reform.jar
 * org.reformindicators.examples.PciUncertaintyExample}. Not instantiable; its
 * methods are stateless and thread-safe.
 */
public final class PciUncertaintyExample {

  private PciUncertaintyExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   * @throws IOException if a bundled resource cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the rank intervals, one per province, best nominal rank first
   * @throws IOException if a bundled resource cannot be read
   */
  public static List<UnitRankInterval> run(PrintStream out) throws IOException {
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    CompositeIndex pci;
    try (InputStream in = resource("/org/reformindicators/io/methodologies/pci.yaml")) {
      pci = io.read(in, DocumentFormat.YAML, CompositeIndex.class, "pci.yaml");
    }
    ObservationSet observations;
    try (InputStream in = resource("/org/reformindicators/examples/pci-provinces-2020.csv")) {
      observations = ObservationCsvReader.create().read(in, "pci-provinces-2020.csv");
    }

    // One row per province, one column per sub-index, in the methodology's order.
    List<ComponentCode> codes = new ArrayList<>();
    for (IndexNode leaf : pci.leaves()) {
      codes.add(leaf.code());
    }
    CalendarYear year = CalendarYear.of(2020);
    DataMatrix.Builder matrix = DataMatrix.builder(codes);
    for (UnitCode province : observations.units()) {
      BigDecimal[] row = new BigDecimal[codes.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = observations.find(IndicatorCode.of(codes.get(i).value()), province, year)
            .map(Observation::value)
            .filter(value -> value.isPresent())
            .map(value -> BigDecimal.valueOf(value.getAsDouble()))
            .orElse(null);
      }
      matrix.row(province, row);
    }
    DataMatrix data = matrix.build();

    CompositeResult result = CompositeCalculator.evaluate(pci, data);
    Ranking ranking = result.ranking();
    UncertaintyResult uncertainty =
        UncertaintyAnalysis.run(
            pci, data, UncertaintyOptions.builder().draws(2_000).seed(1).weightNoise(0.25).build());

    out.println("PCI 2020 recomputed from the sub-indices (" + pci.source() + ")");
    out.println("area  total   rank  5–95 % rank (median), 2000 draws, weights ±25 %");
    List<UnitRankInterval> intervals = new ArrayList<>(uncertainty.intervals());
    intervals.sort((a, b) -> Integer.compare(a.nominalRank(), b.nominalRank()));
    for (UnitRankInterval interval : intervals) {
      out.printf(Locale.ROOT, "%-4s  %6s  %4d  %.0f–%.0f (%.1f)%n",
          interval.unit(), result.total(interval.unit()).map(BigDecimal::toPlainString).orElse("—"),
          ranking.place(interval.unit()).orElse(0),
          interval.lowerRank(), interval.upperRank(), interval.medianRank());
    }
    out.println("Quảng Ngãi (51): published sub-indices, published total 63.20 (VCCI, PCI 2020 provincial profile);"
        + " the other provinces are illustrative samples.");
    return intervals;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = PciUncertaintyExample.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("bundled resource missing: " + name);
    }
    return in;
  }
}
