package org.reformindicators.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.ObservationCsvReader;

/**
 * Embeds the evaluation engine in an application: loads the Quảng Ngãi plan (Decision
 * 1256/QĐ-UBND) and its observations, evaluates the plan as of 2021 and as of the latest data, and
 * uses the result objects, such as {@code T1b ON_TRACK: PAR INDEX 39/63 in 2021}.
 *
 * <p>The engine ({@link PlanEvaluator}) is stateless and thread-safe: one instance serves every
 * plan, unit and period. Its answers are values ({@link PlanAssessment}, {@link ClauseAssessment})
 * with machine status codes ({@link ProgressStatus}) and explanations in Vietnamese and English.
 *
 * <p>Run it with {@code java -cp examples/target/reform.jar
 * org.reformindicators.examples.EmbedEngineExample}. Not instantiable; its
 * methods are stateless and thread-safe.
 */
public final class EmbedEngineExample {

  private EmbedEngineExample() {}

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
   * @return the assessment as of the latest period in the data of the plan's own clause series
   * @throws IOException if a bundled resource cannot be read
   */
  public static PlanAssessment run(PrintStream out) throws IOException {
    Plan plan;
    try (InputStream in = open("/org/reformindicators/examples/quang-ngai/plan-1256.yaml")) {
      plan = ReformIndicatorsIo.create().read(in, DocumentFormat.YAML, Plan.class, "plan-1256.yaml");
    }
    ObservationSet observations;
    try (InputStream in = open("/org/reformindicators/examples/quang-ngai/observations.csv")) {
      observations = ObservationCsvReader.create().read(in, "observations.csv");
    }

    PlanEvaluator engine = PlanEvaluator.defaults();

    // The PAR INDEX targets right after the 2021 results (63/63 in 2020, 39/63 in 2021: Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022).
    PlanAssessment in2021 = engine.evaluate(plan, observations, CalendarYear.of(2021));
    for (ClauseId id : new ClauseId[] {ClauseId.of(1, 'a'), ClauseId.of(1, 'b')}) {
      ClauseAssessment clause = in2021.clause(id).orElseThrow();
      out.println(id + " as of 2021: " + clause.status() + " — " + clause.explanation().en());
    }

    // The whole plan as of the latest period in the data of its own clause series, summarised by status.
    PlanAssessment latest = engine.evaluate(plan, observations);
    out.println("As of " + latest.asOf() + ", " + latest.clauses().size() + " clauses:");
    for (Map.Entry<ProgressStatus, Integer> entry : latest.statusCounts().entrySet()) {
      if (entry.getValue() == 0) {
        continue;
      }
      out.println("  " + entry.getKey().labelEn() + " (" + entry.getKey() + "): " + entry.getValue());
    }
    out.println("Clauses at risk or worse:");
    for (ClauseAssessment clause : latest.clauses()) {
      if (clause.status() == ProgressStatus.AT_RISK
          || clause.status() == ProgressStatus.OFF_TRACK
          || clause.status() == ProgressStatus.NOT_ACHIEVED) {
        out.println("  " + clause.clauseId() + " " + clause.status() + ": "
            + plan.indicatorOf(clause.target()).nameEn());
      }
    }
    return latest;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = EmbedEngineExample.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("bundled resource missing: " + name);
    }
    return in;
  }
}
