package org.thaw.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalInput;
import org.thaw.plan.boundary.HomeworkInput;
import org.thaw.plan.boundary.InterventionInput;
import org.thaw.plan.boundary.PlanContent;
import org.thaw.plan.boundary.PlanInput;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.control.InstrumentCatalogue;

/** What a plan may hold: every refusal names its field (docs/clinical-rules.md, "Treatment plans"). */
class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.standard();

    private static PlanInput plan(List<GoalInput> goals, List<InterventionInput> interventions, LocalDate reviewOn) {
        return new PlanInput(
                "Feels flat since spring",
                goals,
                interventions,
                List.of(HomeworkInput.of("Walk")),
                reviewOn,
                null,
                null);
    }

    private static PlanContent check(PlanInput input) {
        return PlanRules.check(input, CATALOGUE, TODAY, null, Set.of(), Set.of());
    }

    private static InvalidInputException refused(PlanInput input) {
        return assertThrows(InvalidInputException.class, () -> check(input));
    }

    private static GoalInput score(String instrument, Integer target, String comparison) {
        return new GoalInput(null, "SCORE", instrument, target, comparison, null, null, null, null, null);
    }

    private static GoalInput journal(Integer target, Integer days) {
        return new GoalInput(null, "JOURNAL", null, target, null, null, "numbness", days, null, null);
    }

    @Test
    void theIssuesExamplePlanIsTakenWithDefaultsFilledIn() {
        PlanContent content = check(plan(
                List.of(
                        GoalInput.score("PHQ-9", 10, TODAY.plusWeeks(12)),
                        GoalInput.journal("numbness", 4, 14),
                        GoalInput.text("Back to choir", null),
                        score("WHO-5", 52, null)),
                List.of(new InterventionInput("cbt", null, "weekly")),
                TODAY.plusWeeks(4)));

        assertEquals(4, content.goals().size());
        assertEquals(Comparison.BELOW, content.goals().get(0).comparison());
        assertEquals("PHQ-9 below 10", content.goals().get(0).description());
        assertEquals(
                "Numbness 4 or less on most days for 14 days",
                content.goals().get(1).description());
        assertEquals("Back to choir", content.goals().get(2).description());
        assertEquals(Comparison.AT_LEAST, content.goals().get(3).comparison());
        assertEquals(
                "Cognitive behavioural therapy (CBT)",
                content.interventions().get(0).label());
        content.goals().forEach(g -> assertNotNull(g.id()));
        assertNotNull(content.homework().get(0).id());
    }

    @Test
    void aReviewDayInThePastIsRefusedUnlessItIsTheOneThePlanHas() {
        PlanInput yesterday = plan(List.of(), List.of(), TODAY.minusDays(1));

        assertEquals("reviewOn", refused(yesterday).field());
        PlanRules.check(yesterday, CATALOGUE, TODAY, TODAY.minusDays(1), Set.of(), Set.of());
        check(plan(List.of(), List.of(), TODAY));
    }

    @Test
    void anEmptyGoalIsRefusedByItsPath() {
        InvalidInputException e = refused(
                plan(List.of(GoalInput.text("Sleep by 23:00", null), GoalInput.text("  ", null)), List.of(), TODAY));

        assertEquals("goals[1].text", e.field());
    }

    @Test
    void aGoalWithoutAKindIsRefused() {
        GoalInput nothing = new GoalInput(null, null, null, null, null, null, null, null, null, null);
        assertEquals(
                "goals[0].kind",
                refused(plan(List.of(nothing), List.of(), TODAY)).field());
    }

    @Test
    void anUnknownInterventionCodeIsRefusedNamingTheCodesAllowed() {
        InvalidInputException e =
                refused(plan(List.of(), List.of(new InterventionInput("hypnosis", null, "weekly")), TODAY));

        assertEquals("interventions[0].code", e.field());
        assertTrue(e.errors().get(0).message().contains("medication_review"));
    }

    @Test
    void otherNeedsAText() {
        assertEquals(
                "interventions[0].text",
                refused(plan(List.of(), List.of(new InterventionInput("other", null, null)), TODAY))
                        .field());
    }

    @Test
    void anUnknownInstrumentIsRefused() {
        assertEquals(
                "goals[0].instrument",
                refused(plan(List.of(score("BDI-II", 10, null)), List.of(), TODAY))
                        .field());
    }

    @ParameterizedTest(name = "{0} {2} {1}: refused {3}")
    @CsvSource({
        "PHQ-9, 0, BELOW, true", // nothing is below 0
        "PHQ-9, 1, BELOW, false",
        "PHQ-9, 27, BELOW, false",
        "PHQ-9, 28, BELOW, true",
        "WHO-5, 0, AT_LEAST, false",
        "WHO-5, 100, AT_LEAST, false",
        "WHO-5, 101, AT_LEAST, true",
        "GAD-7, -1, AT_LEAST, true"
    })
    void aTargetOutsideTheInstrumentsRangeIsRefused(String instrument, int target, String comparison, boolean refused) {
        PlanInput input = plan(List.of(score(instrument, target, comparison)), List.of(), TODAY);
        if (refused) {
            assertEquals("goals[0].target", refused(input).field());
        } else {
            check(input);
        }
    }

    @ParameterizedTest(name = "{0} days: refused {1}")
    @CsvSource({"6, true", "7, false", "56, false", "57, true"})
    void journalDaysAreSevenToFiftySix(int days, boolean refused) {
        PlanInput input = plan(List.of(journal(4, days)), List.of(), TODAY);
        if (refused) {
            assertEquals("goals[0].days", refused(input).field());
        } else {
            check(input);
        }
    }

    @Test
    void aJournalTargetIsZeroToTen() {
        assertEquals(
                "goals[0].target",
                refused(plan(List.of(journal(11, 14)), List.of(), TODAY)).field());
    }

    @Test
    void anIdThatIsNotThePlansIsRefused() {
        GoalInput foreign = new GoalInput(UUID.randomUUID(), "TEXT", null, null, null, null, null, null, "x", null);
        assertEquals(
                "goals[0].id", refused(plan(List.of(foreign), List.of(), TODAY)).field());
    }

    @Test
    void anEditedItemKeepsItsId() {
        UUID goal = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        PlanInput input = new PlanInput(
                "p",
                List.of(new GoalInput(goal, "TEXT", null, null, null, null, null, null, "Choir again", null)),
                List.of(),
                List.of(new HomeworkInput(item, "Walk 20 minutes")),
                TODAY,
                null,
                3L);

        PlanContent content = PlanRules.check(input, CATALOGUE, TODAY, TODAY, Set.of(goal), Set.of(item));

        assertEquals(goal, content.goals().get(0).id());
        assertEquals(item, content.homework().get(0).id());
    }

    @Test
    void textTooLongIsRefused() {
        InvalidInputException e = refused(new PlanInput(
                "p", List.of(), List.of(), List.of(HomeworkInput.of("x".repeat(501))), TODAY, null, null));
        assertEquals("homework[0].text", e.field());
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        InvalidInputException e = refused(plan(
                List.of(score("PHQ-9", 99, null), journal(4, 3)),
                List.of(new InterventionInput("nope", null, null)),
                TODAY.minusDays(3)));

        assertEquals(
                List.of("reviewOn", "goals[0].target", "goals[1].days", "interventions[0].code"),
                e.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }
}
