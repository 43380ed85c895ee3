package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.reformindicators.io.problem.Problem;

/**
 * The property of issue 12 for one mutated input: the reader returns a value, or refuses with its documented
 * exception whose every problem is located and plain; never anything else. On top, what the mutation demands
 * ({@link Expectation}): a neutral change reads as the seed did; a value that must be refused is, with problems
 * on exactly the lines broken (every bad record reported, no follow-on error elsewhere).
 */
final class PropertyCheck {

  private PropertyCheck() {}

  /**
   * Returns the rules the outcome breaks.
   *
   * @param mutant the input and what it demands
   * @param outcome what the reader did with it
   * @param seedOutcome what the reader did with the unmutated seed, read the same way
   * @param syntax the syntax of the seed: a CSV's problems are located by line and column name, a document's by
   *     line and JSON pointer
   * @return the violations, each a sentence whose start names the rule; empty when the property holds
   */
  static List<String> check(Mutant mutant, Outcome outcome, Outcome seedOutcome, Syntax syntax) {
    List<String> violations = new ArrayList<>();
    if (outcome.unexpected() != null) {
      violations.add("threw " + describe(outcome.unexpected()));
      return violations;
    }
    boolean csv = syntax == Syntax.CSV;
    int lines = Bytes.lineCount(mutant.bytes());
    for (Problem problem : outcome.problems()) {
      violations.addAll(MessageRules.check(problem, csv, lines));
    }
    // the target's own findings (e.g. a denied word in the exception message) come after the problems' own
    violations.addAll(outcome.violations());
    if (!outcome.refused() && outcome.value() == null) {
      violations.add("returned null without a problem");
    }
    Expectation expectation = mutant.expectation();
    if (expectation instanceof Expectation.SameAsSeed && seedOutcome.unexpected() == null && !seedOutcome.refused()) {
      if (outcome.refused()) {
        violations.add("refused an input that differs from a valid seed only by " + mutant.detail() + ": "
            + (outcome.problems().isEmpty() ? "" : outcome.problems().get(0)));
      } else if (!Objects.equals(outcome.value(), seedOutcome.value())) {
        violations.add("read another value than the seed's after only " + mutant.detail());
      }
    } else if (expectation instanceof Expectation.Refused refused && (outcome.detectsRepeats() || !refused.why().equals(ValueMutators.REPEATED_RECORD))) {
      checkRefused(refused, outcome, seedOutcome, violations);
    }
    return violations;
  }

  private static void checkRefused(Expectation.Refused refused, Outcome outcome, Outcome seedOutcome, List<String> violations) {
    if (!outcome.refused()) {
      violations.add("accepted " + refused.why() + " silently");
      return;
    }
    if (refused.lines().isEmpty() || outcome.problems().isEmpty()) {
      return;
    }
    SortedSet<Integer> lines = new TreeSet<>();
    for (Problem problem : outcome.problems()) {
      lines.add(MessageRules.line(problem.location()));
    }
    if (!lines.equals(refused.lines()) && !endedAtLastProblem(lines, refused.lines(), outcome.problems())) {
      Problem off = outcome.problems().stream()
          .filter(p -> !refused.lines().contains(MessageRules.line(p.location())))
          .findFirst()
          .orElse(null);
      violations.add("problems on lines " + lines + " where " + refused.why() + " is on lines " + refused.lines()
          + (off == null ? ": a broken line went unreported" : ": " + off));
    }
    if (outcome.rejected() >= 0 && outcome.rejected() != refused.lines().size()
        && refused.recordsChange().isPresent()) {
      violations.add("lenient read rejected " + outcome.rejected() + " records where " + refused.lines().size() + " were broken");
    }
    if (outcome.records() >= 0 && seedOutcome.records() >= 0 && refused.recordsChange().isPresent()
        && outcome.records() != seedOutcome.records() + refused.recordsChange().getAsInt()) {
      violations.add("lenient read kept " + outcome.records() + " records, the seed has " + seedOutcome.records()
          + " and " + refused.lines().size() + " were broken");
    }
  }

  /**
   * Tells whether the read may have ended at its last problem: a syntax error or an exceeded read limit (such as
   * {@code 1:30} or a 400-digit number in JSON) leaves the parser where it cannot go on, so the broken lines after
   * it may go unreported. Every broken line up to it, and the line of the last problem itself (the fatal one,
   * always reported last), must be reported, and no problem may lie off the broken lines. The oracle cannot tell
   * a fatal last problem from another, so this also accepts a read whose last problem is not fatal and that
   * drops later broken lines; {@code DocumentReliabilityTest} pins that such problems are reported.
   */
  private static boolean endedAtLastProblem(SortedSet<Integer> reported, SortedSet<Integer> broken, List<Problem> problems) {
    int last = MessageRules.line(problems.get(problems.size() - 1).location());
    return broken.contains(last) && reported.last() == last && reported.equals(broken.headSet(last + 1));
  }

  /**
   * Describes a throwable for a failure: its class, message and the first frame of the project's code.
   *
   * @param thrown the throwable
   * @return e.g. {@code IllegalStateException: Current state = FLUSHED… at StrictUtf8Reader.read}
   */
  static String describe(Throwable thrown) {
    StackTraceElement where = null;
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (frame.getClassName().startsWith("org.reformindicators.") && !frame.getClassName().contains(".fuzz.")) {
        where = frame;
        break;
      }
    }
    if (where == null && thrown.getStackTrace().length > 0) {
      where = thrown.getStackTrace()[0];
    }
    String message = String.valueOf(thrown.getMessage());
    if (message.length() > 300) {
      message = message.substring(0, 300) + "…";
    }
    String at = where == null ? "" : " at " + where.getClassName().replaceAll(".*\\.", "") + "." + where.getMethodName() + ":" + where.getLineNumber();
    return thrown.getClass().getName() + ": " + message + at;
  }
}
