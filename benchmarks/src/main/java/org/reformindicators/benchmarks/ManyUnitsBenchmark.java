package org.reformindicators.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.evaluation.PlanEvaluator;

/**
 * Scenario 2 of issue 14: the Quảng Ngãi plan (38 clauses) evaluated for 3,321 units with five years of
 * observations each ({@link QuangNgaiUnits}), in one call ({@link #evaluateEach}, the assessments streamed to a
 * consumer) against 3,321 single-unit evaluations of the plan written for each unit ({@link
 * #singleUnitBaseline}). One operation is all 3,321 units, 126,198 clause assessments.
 *
 * <p>Run from the repository's root: see {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class ManyUnitsBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private QuangNgaiUnits data;
  private long cpuNanos;
  private long operations;

  /** Creates the benchmark; JMH instantiates it. */
  public ManyUnitsBenchmark() {}

  /** Builds the plan, the units and their observations. */
  @Setup
  public void setUp() {
    data = QuangNgaiUnits.load(QuangNgaiUnits.UNITS);
  }

  /**
   * The plan template evaluated for every unit in one call.
   *
   * @param blackhole consumes each unit's assessment
   */
  @Benchmark
  public void evaluateEach(Blackhole blackhole) {
    long start = THREADS.getCurrentThreadCpuTime();
    PlanEvaluator.defaults().evaluateEach(data.plan, data.units, data.observations, QuangNgaiUnits.AS_OF, blackhole::consume);
    count(start);
  }

  /**
   * The baseline: the plan written for each unit, evaluated unit by unit as a user of the single-unit API would.
   *
   * @param blackhole consumes each unit's assessment
   */
  @Benchmark
  public void singleUnitBaseline(Blackhole blackhole) {
    long start = THREADS.getCurrentThreadCpuTime();
    PlanEvaluator evaluator = PlanEvaluator.defaults();
    for (AdministrativeUnit unit : data.units) {
      blackhole.consume(
          evaluator.evaluate(data.plan.withUnitCode(unit.code()), data.observations, QuangNgaiUnits.AS_OF));
    }
    count(start);
  }

  /** Adds one operation's thread CPU time: the machine is shared, so wall time is not time on a core. */
  private void count(long start) {
    cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    operations++;
  }

  /** Starts each iteration's CPU count afresh: every iteration, warm-up or measured, prints its own figure. */
  @Setup(Level.Iteration)
  public void resetCpuCount() {
    cpuNanos = 0;
    operations = 0;
  }

  /** Prints the iteration's thread CPU time per operation and clause assessments per CPU second. */
  @TearDown(Level.Iteration)
  public void printCpu() {
    if (operations > 0) {
      double perOp = cpuNanos / 1e6 / operations;
      long clauses = (long) data.units.size() * data.plan.targets().size();
      System.out.printf(
          "%n  [cpu] %.1f ms CPU/op, %.0f clause assessments per CPU second%n", perOp, clauses / (perOp / 1e3));
    }
  }
}
