package org.thaw.plan.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a review form starts from: each current goal with its progress from the data and a
 * suggested note in words, and a suggested next review day.
 */
public record ReviewDraft(long version, List<ReviewLineView> goals, LocalDate suggestedNextReviewOn) {

    public ReviewDraft {
        goals = List.copyOf(goals);
    }
}
