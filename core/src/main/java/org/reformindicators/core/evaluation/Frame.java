package org.reformindicators.core.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Where in a clause a kind is judged: the deadline, whether the requirement holds in that period only, the part
 * and the breakdown values beyond the clause's own. Not part of the API; immutable and thread-safe.
 *
 * @param deadline the deadline
 * @param judgedInPeriod whether the requirement holds in the deadline period only
 * @param part the part, or empty for the clause as a whole
 * @param extraBreakdown breakdown values added by an enclosing breakdown clause
 */
record Frame(
    ReportingPeriod deadline, boolean judgedInPeriod, Optional<ClausePart> part, Map<String, String> extraBreakdown) {

  Frame {
    // most frames (every period of a recurring clause) have none: no map made for them
    extraBreakdown =
        extraBreakdown.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraBreakdown));
  }
}
