package org.thaw.plan.boundary;

import java.time.Instant;
import java.util.List;

/** One save of the plan in its history: number (1 is the first), when, who, and what changed in words. */
public record RevisionSummary(int number, Instant savedAt, String savedBy, List<String> changes) {

    public RevisionSummary {
        changes = List.copyOf(changes);
    }
}
