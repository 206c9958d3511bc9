package org.thaw.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.PlanContent;

/** The history's "what changed", item by item by stable id. */
class PlanChangesTest {

    private static final UUID GOAL = UUID.randomUUID();
    private static final UUID ITEM = UUID.randomUUID();
    private static final InterventionView CBT =
            new InterventionView("cbt", "Cognitive behavioural therapy (CBT)", null, "weekly");

    private static PlanContent.Goal phq9Below(int target, boolean met) {
        return new PlanContent.Goal(
                GOAL,
                GoalKind.SCORE,
                "PHQ-9",
                target,
                Comparison.BELOW,
                null,
                null,
                null,
                null,
                "PHQ-9 below " + target,
                null,
                met);
    }

    private static PlanContent plan(
            List<PlanContent.Goal> goals, List<InterventionView> interventions, String homework, LocalDate review) {
        return new PlanContent(
                "Flat since spring",
                goals,
                interventions,
                homework == null ? List.of() : List.of(new PlanContent.Homework(ITEM, homework)),
                review,
                null);
    }

    @Test
    void theFirstSaveSaysWhatThePlanHolds() {
        PlanContent first = plan(List.of(phq9Below(10, false)), List.of(CBT), "Walk", LocalDate.of(2026, 12, 1));

        assertEquals(
                List.of("Plan written: 1 goal, 1 intervention, 1 homework item, review on 2026-12-01"),
                PlanChanges.between(null, first));
    }

    @Test
    void eachChangeIsOneSentence() {
        PlanContent before = plan(List.of(phq9Below(10, false)), List.of(CBT), "Walk", LocalDate.of(2026, 12, 1));
        PlanContent after = plan(List.of(phq9Below(5, false)), List.of(), "Walk 20 minutes", LocalDate.of(2027, 1, 5));

        assertEquals(
                List.of(
                        "Goal changed: PHQ-9 below 10 → PHQ-9 below 5",
                        "Intervention removed: Cognitive behavioural therapy (CBT), weekly",
                        "Homework changed: Walk → Walk 20 minutes",
                        "Review day: 2026-12-01 → 2027-01-05"),
                PlanChanges.between(before, after));
    }

    @Test
    void addedRemovedAndMarkedMetGoalsAreNamed() {
        PlanContent none = plan(List.of(), List.of(), null, LocalDate.of(2026, 12, 1));
        PlanContent one = plan(List.of(phq9Below(10, false)), List.of(), null, LocalDate.of(2026, 12, 1));
        PlanContent met = plan(List.of(phq9Below(10, true)), List.of(), null, LocalDate.of(2026, 12, 1));

        assertEquals(List.of("Goal added: PHQ-9 below 10"), PlanChanges.between(none, one));
        assertEquals(List.of("Goal removed: PHQ-9 below 10"), PlanChanges.between(one, none));
        assertEquals(List.of("Goal marked met: PHQ-9 below 10"), PlanChanges.between(one, met));
        assertEquals(List.of("Saved without changes"), PlanChanges.between(one, one));
    }
}
