package org.reformindicators.core.evaluation;

import org.reformindicators.core.period.ReportingPeriod;

/**
 * The value and period rates are measured from, and how they were chosen. Not part of the API; immutable and
 * thread-safe.
 *
 * @param period the baseline period
 * @param value the baseline value
 * @param source how the baseline was chosen
 */
record Base(ReportingPeriod period, double value, BaselineSource source) {}
