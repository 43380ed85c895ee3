package org.reformindicators.benchmarks.dossier;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A seeded generator of synthetic dossier CSV files ({@code docs/formats/dossiers.md}) with realistic proportions,
 * such as 10,000,000 dossiers of 150 communes received 2022–2024 (about 1.5 GB). The data is made up: it resembles a
 * province's one-stop-shop records in shape and proportions only, and is never used to compute the expected value
 * of a test.
 *
 * <p>The distributions, each draw independent unless stated (the same seed gives the same bytes):
 *
 * <ul>
 *   <li><b>unit</b>: one of {@value #UNITS} five-digit codes {@code 51001} …, uniform;
 *   <li><b>level</b>: commune 60 %, district 25 %, province 15 %; <b>agency</b> one of 12 per level ({@code
 *       000.00.LN.H48}, L the level, N the agency), uniform;
 *   <li><b>procedure</b>: one of {@value #PROCEDURES} codes {@code 1.00NNNN}, skewed (index = ⌊P·u²⌋: the first
 *       tenth of the procedures gets about a third of the dossiers); each procedure has a fixed deadline of 1 to 20
 *       days, and 10 % of the procedures have none (empty {@code due});
 *   <li><b>received</b>: uniform over 2022-01-01 … 2024-12-31;
 *   <li><b>outcome</b>: completed 85 %, refused 4 %, withdrawn 3 %, in progress 8 %;
 *   <li><b>lateness</b>: 7 % of the ended dossiers with a deadline end 1 to 15 days after it, the others on a day
 *       from receipt to the deadline (no deadline: within 20 days);
 *   <li><b>online level</b>: received before 2022-08-01 (Decree 42/2022/NĐ-CP), {@code LEVEL_3} 50 % and {@code
 *       LEVEL_4} 30 %, else {@code NONE}; from then, {@code FULL} 45 %, {@code PARTIAL} 35 %, {@code NONE} 20 %;
 *   <li><b>channel</b>: where offered online, online with a share rising from 40 % (2022) to 70 % (2024); post 3 %;
 *       the rest in person;
 *   <li><b>flags</b>: fee-bearing 40 %; paid online 60 % of the fee-bearing online dossiers, 5 % of the others;
 *       dossier digitised 70 %; result digitised 60 % of the completed; passed electronically 50 %; returned for
 *       supplement 8 %;
 *   <li><b>satisfaction</b>: given for 30 % of the ended dossiers: 5 45 %, 4 35 %, 3 12 %, 2 5 %, 1 3 %.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticDossierFile {

  /** The number of communes. */
  public static final int UNITS = 150;

  /** The number of procedures. */
  public static final int PROCEDURES = 300;

  private static final String HEADER =
      "id,unit,level,agency,procedure,received,due,completed,outcome,channel,online_level,fee_bearing,paid_online,"
          + "dossier_digitised,result_digitised,passed_electronically,returned_for_supplement,satisfaction\n";
  private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;
  private static final long DECREE_42 = LocalDate.of(2022, 8, 1).toEpochDay();

  private SyntheticDossierFile() {}

  /**
   * Returns the file of this many dossiers and this seed in a directory, writing it if it is not there yet.
   *
   * @param directory where the file is kept between runs
   * @param dossiers the number of dossiers
   * @param seed the seed
   * @return the file, {@code dossiers-N-seedS.csv}
   * @throws IOException if the file cannot be written
   */
  public static Path cached(Path directory, long dossiers, long seed) throws IOException {
    Path file = directory.resolve("dossiers-" + dossiers + "-seed" + seed + ".csv");
    if (!Files.exists(file)) {
      Files.createDirectories(directory);
      Path partial = directory.resolve(file.getFileName() + ".partial");
      write(partial, dossiers, seed);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /**
   * Writes a dossier CSV.
   *
   * @param file the file, replaced
   * @param dossiers the number of dossiers
   * @param seed the seed
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, long dossiers, long seed) throws IOException {
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      write(out, dossiers, seed);
    }
  }

  /**
   * Writes a dossier CSV to a writer.
   *
   * @param out the writer, not closed
   * @param dossiers the number of dossiers
   * @param seed the seed
   * @throws IOException if the writer fails
   */
  public static void write(Writer out, long dossiers, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int[] deadline = new int[PROCEDURES];
    SplittableRandom procedures = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int p = 0; p < PROCEDURES; p++) {
      deadline[p] = procedures.nextInt(10) == 0 ? 0 : 1 + procedures.nextInt(20);
    }
    out.write(HEADER);
    StringBuilder row = new StringBuilder(256);
    for (long n = 1; n <= dossiers; n++) {
      row.setLength(0);
      row.append("SYN-").append(n).append(',').append(51001 + random.nextInt(UNITS)).append(',');
      double u = random.nextDouble();
      int level = u < 0.60 ? 3 : u < 0.85 ? 2 : 1;
      row.append(level == 3 ? "COMMUNE" : level == 2 ? "DISTRICT" : "PROVINCE").append(',');
      int agency = 10 + random.nextInt(12);
      row.append("000.00.").append(level).append(agency).append(".H48,");
      double v = random.nextDouble();
      int procedure = (int) (PROCEDURES * v * v);
      row.append("1.00").append(1000 + procedure).append(',');
      long received = FIRST.toEpochDay() + random.nextInt(DAYS);
      date(row, received).append(',');
      int days = deadline[procedure];
      if (days > 0) {
        date(row, received + days);
      }
      row.append(',');
      double o = random.nextDouble();
      String outcome = o < 0.85 ? "COMPLETED" : o < 0.89 ? "REFUSED" : o < 0.92 ? "WITHDRAWN" : "IN_PROGRESS";
      boolean ended = o < 0.92;
      if (ended) {
        long completed;
        if (days > 0 && random.nextDouble() < 0.07) {
          completed = received + days + 1 + random.nextInt(15);
        } else {
          completed = received + random.nextInt((days > 0 ? days : 20) + 1);
        }
        date(row, completed);
      }
      row.append(',').append(outcome).append(',');
      String onlineLevel;
      double l = random.nextDouble();
      if (received < DECREE_42) {
        onlineLevel = l < 0.5 ? "LEVEL_3" : l < 0.8 ? "LEVEL_4" : "NONE";
      } else {
        onlineLevel = l < 0.45 ? "FULL" : l < 0.80 ? "PARTIAL" : "NONE";
      }
      int year = LocalDate.ofEpochDay(received).getYear();
      double onlineShare = year <= 2022 ? 0.40 : year == 2023 ? 0.55 : 0.70;
      double c = random.nextDouble();
      boolean online = !onlineLevel.equals("NONE") && c < onlineShare;
      String channel = online ? "ONLINE" : random.nextDouble() < 0.03 ? "POST" : "IN_PERSON";
      row.append(channel).append(',').append(onlineLevel).append(',');
      boolean fee = random.nextDouble() < 0.40;
      boolean paid = fee && random.nextDouble() < (online ? 0.60 : 0.05);
      row.append(fee).append(',').append(paid).append(',');
      row.append(random.nextDouble() < 0.70).append(',');
      row.append(outcome.equals("COMPLETED") && random.nextDouble() < 0.60).append(',');
      row.append(random.nextDouble() < 0.50).append(',');
      row.append(random.nextDouble() < 0.08).append(',');
      if (ended && random.nextDouble() < 0.30) {
        double s = random.nextDouble();
        row.append(s < 0.45 ? '5' : s < 0.80 ? '4' : s < 0.92 ? '3' : s < 0.97 ? '2' : '1');
      }
      row.append('\n');
      out.append(row);
    }
  }

  private static StringBuilder date(StringBuilder row, long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    return row.append(date.getYear()).append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-")
        .append(day);
  }
}
