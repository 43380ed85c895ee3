/**
 * Plumbing of the Spark module: how Dataset rows become core values on the executors (core only, no io). Not part
 * of the API.
 */
package org.reformindicators.spark.internal;
