package org.reformindicators.io.fuzz;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.ObservationCsvReader;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadResult;

/**
 * The observation CSV read three ways by {@link ObservationCsvReader}: strictly into a set (which reports
 * repeated records), leniently (valid records and every rejected one), and streaming to a consumer (each
 * problem passed on as found). A seed whose name holds {@code .semicolon.} is read with {@link
 * CsvDialect#SEMICOLON_DECIMAL_COMMA}.
 */
enum CsvTarget implements FuzzTarget {
  /** The observation CSV. */
  OBSERVATIONS;

  private static final String[] VARIANTS = {"strict set", "lenient", "streaming"};

  @Override
  public String id() {
    return "observation-csv";
  }

  @Override
  public String corpus() {
    return "observation-csv";
  }

  @Override
  public int defaultIterations() {
    return 3_000;
  }

  @Override
  public int variants() {
    return VARIANTS.length;
  }

  @Override
  public String variantName(int variant) {
    return VARIANTS[variant];
  }

  @Override
  public Outcome read(Seed seed, byte[] input, int variant) {
    CsvDialect dialect = seed.name().contains(".semicolon.") ? CsvDialect.SEMICOLON_DECIMAL_COMMA : CsvDialect.STANDARD;
    List<Problem> streamed = new ArrayList<>();
    try {
      switch (variant) {
        case 0 -> {
          ObservationSet set = ObservationCsvReader.create(ReadOptions.defaults(), dialect)
              .read(new ByteArrayInputStream(input), DocumentTarget.SOURCE);
          return new Outcome(set, false, List.of(), null, List.of(), set.size(), -1, true);
        }
        case 1 -> {
          ReadResult<Observation> result = ObservationCsvReader.create(ReadOptions.defaults().lenient(), dialect)
              .readLenient(new ByteArrayInputStream(input), DocumentTarget.SOURCE);
          List<String> violations = new ArrayList<>();
          long lines = result.problems().stream().map(p -> MessageRules.line(p.location())).distinct().count();
          if (result.totalProblems() == result.problems().size() && result.rejectedRecords() != lines) {
            violations.add("lenient read counts " + result.rejectedRecords() + " rejected records for problems on " + lines + " lines");
          }
          return new Outcome(result.records(), !result.problems().isEmpty(), result.problems(), null, violations,
              result.records().size(), result.rejectedRecords(), true);
        }
        default -> {
          List<Observation> sink = new ArrayList<>();
          long delivered = ObservationCsvReader.create(ReadOptions.defaults(), dialect)
              .read(new ByteArrayInputStream(input), DocumentTarget.SOURCE, sink::add, streamed::add);
          List<String> violations = new ArrayList<>();
          if (delivered != sink.size()) {
            violations.add("streaming read returned " + delivered + " but delivered " + sink.size());
          }
          if (!streamed.isEmpty()) {
            violations.add("streaming read passed " + streamed.size() + " problems but did not fail: " + streamed.get(0));
          }
          return new Outcome(sink, false, List.of(), null, violations, sink.size(), -1, false);
        }
      }
    } catch (ReadException e) {
      List<String> violations = new ArrayList<>();
      List<String> denied = MessageRules.denied(String.valueOf(e.getMessage()));
      if (!denied.isEmpty()) {
        violations.add("deny list " + denied + " in the exception message: " + e.getMessage());
      }
      if (variant == 2 && !startsWith(streamed, e.problems())) {
        violations.add("streaming read withheld a problem from the consumer: consumer got " + streamed.size()
            + ", exception lists " + e.problems().size() + (e.problems().isEmpty() ? "" : ", first " + e.problems().get(0)));
      }
      return new Outcome(null, true, e.problems(), null, violations, -1, -1, variant != 2);
    } catch (Throwable e) { // the property is that nothing else is ever thrown, errors included
      return Outcome.unexpected(e);
    }
  }

  private static boolean startsWith(List<Problem> streamed, List<Problem> listed) {
    return streamed.size() >= listed.size() && streamed.subList(0, listed.size()).equals(listed);
  }
}
