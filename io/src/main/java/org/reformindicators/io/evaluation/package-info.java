/**
 * Binding of plan assessments ({@link org.reformindicators.core.evaluation.PlanAssessment}), the document of
 * kind {@code plan-assessment}: the plan, the as-of period, the evaluation settings (progress methods by id
 * with their parameters) and one assessment per clause, whose target is named by its clause id inside the
 * document; progress results keep the method's category by its code. Method ids, parameters and category
 * codes are read through a {@link org.reformindicators.core.progress.ProgressMethodRegistry}, the bundled one
 * unless the reader is given another, so a method the application registered reads back like a bundled one.
 */
package org.reformindicators.io.evaluation;
