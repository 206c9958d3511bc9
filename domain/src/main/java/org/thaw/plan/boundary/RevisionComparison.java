package org.thaw.plan.boundary;

/** Two revisions side by side, the older one first. */
public record RevisionComparison(PlanRevision older, PlanRevision newer) {}
