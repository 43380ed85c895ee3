package org.reformindicators.io.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.ProcedureList;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Six dossiers of unit 51 that exercise every bundled rule: D1 completed on time, D2 completed late, D3 refused
 * after a return for supplement, D4 withdrawn, D5 in progress, D6 received in December 2024 and completed in
 * January 2025 (crossing the year boundary).
 */
final class DossierFixture {

  static final String HEADER = String.join(",", DossierCsvReader.COLUMNS) + "\n";

  static final String CSV =
      HEADER
          + "D1,51,PROVINCE,000.00.12.H48,1.004227,2024-03-01,2024-03-10,2024-03-08,COMPLETED,ONLINE,FULL,true,true,true,true,true,false,5\n"
          + "D2,51,COMMUNE,000.00.31.H48,2.000001,2024-04-01,2024-04-05,2024-04-09,COMPLETED,IN_PERSON,NONE,false,false,false,false,false,false,2\n"
          + "D3,51,DISTRICT,000.00.21.H48,1.004227,2024-05-02,2024-05-20,2024-05-06,REFUSED,ONLINE,PARTIAL,true,false,true,false,true,true,3\n"
          + "D4,51,PROVINCE,000.00.12.H48,1.004227,2024-06-03,2024-06-10,2024-06-04,WITHDRAWN,POST,FULL,true,false,false,false,false,false,\n"
          + "D5,51,COMMUNE,000.00.31.H48,2.000001,2024-11-04,2024-11-20,,IN_PROGRESS,ONLINE,PARTIAL,false,false,true,false,false,false,\n"
          + "D6,51,PROVINCE,000.00.12.H48,3.000100,2024-12-27,2025-01-06,2025-01-03,COMPLETED,ONLINE,FULL,true,true,true,true,true,false,4\n";

  static final String PROCEDURES =
      "procedure,offers_online_payment,online_level,sector\n"
          + "1.004227,true,FULL,LAND\n"
          + "2.000001,false,NONE,\n"
          + "3.000100,true,FULL,CONSTRUCTION\n";

  private DossierFixture() {}

  static List<DossierRecord> records() throws IOException {
    List<DossierRecord> records = new ArrayList<>();
    DossierCsvReader.create(ReadOptions.defaults()).read(stream(CSV), "fixture", records::add, p -> {});
    return records;
  }

  static ProcedureList procedures() throws IOException {
    return ProcedureCsvReader.create(ReadOptions.defaults()).read(stream(PROCEDURES), "procedures");
  }

  static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
