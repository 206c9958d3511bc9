package org.thaw.exchange.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A treatment plan as the patient may read it too: the problem, goals with whether each is met,
 * interventions, the review day. Never the private note or goal comments.
 */
public record ExportedPlan(
        UUID id,
        String problem,
        Instant startedAt,
        Instant updatedAt,
        LocalDate reviewOn,
        List<Goal> goals,
        List<Intervention> interventions) {

    /** A goal in words, its target day (may be null) and whether it is met now. */
    public record Goal(UUID id, String description, LocalDate targetDate, boolean met, String progress) {}

    /** An intervention by catalogue code, in words, and how often. */
    public record Intervention(String code, String label, String frequency) {}

    public ExportedPlan {
        goals = List.copyOf(goals);
        interventions = List.copyOf(interventions);
    }
}
