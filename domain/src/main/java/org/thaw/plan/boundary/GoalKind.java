package org.thaw.plan.boundary;

/**
 * What a goal is measured by: a screener's total ({@code SCORE}), the journal's numbness over the
 * last days ({@code JOURNAL}), or nothing Thaw can read ({@code TEXT}, met when a clinician marks it).
 */
public enum GoalKind {
    SCORE,
    JOURNAL,
    TEXT
}
