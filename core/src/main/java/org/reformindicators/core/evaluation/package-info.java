/**
 * The evaluation engine: the progress status of every clause of a plan as of a period. {@link
 * org.reformindicators.core.evaluation.PlanEvaluator} reads a {@link org.reformindicators.core.plan.Plan} and an
 * {@link org.reformindicators.core.observation.ObservationSet} and returns a {@link
 * org.reformindicators.core.evaluation.PlanAssessment} with one {@link
 * org.reformindicators.core.evaluation.ClauseAssessment} per clause, in plan order: a {@link
 * org.reformindicators.core.evaluation.ProgressStatus} from one fixed vocabulary, the progress method's own
 * category beside it, the figures behind it (latest value, applicable target, gap, attainment, annual rates,
 * projection), every explicit rule it applied (rank universes, successor units, lapsed levels, breaks in
 * series) as typed {@link org.reformindicators.core.evaluation.Rule}s, the reason as a typed {@link
 * org.reformindicators.core.evaluation.Reason}, and a short explanation in Vietnamese and English that {@link
 * org.reformindicators.core.evaluation.AssessmentRenderer}, the one place the wording lives, writes from those
 * data. {@link
 * org.reformindicators.core.evaluation.EvaluationSettings} holds the choices a caller may make (method per plan
 * or clause, external norms, successor-unit rule). The engine is stateless and thread-safe; its results are
 * immutable.
 *
 * <p>{@link org.reformindicators.core.evaluation.EvaluationSettings} are {@link java.io.Serializable} (a custom
 * progress method they hold must be too): Java serialization ships them between JVMs of the same library version
 * inside one job (Spark's executors); it is not a storage or exchange format, which is io's versioned JSON and
 * YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.evaluation;

import org.reformindicators.core.internal.ValueStyle;
