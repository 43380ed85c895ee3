/**
 * reform-indicators on Apache Spark 4 (Scala 2.13): observations and dossiers as Datasets, a plan template
 * evaluated for every unit ({@link org.reformindicators.spark.SparkEvaluation}), composite indices scored and ranked
 * for every area and period ({@link org.reformindicators.spark.SparkScoring}), with core's engine on the executors
 * and the same results as on one machine. See {@code docs/spark.md}.
 */
package org.reformindicators.spark;
