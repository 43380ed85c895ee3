/**
 * Internal: the Jackson bindings of plan assessments ({@code plan-assessment} documents) and of the
 * plan-assessments stream, with their clauses and typed results. Not part of the API; use {@link
 * org.reformindicators.io.ReformIndicatorsIo}, {@link org.reformindicators.io.evaluation.PlanAssessmentsReader}
 * and {@link org.reformindicators.io.evaluation.PlanAssessmentsWriter}.
 */
package org.reformindicators.io.internal.evaluation;
