/**
 * Targets (chỉ tiêu) of a reform plan: what a clause such as {@code T1b} ("PAR INDEX rank 25–30 of 63 by 2025")
 * commits to. A {@link org.reformindicators.core.target.Target} joins a clause id, the code of the indicator it
 * is measured by, a {@link org.reformindicators.core.target.TargetKind} (threshold, band, rank band, improvement
 * or change per year, reduction from a baseline, completion, recurring, nested share, breakdown, external
 * threshold or qualitative), its deadline, the verbatim Vietnamese source text with an English rendering, and the
 * explicit {@link org.reformindicators.core.target.Reading readings} taken where the source is ambiguous. Every
 * kind is an immutable, validated record that exposes the parameters an evaluation engine needs and, where the
 * comparison is well defined, answers {@code isMet} and {@code isExceeded}; none of them reads observations.
 *
 * <p>Targets and their kinds are {@link java.io.Serializable}: Java serialization ships them between JVMs of the same
 * library version inside one job (Spark's executors); it is not a storage or exchange format, which is io's
 * versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.target;

import org.reformindicators.core.internal.ValueStyle;
