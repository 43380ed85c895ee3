/**
 * Plumbing of the Spark module: how core values travel to the executors and how rows become core values. Not part
 * of the API.
 */
package org.reformindicators.spark.internal;
