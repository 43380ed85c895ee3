/**
 * A runnable example job for {@code spark-submit}: dossiers derived into observations, a plan template evaluated
 * for every unit and a composite index scored, with the module's API ({@link
 * org.reformindicators.spark.job.ReformIndicatorsJob}).
 */
package org.reformindicators.spark.job;
