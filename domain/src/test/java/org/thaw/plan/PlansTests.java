package org.thaw.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.DailyChecks;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Severity;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.plan.boundary.CheckOff;
import org.thaw.plan.boundary.GoalInput;
import org.thaw.plan.boundary.GoalView;
import org.thaw.plan.boundary.HomeworkInput;
import org.thaw.plan.boundary.InterventionInput;
import org.thaw.plan.boundary.MyGoalView;
import org.thaw.plan.boundary.MyPlan;
import org.thaw.plan.boundary.MyPlanView;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.plan.boundary.PlanInput;
import org.thaw.plan.boundary.PlanView;
import org.thaw.plan.boundary.RevisionComparison;
import org.thaw.plan.boundary.RevisionSummary;
import org.thaw.plan.boundary.SavedPlan;
import org.thaw.platform.ConflictException;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;
import org.thaw.timeline.TimelineTests;

/**
 * Treatment plans: every save kept as a revision and two compared; a save from a stale version is
 * a conflict that saves nothing; the patient's view has no clinician-only field; another team's
 * patient and another patient's homework are "not found"; check-offs are once per day; each call
 * leaves its audit row; NOT_IMPROVING by the daily checks; the caseload's review-due filter; two
 * saves at once from the same version, of which JPA's {@code @Version} lets one win. Every test but
 * the last works in a transaction it rolls back (Anna's plan), so no other test, and no daily check
 * of another class, meets a plan. The last must commit (one save waits on the other's commit): it
 * owns {@link #HAL}, a patient on the care team of {@code dr.race} alone, whose plan starts today,
 * so no other test's caseload, and no daily check (no journal, a plan far from 84 days), meets them.
 */
public abstract class PlansTests extends TimelineTests {

    private static final String CANARY = "CANARY-7c2d clinician only";

    /** The concurrent-save test's own patient and clinician (committed; see the class comment). */
    private static final UUID HAL = UUID.fromString("00000000-0000-4000-8000-0000000000b4");

    private static final UUID DR_RACE = UUID.fromString("00000000-0000-4000-8000-0000000000c4");

    @Inject
    RequestContextController requestContext;

    @Inject
    PatientPlan plans;

    @Inject
    MyPlan myPlan;

    @Inject
    DailyChecks dailyChecks;

    private PlanInput firstPlan(LocalDate today) {
        return new PlanInput(
                "Feels flat and detached since the spring",
                List.of(
                        new GoalInput(null, "SCORE", "PHQ-9", 10, null, today.plusWeeks(12), null, null, null, CANARY),
                        GoalInput.journal("numbness", 4, 14),
                        GoalInput.text("Back to choir practice", null)),
                List.of(
                        new InterventionInput("cbt", null, "weekly"),
                        new InterventionInput("medication_review", null, null)),
                List.of(HomeworkInput.of("A 20-minute walk"), HomeworkInput.of("Name one feeling each evening")),
                today.plusWeeks(4),
                CANARY,
                null);
    }

    private static PlanInput revised(PlanView plan, String problem, Long version) {
        return new PlanInput(
                problem,
                plan.goals().stream()
                        .map(g -> new GoalInput(
                                g.id(),
                                g.kind().name(),
                                g.instrument(),
                                g.target(),
                                g.comparison() == null ? null : g.comparison().name(),
                                g.targetDate(),
                                g.measure(),
                                g.days(),
                                g.text(),
                                g.clinicianComment()))
                        .toList(),
                List.of(new InterventionInput("cbt", null, "weekly")),
                plan.homework().stream()
                        .map(h -> new HomeworkInput(h.id(), h.text()))
                        .toList(),
                plan.reviewOn(),
                plan.privateNote(),
                version);
    }

    @Test
    void everySaveIsKeptAsARevisionAndAnyTwoCompareSideBySide() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            SavedPlan first = plans.save(Fixture.ANNA, firstPlan(today));
            assertTrue(first.created());
            assertEquals(1, first.plan().revision());

            clinician("dr.two");
            SavedPlan second = plans.save(
                    Fixture.ANNA,
                    revised(
                            first.plan(),
                            "Flat since spring; sleep poor",
                            first.plan().version()));
            assertFalse(second.created());
            assertEquals(2, second.plan().revision());
            assertNotEquals(first.plan().version(), second.plan().version());
            assertEquals(
                    first.plan().homework().stream().map(h -> h.id()).toList(),
                    second.plan().homework().stream().map(h -> h.id()).toList(),
                    "homework keeps its ids across revisions");

            Page<RevisionSummary> history = plans.revisions(Fixture.ANNA, FIRST_PAGE);
            assertEquals(2, history.total());
            assertEquals(2, history.items().get(0).number(), "newest first");
            assertEquals("dr.two", history.items().get(0).savedBy());
            assertEquals(
                    List.of("Problem changed", "Intervention removed: Medication review"),
                    history.items().get(0).changes());
            assertEquals("dr.one", history.items().get(1).savedBy());

            RevisionComparison side = plans.compare(Fixture.ANNA, 2, 1);
            assertEquals(1, side.older().number());
            assertEquals(
                    "Feels flat and detached since the spring",
                    side.older().plan().problem());
            assertEquals("Flat since spring; sleep poor", side.newer().plan().problem());
            assertEquals(2, side.older().plan().interventions().size());
            assertEquals(CANARY, side.older().plan().privateNote(), "the revisions are the care team's, whole");
            assertEquals(
                    side.older().plan().goals().stream().map(g -> g.id()).toList(),
                    side.newer().plan().goals().stream().map(g -> g.id()).toList());
            assertThrows(RecordNotFoundException.class, () -> plans.compare(Fixture.ANNA, 1, 3));
        });
    }

    @Test
    void aSaveFromAStaleVersionIsAConflictAndSavesNothing() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            PlanView started = plans.save(Fixture.ANNA, firstPlan(today)).plan();
            PlanView byDrTwo = plans.save(Fixture.ANNA, revised(started, "Dr. Two's edit", started.version()))
                    .plan();

            ConflictException stale = assertThrows(
                    ConflictException.class,
                    () -> plans.save(Fixture.ANNA, revised(started, "Dr. One's late edit", started.version())));
            assertEquals("version", stale.field());
            assertTrue(stale.getMessage().contains("reload"), stale.getMessage());
            ConflictException missing = assertThrows(
                    ConflictException.class, () -> plans.save(Fixture.ANNA, revised(started, "No version", null)));
            assertEquals("version", missing.field());

            PlanView now = plans.current(Fixture.ANNA).orElseThrow();
            assertEquals("Dr. Two's edit", now.problem());
            assertEquals(byDrTwo.version(), now.version());
            assertEquals(2, plans.revisions(Fixture.ANNA, FIRST_PAGE).total());
        });
    }

    @Test
    void thePatientsViewHasNoClinicianOnlyField() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            plans.save(Fixture.ANNA, firstPlan(today));

            patient("pat.one");
            MyPlanView mine = myPlan.current().orElseThrow();
            assertFalse(mine.toString().contains(CANARY), mine.toString());
            assertEquals(3, mine.goals().size());
            assertEquals("PHQ-9 below 10", mine.goals().get(0).description());
            assertEquals(
                    List.of("cbt", "medication_review"),
                    mine.interventions().stream().map(i -> i.code()).toList());
            Set<String> planFields = names(MyPlanView.class.getRecordComponents());
            Set<String> goalFields = names(MyGoalView.class.getRecordComponents());
            assertFalse(planFields.contains("privateNote") || planFields.contains("reviews"), planFields.toString());
            assertFalse(goalFields.contains("clinicianComment"), goalFields.toString());
            assertTrue(names(GoalView.class.getRecordComponents()).contains("clinicianComment"));
        });
    }

    private static Set<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    @Test
    void anotherTeamsPatientAndAnotherPatientsHomeworkAreNotFound() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            PlanView plan = plans.save(Fixture.ANNA, firstPlan(today)).plan();
            UUID walk = plan.homework().get(0).id();

            clinician("dr.three"); // Cora's team; Anna's PRIMARY only until 2024
            long before = lastAuditId();
            assertThrows(RecordNotFoundException.class, () -> plans.current(Fixture.ANNA));
            assertEquals("DENIED", onlyAuditRowAfter(before).outcome());
            assertThrows(RecordNotFoundException.class, () -> plans.save(Fixture.ANNA, firstPlan(today)));
            assertThrows(RecordNotFoundException.class, () -> plans.revisions(Fixture.ANNA, FIRST_PAGE));

            patient("pat.three");
            assertThrows(RecordNotFoundException.class, () -> myPlan.checkOff(walk, null));
            assertTrue(myPlan.current().isEmpty(), "Cora has no plan");
        });
    }

    @Test
    void aCheckOffIsOncePerDayAndTheCareTeamSeesIt() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            PlanView plan = plans.save(Fixture.ANNA, firstPlan(today)).plan();
            UUID walk = plan.homework().get(0).id();

            patient("pat.one");
            long before = lastAuditId();
            CheckOff first = myPlan.checkOff(walk, null);
            AuditRow audited = onlyAuditRowAfter(before);
            assertEquals(
                    List.of("pat.one", "patient", "CREATE", "homework_check_off", "ALLOWED"),
                    List.of(
                            audited.username(),
                            audited.role(),
                            audited.action(),
                            audited.recordType(),
                            audited.outcome()));
            assertEquals(Fixture.ANNA, audited.patientId());
            assertTrue(first.created());
            assertEquals(today, first.checkOff().day());
            CheckOff again = myPlan.checkOff(walk, today);
            assertFalse(again.created(), "the same day again is the check-off already there");
            assertEquals(first.checkOff(), again.checkOff());
            assertTrue(myPlan.checkOff(walk, today.minusDays(1)).created(), "yesterday is its own day");
            InvalidInputException tooEarly =
                    assertThrows(InvalidInputException.class, () -> myPlan.checkOff(walk, today.minusDays(2)));
            assertEquals("day", tooEarly.field());

            clinician("dr.two");
            PlanView seen = plans.current(Fixture.ANNA).orElseThrow();
            assertEquals(
                    List.of(today, today.minusDays(1)),
                    seen.homework().get(0).checkOffs().stream()
                            .map(c -> c.day())
                            .toList());
        });
    }

    @Test
    void eachCallLeavesItsAuditRow() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            long before = lastAuditId();
            PlanView plan = plans.save(Fixture.ANNA, firstPlan(today)).plan();
            assertEquals(
                    new AuditRow(
                            "sub-dr.one",
                            "dr.one",
                            "clinician",
                            "UPDATE",
                            "treatment_plan",
                            plan.id().toString(),
                            Fixture.ANNA,
                            "ALLOWED"),
                    onlyAuditRowAfter(before));

            patient("pat.one");
            before = lastAuditId();
            myPlan.current();
            AuditRow read = onlyAuditRowAfter(before);
            assertEquals("READ", read.action());
            assertEquals(plan.id().toString(), read.recordId());
            assertEquals(Fixture.ANNA, read.patientId());
        });
    }

    @Test
    void refusedInputIsNamedAndNothingIsSaved() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            PlanInput bad = new PlanInput(
                    "Flat",
                    List.of(
                            GoalInput.text(" ", null),
                            new GoalInput(null, "SCORE", "PHQ-9", 40, null, null, null, null, null, null)),
                    List.of(new InterventionInput("hypnosis", null, null)),
                    List.of(),
                    today.minusDays(1),
                    null,
                    null);
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> plans.save(Fixture.ANNA, bad));
            assertEquals(
                    Set.of("reviewOn", "goals[0].text", "goals[1].target", "interventions[0].code"), fields(refused));
            assertTrue(plans.current(Fixture.ANNA).isEmpty(), "nothing half-saved");
        });
    }

    @Test
    void aScoreGoalShowsItsProgressAndATextGoalIsMarkedMet() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            Instant now = clock.instant();
            direct.screenerResponse(Fixture.ANNA, "PHQ-9", 16, today.minusDays(3), now.minus(3, ChronoUnit.DAYS));
            clinician("dr.one");
            PlanView plan = plans.save(Fixture.ANNA, firstPlan(today)).plan();
            direct.screenerResponse(Fixture.ANNA, "PHQ-9", 9, today, now);
            direct.flushAndClear();

            GoalView phq9 = plans.current(Fixture.ANNA).orElseThrow().goals().get(0);
            assertEquals(16, phq9.progress().baseline().intValue());
            assertEquals(9, phq9.progress().current().intValue());
            assertTrue(phq9.progress().met());

            UUID choir = plan.goals().get(2).id();
            PlanView marked = plans.markGoalMet(Fixture.ANNA, choir, true);
            assertTrue(marked.goals().get(2).progress().met());
            assertEquals(
                    List.of("Goal marked met: Back to choir practice"),
                    plans.revisions(Fixture.ANNA, FIRST_PAGE).items().get(0).changes());
            InvalidInputException notText = assertThrows(
                    InvalidInputException.class,
                    () -> plans.markGoalMet(Fixture.ANNA, plan.goals().get(0).id(), true));
            assertEquals("goalId", notText.field());
        });
    }

    @Test
    void aPlanWithNoResponseBy84DaysRaisesNotImprovingByTheDailyChecks() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            Instant now = clock.instant();
            Instant started = now.minus(90, ChronoUnit.DAYS);
            direct.plan(Fixture.ANNA, started, today.plusDays(10));
            direct.screenerResponse(Fixture.ANNA, "PHQ-9", 18, today.minusDays(92), started.minusSeconds(3600));
            direct.screenerResponse(Fixture.ANNA, "PHQ-9", 14, today.minusDays(2), now.minus(2, ChronoUnit.DAYS));

            assertTrue(dailyChecks.run() >= 1);

            FlagView flag = onlyFlag(Fixture.ANNA, FlagType.NOT_IMPROVING);
            assertEquals(Severity.MEDIUM, flag.severity());
            String summary = flag.evidence().get(0).summary();
            assertTrue(
                    summary.startsWith("PHQ-9 18 on " + longDay(today.minusDays(92)) + " (plan baseline) → 14 on "
                            + longDay(today.minusDays(2))),
                    summary);
            assertTrue(summary.endsWith("less than a 50 % reduction — review the plan"), summary);
            dailyChecks.run();
            assertEquals(1, flagsOf(Fixture.ANNA, FlagType.NOT_IMPROVING).size(), "one flag, not one per run");
        });
    }

    @Test
    void theCaseloadListsPatientsWhoseReviewHasCome() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.plan(Fixture.ANNA, clock.instant(), today);
            direct.plan(Fixture.BERT, clock.instant(), today.plusDays(30));
            clinician("dr.one");

            Page<CaseloadRow> due = caseload.page(FIRST_PAGE, CaseloadFilter.REVIEW_DUE, CaseloadSort.NAME, false);

            assertEquals(List.of("Anna Ahlberg"), names(due));
            assertEquals(1, caseload.count(CaseloadFilter.REVIEW_DUE));
            CaseloadRow anna = row(due, Fixture.ANNA);
            assertTrue(anna.reviewDue());
            assertEquals(today, anna.planReviewOn());
            CaseloadRow bert = row(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false), Fixture.BERT);
            assertFalse(bert.reviewDue());
        });
    }

    /**
     * Two clinicians save from the same version at the same time. Both read the plan before either
     * commits, so both pass the version check; the first save holds its rows until it commits, the
     * second waits for them and then finds the version changed: JPA's {@code @Version} refuses it as
     * the same conflict (409 in the REST APIs), its transaction rolls back, and exactly one new
     * revision is kept.
     */
    @Test
    void twoSavesAtOnceFromTheSameVersionEndInOneSaveAndOneConflict() throws Exception {
        LocalDate today = today("UTC");
        committed(() -> {
            direct.patient(HAL, "pat.hal.race", "Hal", "Hart", "UTC");
            direct.clinician(DR_RACE, "dr.race", "Rene", "Race");
            direct.covering(HAL, DR_RACE);
        });
        clinician("dr.race");
        PlanView start = plans.save(HAL, firstPlan(today)).plan();
        long revisionsBefore = plans.revisions(HAL, FIRST_PAGE).total();

        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            tx.begin();
            SavedPlan won;
            Future<SavedPlan> lost;
            try {
                clinician("dr.race");
                won = plans.save(HAL, revised(start, "The first save", start.version()));
                lost = second.submit(() -> {
                    requestContext.activate();
                    try {
                        clinician("dr.race");
                        return plans.save(HAL, revised(start, "The second save", start.version()));
                    } finally {
                        requestContext.deactivate();
                    }
                });
                awaitBlockedOnALock(lost);
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
            tx.commit();

            assertFalse(won.created());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> lost.get(30, TimeUnit.SECONDS));
            ConflictException conflict = conflict(refused);
            assertEquals("version", conflict.field());
            assertTrue(
                    conflict.getMessage().contains("at the same time"),
                    "refused by @Version at the flush, not by the check before it: " + conflict.getMessage());
        } finally {
            second.shutdownNow();
        }

        clinician("dr.race");
        PlanView now = plans.current(HAL).orElseThrow();
        assertEquals("The first save", now.problem());
        assertEquals(start.version() + 1, now.version());
        assertEquals(revisionsBefore + 1, plans.revisions(HAL, FIRST_PAGE).total(), "one new revision");
        assertEquals("dr.race", plans.revisions(HAL, FIRST_PAGE).items().get(0).savedBy());
    }

    /** Waits until the save is waiting for a row lock (pg_locks), or fails if it ends or 20 s pass. */
    private void awaitBlockedOnALock(Future<?> save) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (save.isDone()) {
                throw new AssertionError("the second save did not wait for the first: " + outcome(save));
            }
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement();
                    ResultSet waiting = s.executeQuery("select count(*) from pg_locks where not granted")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second save never waited for a lock");
    }

    private static String outcome(Future<?> save) {
        try {
            return String.valueOf(save.get());
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static ConflictException conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConflictException c) {
                return c;
            }
        }
        throw new AssertionError("not a conflict", e);
    }
}
