package org.reformindicators.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.TimeSeries;
import org.reformindicators.core.period.CalendarMonth;

/**
 * Building an {@link ObservationSet} of 1,008,000 monthly observations (700 communes × 45 series × 32 months, half
 * of the 30 indicators broken down by {@code LEVEL}) and looking series up in it, the evaluation side's hot path:
 * a {@code PlanEvaluator} asks the set for one series per clause and unit.
 *
 * <p>{@link #build()} is {@link ObservationSet#of}; {@link #lookUp()} is one {@link ObservationSet#series} call
 * (a hash look-up of a series sorted once at build time), against {@link #naiveLookUp()}, which scans the 1
 * million observations for the series and sorts what it finds, as a caller without the index would.
 *
 * <p>Run by hand: {@code ./mvnw -B -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ObservationSetBenchmark -f 1 -wi 2 -i 3}.
 *
 * <p>Measured on 2026-11-28 on the shared 2-core build machine while other builds ran (load average 5 to 6.5),
 * OpenJDK 17.0.15, {@code -f 1 -wi 2 -i 3 -jvmArgs -Xmx6g}, iterations of 1 s (so one {@code build} per
 * iteration); score ± 99.9 % error, {@code build} in ms per set, the look-ups in µs per look-up:
 *
 * <pre>
 * benchmark     breakdown text per comparison   text computed once (two runs)
 * build         9477 ± 27496                     4908 ± 4639     5856 ± 13883
 * lookUp        2.099 ± 6.053                    3.674 ± 22.563  2.578 ± 12.443
 * naiveLookUp   57143 ± 268956                   46256 ± 165785  31725 ± 173119
 * </pre>
 *
 * <p>The first column is the set as merged, whose canonical sort built each key's breakdown text with a stream
 * in every comparison (about 2 × 20 million texts for a million observations); the library now computes it once
 * per observation. Timed by hand in one JVM after warm-up ({@code System.nanoTime}, best of five), the sort took
 * about 1.5 s and the series index about 1.6 s of the 3.1 s build; the rest of the set's cost is hashing a
 * million keys, not a quadratic loop. The errors are wide because the machine was shared; the look-up is four
 * orders of magnitude faster than the scan either way.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ObservationSetBenchmark {

  /** The number of units (communes of a merged province). */
  static final int UNITS = 700;

  /** The number of indicators; the second half is broken down by level. */
  static final int INDICATORS = 30;

  /** The number of months, 2023-01 to 2025-08. */
  static final int MONTHS = 32;

  /** The breakdown values of the broken-down indicators. */
  static final String[] LEVELS = {"DISTRICT", "COMMUNE"};

  private List<Observation> observations;
  private ObservationSet set;
  private IndicatorCode[] codes;
  private UnitCode[] units;
  private BreakdownKey[] levels;
  private int next;

  /** Creates the benchmark state (JMH instantiates it). */
  public ObservationSetBenchmark() {}

  /** Creates the observations, in an order unlike the set's, and the set itself. */
  @Setup(Level.Trial)
  public void setUp() {
    codes = new IndicatorCode[INDICATORS];
    for (int i = 0; i < INDICATORS; i++) {
      codes[i] = IndicatorCode.of(String.format("IND_%02d", i));
    }
    units = new UnitCode[UNITS];
    for (int u = 0; u < UNITS; u++) {
      units[u] = UnitCode.of(String.format("C%04d", u));
    }
    levels = new BreakdownKey[LEVELS.length];
    for (int l = 0; l < LEVELS.length; l++) {
      levels[l] = BreakdownKey.of("LEVEL", LEVELS[l]);
    }
    observations = new ArrayList<>(UNITS * MONTHS * (INDICATORS / 2) * 3);
    for (int m = MONTHS - 1; m >= 0; m--) {
      CalendarMonth month = CalendarMonth.of(2023 + m / 12, 1 + m % 12);
      for (int u = 0; u < UNITS; u++) {
        UnitCode unit = units[u];
        for (int i = 0; i < INDICATORS; i++) {
          double value = (u * 31 + i * 7 + m) % 1000 / 10.0;
          if (i < INDICATORS / 2) {
            observations.add(Observation.builder().indicator(codes[i]).unit(unit).period(month).value(value).build());
          } else {
            for (BreakdownKey level : levels) {
              observations.add(
                  Observation.builder()
                      .indicator(codes[i])
                      .unit(unit)
                      .period(month)
                      .value(value)
                      .breakdown(level)
                      .build());
            }
          }
        }
      }
    }
    set = ObservationSet.of(observations);
  }

  /**
   * Builds the set from the million observations: de-duplication, conflict check, canonical sort, series index.
   *
   * @return the set, consumed by JMH
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ObservationSet build() {
    return ObservationSet.of(observations);
  }

  /**
   * Looks one series up in the built set, a different one each call.
   *
   * @return the series, consumed by JMH
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public TimeSeries lookUp() {
    int k = next++;
    int i = k % INDICATORS;
    UnitCode unit = units[k / INDICATORS % UNITS];
    return i < INDICATORS / 2
        ? set.series(codes[i], unit)
        : set.series(codes[i], unit, levels[k / INDICATORS / UNITS % 2]);
  }

  /**
   * Finds the same series by a linear scan of the observations and a sort by period.
   *
   * @return the series, consumed by JMH
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Observation> naiveLookUp() {
    int k = next++;
    int i = k % INDICATORS;
    UnitCode unit = units[k / INDICATORS % UNITS];
    BreakdownKey breakdown = i < INDICATORS / 2 ? BreakdownKey.TOTAL : levels[k / INDICATORS / UNITS % 2];
    List<Observation> found = new ArrayList<>();
    for (Observation o : observations) {
      if (o.indicator().equals(codes[i]) && o.unit().equals(unit) && o.breakdown().equals(breakdown)) {
        found.add(o);
      }
    }
    found.sort((a, b) -> a.period().compareTo(b.period()));
    return found;
  }
}
