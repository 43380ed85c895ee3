/**
 * Binding of reform plans ({@link org.reformindicators.core.plan.Plan}) and their targets: clause ids ({@code
 * T1a}), target kinds as objects whose {@code type} is one of the closed set of {@code
 * TargetKind.kindName()} values ({@code threshold}, {@code band}, {@code rank-band}, {@code
 * rank-improvement-per-year}, {@code change-per-year}, {@code reduction-from-baseline}, {@code completion},
 * {@code recurring}, {@code nested-share}, {@code breakdown}, {@code external-threshold}, {@code
 * qualitative}), baselines, readings, legal references and bilingual texts. Inside a plan, a target names
 * its readings by id; the plan declares them (before its targets).
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.plan;
