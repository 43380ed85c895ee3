package org.reformindicators.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Target;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;

/**
 * Authors a new provincial plan in YAML and uses it, such as the three-clause example plan {@code
 * digital-procedures-plan.yaml} bundled beside this class.
 *
 * <p>Steps: read the hand-written YAML through {@code io} (which checks every field and the plan's
 * own rules: clause ids, indicators in the catalogue, values within their measure); list its
 * clauses; evaluate them on a small observation file; then show what an author sees for a mistake
 * (a share of 160 %): the problem names the line, the column and the JSON path. The plan and its
 * figures are illustrative.
 *
 * <p>Run it with {@code java -cp examples/target/reform.jar
 * org.reformindicators.examples.AuthorPlanExample}. Not instantiable; its
 * methods are stateless and thread-safe.
 */
public final class AuthorPlanExample {

  /** The example plan, a classpath resource. */
  public static final String PLAN = "/org/reformindicators/examples/author/digital-procedures-plan.yaml";

  /** Its observations, a classpath resource. */
  public static final String OBSERVATIONS =
      "/org/reformindicators/examples/author/digital-procedures-observations.csv";

  private AuthorPlanExample() {}

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
   * @return the problems found in the deliberately broken copy of the plan
   * @throws IOException if a bundled resource cannot be read
   */
  public static java.util.List<Problem> run(PrintStream out) throws IOException {
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    String yaml = resource(PLAN);
    Plan plan = io.readString(yaml, DocumentFormat.YAML, Plan.class);
    out.println(plan.id() + ": " + plan.title().en() + " (" + plan.phase() + ", unit "
        + plan.unitCode() + ")");
    for (Target target : plan.targets()) {
      out.println("  " + target.clauseId() + "  " + target.indicatorCode() + "  "
          + target.kind() + "  deadline " + target.deadline());
    }

    ObservationSet observations;
    try (InputStream in = open(OBSERVATIONS)) {
      observations = ObservationCsvReader.create().read(in, "digital-procedures-observations.csv");
    }
    PlanAssessment assessment = PlanEvaluator.defaults().evaluate(plan, observations);
    out.println("Assessment as of " + assessment.asOf() + ":");
    for (ClauseAssessment clause : assessment.clauses()) {
      out.println("  " + clause.clauseId() + "  " + clause.status() + "  "
          + clause.explanation().en());
    }

    // A typing mistake: 160 % is not a share. The reader reports where it is.
    String broken = yaml.replace("value: 60.0", "value: 160.0");
    try {
      io.readString(broken, DocumentFormat.YAML, Plan.class);
      throw new IllegalStateException("a share of 160 % must be rejected");
    } catch (ReadException e) {
      out.println("A share of 160 % is rejected:");
      for (Problem problem : e.problems()) {
        out.println("  " + problem);
      }
      return e.problems();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = AuthorPlanExample.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("bundled resource missing: " + name);
    }
    return in;
  }
}
