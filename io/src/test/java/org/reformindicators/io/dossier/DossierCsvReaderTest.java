package org.reformindicators.io.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;

class DossierCsvReaderTest {

  private static final String BAD =
      DossierFixture.HEADER
          + "D1,51,PROVINCE,000.00.12.H48,1.004227,15/03/2024,,,IN_PROGRESS,ONLINE,FULL,true,true,true,true,true,false,5\n"
          + "D2,51,COMMUNE,000.00.31.H48,2.000001,2024-04-01,2024-04-05,,COMPLETED,ONLINE,NONE,false,false,false,false,false,false,\n"
          + "D3,51,TOWN,Sở Tư pháp,1.004227,2024-05-02,,,IN_PROGRESS,ONLINE,PARTIAL,yes,false,true,false,true,true,7\n"
          + "D4,51,PROVINCE,000.00.12.H48,1.004227,2024-06-03,,,IN_PROGRESS,POST,FULL,true,false,false,false,false,false,\n";

  @Test
  void readsEveryField() throws IOException {
    List<DossierRecord> records = DossierFixture.records();
    assertEquals(6, records.size());
    DossierRecord d3 = records.get(2);
    assertEquals("000.00.21.H48", d3.agency());
    assertEquals(DossierOutcome.REFUSED, d3.outcome());
    assertEquals(LocalDate.of(2024, 5, 6), d3.completed().orElseThrow());
    assertEquals(true, d3.returnedForSupplement());
    assertEquals(3, d3.satisfaction().getAsInt());
    assertEquals(true, records.get(4).completed().isEmpty());
  }

  @Test
  void strictReportsEveryBadCellWithLineColumnValueAndRule() {
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> DossierCsvReader.create(ReadOptions.defaults())
                .read(DossierFixture.stream(BAD), "bad.csv", r -> {}, p -> {}));
    List<String> problems =
        e.problems().stream()
            .map(p -> ((ProblemLocation.Csv) p.location()).line() + " " + p.field() + " '" + p.value() + "': "
                + p.message())
            .toList();
    assertEquals(
        List.of(
            "2 received '15/03/2024': received must be a date YYYY-MM-DD, such as 2024-03-15, was '15/03/2024'",
            "3  '': dossier D2: completed is required when the outcome is COMPLETED, was ''",
            "4 level 'TOWN': level must be one of [PROVINCE, DISTRICT, COMMUNE], was 'TOWN'",
            "4 agency 'Sở Tư pháp': agency must be ASCII letters, digits, '.', '-' or '_', starting with a letter or"
                + " digit, at most 64 characters, was 'Sở Tư pháp'",
            "4 fee_bearing 'yes': fee_bearing must be true or false, was 'yes'",
            "4 satisfaction '7': satisfaction must be empty or a whole number from 1 to 5, was '7'"),
        problems);
  }

  @Test
  void lenientPassesTheValidRecordsAndReportsTheRest() throws IOException {
    List<DossierRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long accepted =
        DossierCsvReader.create(ReadOptions.defaults().lenient())
            .read(DossierFixture.stream(BAD), "bad.csv", records::add, problems::add);
    assertEquals(1, accepted);
    assertEquals("D4", records.get(0).id());
    assertEquals(6, problems.size());
  }

  @Test
  void aMissingColumnEndsTheRead() {
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> DossierCsvReader.create(ReadOptions.defaults())
                .read(DossierFixture.stream("id,unit\nD1,51\n"), "short.csv", r -> {}, p -> {}));
    assertEquals(true, e.problems().get(0).message().startsWith("required column 'level' is missing"),
        e.problems().get(0).message());
  }
}
