/**
 * reform-indicators on Apache Spark 4 (Scala 2.13): observations and dossiers as Datasets, a plan template
 * evaluated for every unit ({@link org.reformindicators.spark.SparkEvaluation}), composite indices scored and ranked
 * for every area and period ({@link org.reformindicators.spark.SparkScoring}), dossiers derived into observations
 * ({@link org.reformindicators.spark.SparkDerivation}), with core's engine on the executors and the same results as
 * on one machine. Plans, methodologies, rule sets, procedure lists and unit registries are read on the driver
 * (with io, or built in code) and shipped to the executors as core values by Java serialization: the executors run
 * core only. See {@code docs/spark.md}.
 */
package org.reformindicators.spark;
