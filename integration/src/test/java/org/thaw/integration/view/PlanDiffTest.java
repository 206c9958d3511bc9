package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.integration.view.PlanDiff.Change;
import org.thaw.integration.view.PlanDiff.Line;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.PlanContent;

/** Two revisions side by side: each line says whether it was added, removed or changed. */
class PlanDiffTest {

    private static final UUID PHQ_GOAL = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID TEXT_GOAL = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID WALK = UUID.fromString("00000000-0000-0000-0000-000000000011");
    private static final UUID DIARY = UUID.fromString("00000000-0000-0000-0000-000000000012");
    private static final LocalDate REVIEW = LocalDate.of(2026, 12, 15);

    private static PlanContent.Goal phq9(int target, String comment) {
        return new PlanContent.Goal(
                PHQ_GOAL,
                GoalKind.SCORE,
                "PHQ-9",
                target,
                Comparison.BELOW,
                null,
                null,
                null,
                null,
                "PHQ-9 below " + target,
                comment,
                false);
    }

    private static PlanContent.Goal choir(boolean met) {
        return new PlanContent.Goal(
                TEXT_GOAL,
                GoalKind.TEXT,
                null,
                null,
                null,
                null,
                null,
                null,
                "Back at the choir",
                "Back at the choir",
                null,
                met);
    }

    private static final InterventionView CBT =
            new InterventionView("cbt", "Cognitive behavioural therapy (CBT)", null, "weekly");

    @Test
    void anEditedGoalIsChangedAndKeepsItsPlace() {
        PlanContent older =
                new PlanContent("Numb since spring", List.of(phq9(10, null)), List.of(CBT), List.of(), REVIEW, null);
        PlanContent newer = new PlanContent(
                "Numb since spring", List.of(phq9(8, "Aim lower")), List.of(CBT), List.of(), REVIEW, null);
        List<Line> lines = PlanDiff.lines(older, newer);
        assertEquals(
                new Line("Goal 1", "PHQ-9 below 10", "PHQ-9 below 8", Change.CHANGED),
                lines.stream()
                        .filter(l -> l.what().equals("Goal 1"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                new Line("Goal 1, clinician comment", null, "Aim lower", Change.ADDED),
                lines.stream()
                        .filter(l -> l.what().equals("Goal 1, clinician comment"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(Change.SAME, lines.get(0).change(), "the problem did not change");
    }

    @Test
    void removedHomeworkAndAGoalMarkedMetSayWhatHappened() {
        PlanContent older = new PlanContent(
                "Numb",
                List.of(choir(false)),
                List.of(),
                List.of(new PlanContent.Homework(WALK, "Walk 20 minutes"), new PlanContent.Homework(DIARY, "Diary")),
                REVIEW,
                "Formulation");
        PlanContent newer = new PlanContent(
                "Numb",
                List.of(choir(true)),
                List.of(CBT),
                List.of(new PlanContent.Homework(DIARY, "Diary")),
                REVIEW.plusDays(14),
                "Formulation");
        List<Line> lines = PlanDiff.lines(older, newer);
        assertEquals(
                List.of(
                        new Line("Problem", "Numb", "Numb", Change.SAME),
                        new Line("Goal 1", "Back at the choir", "Back at the choir · met", Change.CHANGED),
                        new Line("Intervention 1", null, "Cognitive behavioural therapy (CBT) · weekly", Change.ADDED),
                        new Line("Homework 1", "Diary", "Diary", Change.SAME),
                        new Line("Homework 2", "Walk 20 minutes", null, Change.REMOVED),
                        new Line("Review date", "15 Dec 2026", "29 Dec 2026", Change.CHANGED),
                        new Line("Private note (clinicians only)", "Formulation", "Formulation", Change.SAME)),
                lines);
    }
}
