package org.reformindicators.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.spark.internal.ObservationRowReader;

/**
 * Observations as a Spark {@code Dataset<Row>}, such as one loaded from Parquet with the columns {@code indicator,
 * area, period, value}.
 *
 * <p>The columns are those of the observation CSV ({@code docs/formats/observations.md}), typed: {@code
 * indicator}, {@code area}, {@code period}, {@code status}, {@code breakdown} (the CSV's {@code KEY=VALUE;…} text,
 * empty or null for the total) and {@code note} as strings; {@code value}, {@code lower}, {@code upper}, {@code
 * numerator} and {@code denominator} as doubles; {@code universe} as an integer. {@code indicator}, {@code area},
 * {@code period} and {@code value} are required (a null {@code value} goes with a missing-value status); the
 * others are optional, and other columns are ignored, so a wider table needs no projection. A missing or mistyped
 * column is refused on the driver, before any job runs, by a message that names the column, its type and the
 * type expected. Each row is read through core's factories on the executors, so core's validation runs there.
 * Stateless.
 */
public final class ObservationDatasets {

  /** The columns in the order of the CSV writer, with their types; all nullable. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
    field("indicator", DataTypes.StringType),
    field("area", DataTypes.StringType),
    field("period", DataTypes.StringType),
    field("value", DataTypes.DoubleType),
    field("status", DataTypes.StringType),
    field("breakdown", DataTypes.StringType),
    field("universe", DataTypes.IntegerType),
    field("numerator", DataTypes.DoubleType),
    field("denominator", DataTypes.DoubleType),
    field("lower", DataTypes.DoubleType),
    field("upper", DataTypes.DoubleType),
    field("note", DataTypes.StringType),
  });

  private static final List<String> REQUIRED = List.of("indicator", "area", "period", "value");

  private ObservationDatasets() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /**
   * Checks a Dataset's columns against the observation contract and returns the reader of its rows.
   *
   * @param schema the Dataset's schema
   * @return the reader, by column positions
   * @throws NullPointerException if {@code schema} is null
   * @throws IllegalArgumentException if a required column is missing or a column has another type than the
   *     contract's; the message names the column, the type found and the type expected
   */
  static ObservationRowReader reader(StructType schema) {
    Objects.requireNonNull(schema, "schema");
    List<String> problems = new ArrayList<>();
    int[] positions = new int[SCHEMA.fields().length];
    for (int i = 0; i < positions.length; i++) {
      StructField expected = SCHEMA.fields()[i];
      int at = indexOf(schema, expected.name());
      positions[i] = at;
      if (at < 0) {
        if (REQUIRED.contains(expected.name())) {
          problems.add("required column '" + expected.name() + "' (" + typeName(expected.dataType()) + ") is missing");
        }
      } else if (!schema.fields()[at].dataType().equals(expected.dataType())) {
        problems.add("column '" + expected.name() + "' must be of type " + typeName(expected.dataType()) + ", was "
            + typeName(schema.fields()[at].dataType()) + " (cast it, e.g. col(\"" + expected.name() + "\").cast(\""
            + typeName(expected.dataType()) + "\"))");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "observation Dataset does not follow the observation contract: " + String.join("; ", problems)
              + "; its columns are " + List.of(schema.fieldNames()));
    }
    return new ObservationRowReader(positions);
  }

  /**
   * Checks that a Dataset has the observation contract's columns with their types.
   *
   * @param observations the Dataset
   * @throws NullPointerException if {@code observations} is null
   * @throws IllegalArgumentException if a required column is missing or a column has another type than the
   *     contract's; the message names the column, the type found and the type expected
   */
  public static void check(Dataset<Row> observations) {
    reader(Objects.requireNonNull(observations, "observations").schema());
  }

  /**
   * Reads every row into a core observation and collects them on the driver; for small Datasets and tests.
   *
   * @param observations the Dataset
   * @return the observations, in the Dataset's order
   * @throws NullPointerException if {@code observations} is null
   * @throws IllegalArgumentException if the columns do not follow the contract
   * @throws RuntimeException Spark's job failure if a row breaks a rule of the contract; its cause names the row,
   *     the column and the rule
   */
  public static List<Observation> collect(Dataset<Row> observations) {
    ObservationRowReader reader = reader(Objects.requireNonNull(observations, "observations").schema());
    List<Observation> out = new ArrayList<>();
    for (Row row : observations.collectAsList()) {
      out.add(reader.read(row));
    }
    return out;
  }

  /**
   * Makes a Dataset of core observations with the contract's columns ({@link #SCHEMA}).
   *
   * @param spark the session
   * @param observations the observations
   * @return the Dataset, one row per observation
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<Row> of(SparkSession spark, List<Observation> observations) {
    Objects.requireNonNull(spark, "spark");
    List<Row> rows = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      rows.add(row(o));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Returns the row of one observation, in the order of {@link #SCHEMA}.
   *
   * @param o the observation
   * @return the row
   */
  static Row row(Observation o) {
    return RowFactory.create(
        o.indicator().toString(),
        o.unit().toString(),
        o.period().toString(),
        o.value().isPresent() ? o.value().getAsDouble() : null,
        o.status().code(),
        o.breakdown().toString(),
        o.universe().isPresent() ? o.universe().getAsInt() : null,
        o.numerator().isPresent() ? o.numerator().getAsDouble() : null,
        o.denominator().isPresent() ? o.denominator().getAsDouble() : null,
        null,
        null,
        o.note().orElse(null));
  }

  /** Returns the encoder of {@link #SCHEMA} rows. */
  static org.apache.spark.sql.Encoder<Row> encoder() {
    return Encoders.row(SCHEMA);
  }

  private static int indexOf(StructType schema, String name) {
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String typeName(DataType type) {
    return type.typeName().toLowerCase(Locale.ROOT);
  }
}
