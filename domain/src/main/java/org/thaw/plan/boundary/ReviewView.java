package org.thaw.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A review of the plan (care team only): when, by whom, per-goal lines, the note and the next review day. */
public record ReviewView(
        UUID id,
        LocalDate reviewedOn,
        Instant reviewedAt,
        String reviewedBy,
        String note,
        LocalDate nextReviewOn,
        List<ReviewLineView> goals) {

    public ReviewView {
        goals = List.copyOf(goals);
    }
}
