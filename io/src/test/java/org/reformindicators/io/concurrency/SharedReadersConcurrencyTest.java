package org.reformindicators.io.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.csv.ObservationCsvWriter;
import org.reformindicators.io.problem.ReadException;

/**
 * One {@link PlanEvaluator} and one {@link ReformIndicatorsIo}, shared by eight threads that read plans,
 * observations and methodologies and evaluate every plan as of several periods, give exactly the results of
 * the same work done in one thread (issue 12, "Concurrency").
 *
 * <p>The work is seeded: the Quảng Ngãi plan (the bundled one in YAML, and the golden {@code plan.json}, the
 * same plan as io writes it in JSON), the small plans of the fuzz corpus, observations generated for each plan's
 * catalogue (written as a CSV file read through {@link ReformIndicatorsIo#readObservations(Path)} and as a JSON
 * document), the golden observations, the bundled methodologies and the golden demo index; every plan is
 * evaluated as of five periods and as of its data's latest period; a plan and a CSV with bad records are read
 * too, and their problems compared. All threads wait
 * on one latch and start together, each taking the next task of a shuffled queue, so that reads and
 * evaluations of the same and of different inputs overlap as much as possible. Results are compared whole
 * with {@code equals}.
 */
class SharedReadersConcurrencyTest {

  private static final int THREADS = 8;
  private static final long SEED = 20_261_128L;
  private static final List<ReportingPeriod> AS_OF =
      Stream.of("2021", "2022", "2023-S1", "2024-Q3", "2025").map(ReportingPeriod::parse).toList();

  /** The reader shared by all threads, as an application would share it. */
  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();

  /** The engine shared by all threads. */
  private static final PlanEvaluator ENGINE = PlanEvaluator.defaults();

  @TempDir static Path directory;

  /** The workload, built once for both tests. */
  private static List<Task> workload;

  /** A document in memory ({@code format} YAML or JSON), or an observation CSV file ({@code csv}). */
  private record Source(String name, byte[] bytes, DocumentFormat format, Path csv) {
    static Source document(String name, byte[] bytes, DocumentFormat format) {
      return new Source(name, bytes, format, null);
    }

    static Source csvFile(String name, Path file) {
      return new Source(name, null, null, file);
    }

    Object read(Class<?> type) throws IOException {
      if (csv != null) {
        return IO.readObservations(csv); // through the facade, which picks the CSV reader by the extension
      }
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        return IO.read(in, format, type, name);
      }
    }
  }

  /** One unit of work: read a plan, its observations and a methodology, then evaluate as of every period. */
  private record Task(int id, Source plan, Source observations, String methodology) {
    @Override
    public String toString() {
      return "task " + id + ": " + plan.name() + " with " + observations.name() + ", methodology " + methodology;
    }
  }

  /**
   * Everything a task computed: the plan and the observations read (or the problems of a bad file), the
   * assessments as of each period of {@link #AS_OF} and then as of the data (none when a read failed), and the
   * methodology read.
   */
  private record Result(Object plan, Object observations, List<PlanAssessment> assessments, CompositeIndex methodology) {}

  @Test
  void eightThreadsSharingOneEngineAndOneReaderGiveTheSequentialResults() throws Exception {
    List<Task> tasks = tasks();
    Map<Integer, Result> sequential = new ConcurrentHashMap<>();
    for (Task task : tasks) {
      sequential.put(task.id(), run(task));
    }

    List<Task> shuffled = new ArrayList<>(tasks);
    Collections.shuffle(shuffled, new Random(SEED));
    ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>(shuffled);
    Map<Integer, Result> concurrent = new ConcurrentHashMap<>();
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        workers.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          int done = 0;
          for (Task task = queue.poll(); task != null; task = queue.poll()) {
            concurrent.put(task.id(), run(task));
            done++;
          }
          return done;
        }));
      }
      ready.await();
      start.countDown();
      int done = 0;
      for (Future<Integer> worker : workers) {
        done += worker.get();
      }
      assertEquals(tasks.size(), done);
    } finally {
      pool.shutdownNow();
    }

    assertEquals(sequential.keySet(), concurrent.keySet());
    for (Task task : tasks) {
      Result expected = sequential.get(task.id());
      Result actual = concurrent.get(task.id());
      assertEquals(expected.plan(), actual.plan(), task::toString);
      assertEquals(expected.observations(), actual.observations(), task::toString);
      assertEquals(expected.methodology(), actual.methodology(), task::toString);
      assertEquals(expected.assessments().size(), actual.assessments().size(), task::toString);
      for (int i = 0; i < expected.assessments().size(); i++) {
        int period = i;
        assertEquals(expected.assessments().get(i), actual.assessments().get(i),
            () -> task + " as of " + (period < AS_OF.size() ? AS_OF.get(period) : "the latest period"));
      }
    }
  }

  @Test
  void theWorkloadCoversEveryKindOfInputAndEveryClauseIsJudged() throws Exception {
    List<Task> tasks = tasks();
    assertTrue(tasks.stream().map(t -> t.plan().format()).distinct().count() == 2, "plans in YAML and JSON");
    assertTrue(tasks.stream().anyMatch(t -> t.observations().csv() != null), "observations from CSV files");
    assertTrue(tasks.size() >= 45, tasks.size() + " tasks");
    assertTrue(tasks.stream().anyMatch(t -> t.observations().name().equals("golden observations.csv")), "the golden CSV");
    assertTrue(tasks.stream().anyMatch(t -> t.observations().name().equals("golden observations.json")), "the golden JSON");
    Task quangNgai = tasks.stream().filter(t -> t.plan().name().equals("quang-ngai-1256.yaml")).findFirst().orElseThrow();
    Result result = run(quangNgai);
    assertEquals(AS_OF.size() + 1, result.assessments().size());
    for (PlanAssessment assessment : result.assessments()) {
      assertEquals(38, assessment.clauses().size());
      assertEquals(((Plan) result.plan()).clauseIds(), assessment.clauses().stream().map(c -> c.clauseId()).toList());
    }
    assertTrue(tasks.stream().anyMatch(t -> t.plan().name().contains("bad targets")), "a bad plan");
    assertTrue(tasks.stream().anyMatch(t -> t.observations().name().contains("bad records")), "a bad CSV");
    for (Task task : tasks) {
      if (task.plan().name().contains("bad targets")) {
        assertTrue(run(task).plan() instanceof List<?> problems && problems.size() == 2, task::toString);
      }
    }
  }

  private static Result run(Task task) throws IOException {
    Object plan = readOrProblems(task.plan(), Plan.class);
    Object observations = readOrProblems(task.observations(), ObservationSet.class);
    List<PlanAssessment> assessments = new ArrayList<>();
    if (plan instanceof Plan p && observations instanceof ObservationSet o) {
      for (ReportingPeriod asOf : AS_OF) {
        assessments.add(ENGINE.evaluate(p, o, asOf));
      }
      assessments.add(ENGINE.evaluate(p, o));
    }
    CompositeIndex methodology = task.methodology().equals("demo-index")
        ? IO.read(new ByteArrayInputStream(resource("golden/v1/demo-index.yaml")), DocumentFormat.YAML, CompositeIndex.class, "demo-index.yaml")
        : IO.bundledMethodology(task.methodology());
    return new Result(plan, observations, List.copyOf(assessments), methodology);
  }

  /** Reads a source, or returns the problems of the {@link ReadException}, which must be the same in any thread. */
  private static Object readOrProblems(Source source, Class<?> type) throws IOException {
    try {
      return source.read(type);
    } catch (ReadException e) {
      return e.problems();
    }
  }

  /** The seeded workload: every plan with its generated and the golden observations. */
  private static synchronized List<Task> tasks() throws IOException {
    if (workload == null) {
      workload = List.copyOf(buildTasks());
    }
    return workload;
  }

  private static List<Task> buildTasks() throws IOException {
    List<Source> plans = new ArrayList<>();
    byte[] quangNgai = resource("plans/quang-ngai-1256.yaml");
    plans.add(Source.document("quang-ngai-1256.yaml", quangNgai, DocumentFormat.YAML));
    plans.add(Source.document("golden plan.json (the same plan, as io writes it)", resource("golden/v1/plan.json"), DocumentFormat.JSON));
    for (DocumentFormat format : DocumentFormat.values()) {
      String corpus = "org/reformindicators/io/fuzz/plan-" + format.name().toLowerCase(java.util.Locale.ROOT);
      for (Path file : files(corpus)) {
        plans.add(Source.document(file.getFileName().toString(), Files.readAllBytes(file), format));
      }
    }
    Path goldenCsv = directory.resolve("golden-observations.csv");
    Files.write(goldenCsv, resource("golden/v1/observations.csv"));
    List<Source> golden = new ArrayList<>(List.of(
        Source.document("golden observations.json", resource("golden/v1/observations.json"), DocumentFormat.JSON),
        Source.csvFile("golden observations.csv", goldenCsv)));
    // bad files too: their problems, read in many threads at once, must be those of a sequential read
    Path brokenCsv = directory.resolve("broken-observations.csv");
    Files.writeString(brokenCsv, new String(resource("golden/v1/observations.csv"), StandardCharsets.UTF_8)
        .replace("6.29", "abc").replace("2024-S1", "2024-S3"));
    golden.add(Source.csvFile("golden observations.csv with two bad records", brokenCsv));
    String smallPlan = new String(resource("org/reformindicators/io/fuzz/plan-yaml/small-flow.yaml"), StandardCharsets.UTF_8);
    plans.add(Source.document("small-flow.yaml with two bad targets",
        smallPlan.replace("type: band", "type: nonsense").replace("clauseId: T4", "clauseId: 4T").getBytes(StandardCharsets.UTF_8),
        DocumentFormat.YAML));
    List<String> methodologies = new ArrayList<>(ReformIndicatorsIo.BUNDLED_METHODOLOGIES);
    methodologies.add("demo-index");

    SplittableRandom random = new SplittableRandom(SEED);
    List<Task> tasks = new ArrayList<>();
    int planIndex = 0;
    for (Source plan : plans) {
      Object read = readOrProblems(plan, Plan.class);
      ObservationSet generated = read instanceof Plan p ? observationsFor(p, random) : ObservationSet.empty();
      Path csv = directory.resolve("generated-" + planIndex + ".csv");
      try (ObservationCsvWriter writer = ObservationCsvWriter.create(Files.newOutputStream(csv))) {
        for (Observation observation : generated.observations()) {
          writer.write(observation);
        }
      }
      // the golden observations take turns, so that every plan gets three sources and each golden file is read
      List<Source> observations = new ArrayList<>(List.of(golden.get(planIndex % golden.size())));
      observations.add(Source.csvFile("observations generated for " + plan.name() + " (CSV)", csv));
      observations.add(Source.document("observations generated for " + plan.name() + " (JSON)",
          IO.writeString(generated, DocumentFormat.JSON).getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON));
      for (Source source : observations) {
        tasks.add(new Task(tasks.size(), plan, source, methodologies.get(tasks.size() % methodologies.size())));
      }
      planIndex++;
    }
    return tasks;
  }

  /**
   * Generates observations for the indicators of a plan's catalogue, 2019–2025, some years missing, with a
   * breakdown where the indicator declares one, for the plan's unit and for another unit.
   */
  private static ObservationSet observationsFor(Plan plan, SplittableRandom random) {
    List<Observation> observations = new ArrayList<>();
    for (Indicator indicator : plan.catalogue().indicators()) {
      if (indicator.measure().kind() == MeasureKind.QUALITATIVE) {
        continue;
      }
      for (UnitCode unit : List.of(plan.unitCode(), UnitCode.of("01"))) {
        for (int year = 2019; year <= 2025; year++) {
          if (random.nextInt(10) < 3) {
            continue;
          }
          List<Map<String, String>> breakdowns = new ArrayList<>();
          breakdowns.add(Map.of());
          indicator.breakdowns().stream().findFirst().ifPresent(d -> d.values().forEach(v -> breakdowns.add(Map.of(d.key(), v))));
          for (Map<String, String> breakdown : breakdowns) {
            double value = value(indicator, random);
            OptionalInt universe = indicator.measure().kind() == MeasureKind.RANK ? OptionalInt.of(63) : OptionalInt.empty();
            if (indicator.violation(value, universe).isEmpty()) {
              observations.add(Observation.builder().indicator(indicator.code()).unit(unit).period(CalendarYear.of(year))
                  .value(value).universe(universe).breakdown(BreakdownKey.of(breakdown)).build());
            }
          }
        }
      }
    }
    return ObservationSet.of(observations);
  }

  private static double value(Indicator indicator, SplittableRandom random) {
    double lower = indicator.measure().lowerBound().orElse(0);
    double upper = indicator.measure().upperBound().orElse(100);
    return switch (indicator.measure().kind()) {
      case RANK -> 1 + random.nextInt(63);
      case COUNT -> random.nextInt(500);
      case COMPLETION -> random.nextInt(2);
      default -> Math.round((lower + random.nextDouble() * (upper - lower)) * 100) / 100.0;
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = Objects.requireNonNull(
        SharedReadersConcurrencyTest.class.getClassLoader().getResourceAsStream(name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(String resourceDirectory) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(
        Objects.requireNonNull(SharedReadersConcurrencyTest.class.getClassLoader().getResource(resourceDirectory), resourceDirectory).toURI()))) {
      return files.sorted().toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
