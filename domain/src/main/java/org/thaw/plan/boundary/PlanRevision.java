package org.thaw.plan.boundary;

import java.time.Instant;
import java.util.List;

/** One revision whole: who saved it, when, what changed, and the plan as it stood after that save. */
public record PlanRevision(int number, Instant savedAt, String savedBy, List<String> changes, PlanContent plan) {

    public PlanRevision {
        changes = List.copyOf(changes);
    }
}
