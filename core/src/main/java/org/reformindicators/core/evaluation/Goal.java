package org.reformindicators.core.evaluation;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.reformindicators.core.progress.DesiredDirection;
import org.reformindicators.core.target.TargetKind;

/**
 * What a measured kind asks for, once its baseline (if any) is known. Not part of the API; immutable and
 * thread-safe.
 *
 * @param judged the kind judged (for a nested share its share, for an external threshold the resolved threshold)
 * @param direction the desired direction
 * @param targetValue the value required at the deadline
 * @param met whether a value meets the requirement
 * @param exceeded whether a value exceeds the whole requirement
 * @param targetAt the value required after a number of years from the baseline, or null for a fixed requirement
 * @param trendless whether the kind has no trend to project (yes/no)
 */
record Goal(
    TargetKind judged,
    DesiredDirection direction,
    double targetValue,
    DoublePredicate met,
    DoublePredicate exceeded,
    DoubleUnaryOperator targetAt,
    boolean trendless) {}
