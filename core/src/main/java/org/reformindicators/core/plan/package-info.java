/**
 * Reform plans (kế hoạch): a {@link org.reformindicators.core.plan.Plan} such as Quảng Ngãi's Decision
 * 1256/QĐ-UBND of 2021-12-22 for the phase 2021–2025 carries its legal reference, the administrative unit it is
 * for, the resolutions it implements, the catalogue of the indicators its targets use, its targets in plan order
 * and the explicit readings it takes of ambiguous clauses. A plan is validated as a whole when it is built:
 * duplicate or out-of-order clauses, deadlines outside the phase, indicators missing from the catalogue, kinds that
 * do not fit their indicator's measure and target values outside the indicator's bounds are rejected with the
 * clause id in the message.
 *
 * <p>Plans, with everything they hold, are {@link java.io.Serializable}: Java serialization ships them between JVMs of
 * the same library version inside one job (Spark's executors); it is not a storage or exchange format, which is
 * io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.plan;

import org.reformindicators.core.internal.ValueStyle;
