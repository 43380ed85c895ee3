package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.ReformIndicatorsIo;

class SparkScoringTest {

  private static final int AREAS = 30;
  private static final int[] YEARS = {2019, 2020, 2021};

  private final SparkSession spark = LocalSpark.session();

  @Test
  void scoresRanksAndRankIntervalsEqualCoresForEveryPeriod() throws Exception {
    CompositeIndex pci = ReformIndicatorsIo.create().bundledMethodology("pci");
    List<ComponentCode> leaves = TestRows.leaves(pci);
    Random random = new Random(19);
    List<Observation> observations = new ArrayList<>();
    List<Row> expected = new ArrayList<>();
    UncertaintyOptions options = UncertaintyOptions.builder().draws(200).seed(7).weightNoise(0.2).build();
    for (int year : YEARS) {
      DataMatrix.Builder matrix = DataMatrix.builder(leaves);
      double[] previous = null;
      for (int a = 1; a <= AREAS; a++) {
        String area = String.format("%02d", a);
        // every fifth area copies the one before it: tied totals share a rank
        double[] row = new double[leaves.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = a % 5 == 0 && previous != null ? previous[c]
              : TestRows.score(random);
          observations.add(Observation.of(
              IndicatorCode.of(leaves.get(c).value()), UnitCode.of(area), CalendarYear.of(year), row[c]));
        }
        matrix.row(UnitCode.of(area), row);
        previous = row;
      }
      expected.addAll(SparkScoring.rows(pci, Integer.toString(year), matrix.build(), options));
    }

    List<Row> actual = SparkScoring.score(pci, ObservationDatasets.of(spark, observations).repartition(2),
        200, 7, 0.2).collectAsList();

    assertEquals(TestRows.sorted(expected), TestRows.sorted(actual));
    Row tiedFirst = find(actual, "2020", "04");
    Row tiedSecond = find(actual, "2020", "05");
    assertNotNull(tiedFirst.get(3));
    assertEquals(tiedFirst.getDouble(3), tiedSecond.getDouble(3));
    assertEquals(AREAS, tiedFirst.getInt(4));
  }

  private static Row find(List<Row> rows, String period, String area) {
    return rows.stream().filter(r -> r.getString(0).equals(period) && r.getString(1).equals(area)).findFirst()
        .orElseThrow();
  }

}
