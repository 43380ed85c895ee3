/**
 * Derivation of indicators from dossier records (hồ sơ TTHC): a {@link
 * org.reformindicators.core.derivation.DerivationRule} defines an indicator as a ratio, count or mean over the
 * records that match {@linkplain org.reformindicators.core.derivation.Condition conditions}, attributed to a period
 * by a {@linkplain org.reformindicators.core.derivation.DateBasis chosen date} and grouped by unit and optionally by
 * agency, procedure, handling level or sector; a {@link org.reformindicators.core.derivation.RuleSet} bundles the
 * rules of a plan or an index. The {@link org.reformindicators.core.derivation.Derivation} engine reads the records
 * once and keeps only counters per group, never the records, and gives observations that carry their numerator
 * and denominator, so that ratios re-aggregate exactly from communes to a province.
 *
 * <p>Rule sets, rules, conditions and {@link org.reformindicators.core.derivation.DerivationOptions} are {@link
 * java.io.Serializable}: Java serialization ships them between JVMs of the same library version inside one job
 * (Spark's executors); it is not a storage or exchange format, which is io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.derivation;

import org.reformindicators.core.internal.ValueStyle;
