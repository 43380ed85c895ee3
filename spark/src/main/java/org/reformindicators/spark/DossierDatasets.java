package org.reformindicators.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.spark.internal.DossierRowReader;

/**
 * Dossier records (hồ sơ thủ tục hành chính) as a Spark {@code Dataset<Row>}, such as one loaded from Parquet with
 * the dossier CSV's eighteen columns.
 *
 * <p>The columns are those of the dossier CSV ({@code docs/formats/dossiers.md}), typed: {@code id}, {@code unit},
 * {@code level}, {@code agency}, {@code procedure}, {@code outcome}, {@code channel} and {@code online_level} as
 * strings (the CSV's constants, such as {@code COMPLETED}); {@code received}, {@code due} and {@code completed} as
 * dates; {@code fee_bearing}, {@code paid_online}, {@code dossier_digitised}, {@code result_digitised}, {@code
 * passed_electronically} and {@code returned_for_supplement} as booleans; {@code satisfaction} as an integer. Every
 * column is required, as in the CSV; only the cells of {@code due}, {@code completed} and {@code satisfaction} may
 * be null. Other columns are ignored. A missing or mistyped column is refused on the driver, before any job runs,
 * by a message that names the column, its type and the type expected. Each row is read through core's builder on
 * the executors, so core's checks of a dossier run there; a bad row fails the action with a message that names
 * the dossier id, the column and the rule. Stateless.
 */
public final class DossierDatasets {

  /** The columns in the order of the CSV, with their types; all nullable in the schema. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
    field("id", DataTypes.StringType),
    field("unit", DataTypes.StringType),
    field("level", DataTypes.StringType),
    field("agency", DataTypes.StringType),
    field("procedure", DataTypes.StringType),
    field("received", DataTypes.DateType),
    field("due", DataTypes.DateType),
    field("completed", DataTypes.DateType),
    field("outcome", DataTypes.StringType),
    field("channel", DataTypes.StringType),
    field("online_level", DataTypes.StringType),
    field("fee_bearing", DataTypes.BooleanType),
    field("paid_online", DataTypes.BooleanType),
    field("dossier_digitised", DataTypes.BooleanType),
    field("result_digitised", DataTypes.BooleanType),
    field("passed_electronically", DataTypes.BooleanType),
    field("returned_for_supplement", DataTypes.BooleanType),
    field("satisfaction", DataTypes.IntegerType),
  });

  private DossierDatasets() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /**
   * Checks a Dataset's columns against the dossier contract and returns the reader of its rows.
   *
   * @param schema the Dataset's schema
   * @return the reader, by column positions
   * @throws NullPointerException if {@code schema} is null
   * @throws IllegalArgumentException if a column is missing or has another type than the contract's; the message
   *     names the column, the type found and the type expected
   */
  static DossierRowReader reader(StructType schema) {
    Objects.requireNonNull(schema, "schema");
    List<String> problems = new ArrayList<>();
    int[] positions = new int[SCHEMA.fields().length];
    List<String> names = List.of(schema.fieldNames());
    for (int i = 0; i < positions.length; i++) {
      StructField expected = SCHEMA.fields()[i];
      int at = names.indexOf(expected.name());
      positions[i] = at;
      if (at < 0) {
        problems.add("required column '" + expected.name() + "' (" + typeName(expected.dataType()) + ") is missing");
      } else if (!schema.fields()[at].dataType().equals(expected.dataType())) {
        problems.add("column '" + expected.name() + "' must be of type " + typeName(expected.dataType()) + ", was "
            + typeName(schema.fields()[at].dataType()) + " (cast it, e.g. col(\"" + expected.name() + "\").cast(\""
            + typeName(expected.dataType()) + "\"))");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("dossier Dataset does not follow the dossier contract: "
          + String.join("; ", problems) + "; its columns are " + names);
    }
    return new DossierRowReader(positions);
  }

  /**
   * Checks that a Dataset has the dossier contract's columns with their types.
   *
   * @param dossiers the Dataset
   * @throws NullPointerException if {@code dossiers} is null
   * @throws IllegalArgumentException if a column is missing or has another type than the contract's; the message
   *     names the column, the type found and the type expected
   */
  public static void check(Dataset<Row> dossiers) {
    reader(Objects.requireNonNull(dossiers, "dossiers").schema());
  }

  /**
   * Makes a Dataset of core dossier records with the contract's columns ({@link #SCHEMA}); for tests and small
   * inputs.
   *
   * @param spark the session
   * @param records the records
   * @return the Dataset, one row per record
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<Row> of(SparkSession spark, List<DossierRecord> records) {
    Objects.requireNonNull(spark, "spark");
    List<Row> rows = new ArrayList<>(records.size());
    for (DossierRecord r : records) {
      rows.add(RowFactory.create(
          r.id(),
          r.unit().toString(),
          r.level().name(),
          r.agency(),
          r.procedure(),
          Date.valueOf(r.received()),
          r.due().map(Date::valueOf).orElse(null),
          r.completed().map(Date::valueOf).orElse(null),
          r.outcome().name(),
          r.channel().name(),
          r.onlineLevel().name(),
          r.feeBearing(),
          r.paidOnline(),
          r.dossierDigitised(),
          r.resultDigitised(),
          r.passedElectronically(),
          r.returnedForSupplement(),
          r.satisfaction().isPresent() ? r.satisfaction().getAsInt() : null));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static String typeName(DataType type) {
    return type.typeName().toLowerCase(Locale.ROOT);
  }
}
