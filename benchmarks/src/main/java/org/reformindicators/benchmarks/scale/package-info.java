/**
 * Benchmarks of issue 14 ("national scale"): commune-scale data generated in memory, each scenario measured against
 * its baselines in the same run. Not part of the API and never deployed.
 */
package org.reformindicators.benchmarks.scale;
