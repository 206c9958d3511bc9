package org.thaw.plan.boundary;

/**
 * How a SCORE goal's current total meets its target: {@code BELOW} (total &lt; target; the default
 * where a higher score is worse) or {@code AT_LEAST} (total ≥ target; the default for WHO-5).
 */
public enum Comparison {
    BELOW,
    AT_LEAST;

    /** Whether {@code total} meets {@code target} under this comparison. */
    public boolean met(int total, int target) {
        return this == BELOW ? total < target : total >= target;
    }
}
