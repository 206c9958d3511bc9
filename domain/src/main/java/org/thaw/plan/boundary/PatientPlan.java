package org.thaw.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.plan.control.PlanChanges;
import org.thaw.plan.control.PlanReader;
import org.thaw.plan.control.PlanRules;
import org.thaw.plan.control.PlanStore;
import org.thaw.plan.entity.PlanGoal;
import org.thaw.plan.entity.PlanHomework;
import org.thaw.plan.entity.PlanReview;
import org.thaw.plan.entity.PlanReviewGoal;
import org.thaw.plan.entity.TreatmentPlan;
import org.thaw.plan.entity.TreatmentPlanRevision;
import org.thaw.platform.ConflictException;
import org.thaw.platform.Inputs;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.InvalidInputException.FieldError;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * A patient's treatment plan as their care team keeps it: the current plan with progress and
 * check-offs, saves (create or revise; each a new revision), the revision history, two revisions
 * side by side, reviews, and a TEXT goal marked met. A patient of anyone else's care team is "not
 * found", whether they exist or not.
 */
@ApplicationScoped
@Transactional
public class PatientPlan {

    /** The field a conflicting save is refused by. */
    public static final String VERSION = "version";

    /** How far ahead a review form suggests the next review. */
    static final int SUGGESTED_REVIEW_WEEKS = 4;

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    PlanStore store;

    @Inject
    PlanReader reader;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Inputs inputs;

    /** The current plan with each goal's progress and the homework's check-offs; empty when there is none yet. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan")
    public Optional<PlanView> current(UUID patientId) {
        Patient patient = patient(patientId);
        return reader.of(patient.id()).map(rows -> {
            audit.record(rows.plan().id());
            return reader.careTeamView(rows, zone(patient), today(patient));
        });
    }

    /**
     * Creates the plan ({@code input.version()} null, no plan yet) or revises it ({@code version}
     * the current one); either way a new revision. A stale version is refused as a conflict naming
     * {@code version}, with nothing saved. Refused, naming each field: an empty problem or goal, an
     * unknown instrument or intervention code, a target outside the instrument's range, JOURNAL
     * {@code days} outside 7–56, a review day in the past, too many items, text too long.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "treatment_plan")
    public SavedPlan save(UUID patientId, PlanInput input) {
        Patient patient = patient(patientId);
        inputs.check("input", input);
        Optional<PlanReader.PlanRows> existing = reader.of(patient.id());
        requireVersion(existing.map(PlanReader.PlanRows::plan), input.version());
        LocalDate today = today(patient);
        ZoneId zone = zone(patient);
        PlanContent checked = PlanRules.check(
                input,
                InstrumentCatalogue.standard(),
                today,
                existing.map(r -> r.plan().reviewOn()).orElse(null),
                existing.map(r -> ids(r.goals(), PlanGoal::id)).orElse(Set.of()),
                existing.map(r -> ids(r.homework(), PlanHomework::id)).orElse(Set.of()));
        var now = clock.instant();
        String by = caller.username();
        TreatmentPlan plan;
        PlanContent before = existing.map(r -> r.content(zone)).orElse(null);
        try {
            if (existing.isEmpty()) {
                plan = store.add(new TreatmentPlan(
                        patient.id(), checked.problem(), checked.privateNote(), checked.reviewOn(), now, by));
            } else {
                plan = existing.get().plan();
                plan.revise(checked.problem(), checked.privateNote(), checked.reviewOn(), now, by);
            }
            store.apply(plan, checked, now);
            store.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        } catch (PersistenceException e) {
            if (existing.isEmpty() && uniqueViolation(e)) {
                // the unique patient_id: another first plan was saved at the same time
                throw changedMeanwhile();
            }
            throw e;
        }
        PlanReader.PlanRows after = reader.rows(plan);
        PlanContent content = after.content(zone);
        store.addRevision(plan, content, PlanChanges.between(before, content), now, by);
        audit.record(plan.id());
        return new SavedPlan(reader.careTeamView(after, zone, today), existing.isEmpty());
    }

    /** The plan's revisions, newest first, paged. */
    @Audited(action = AuditAction.LIST, recordType = "treatment_plan_revision")
    public Page<RevisionSummary> revisions(UUID patientId, PageRequest request) {
        TreatmentPlan plan = plan(patientId);
        List<RevisionSummary> items = store.revisions(plan.id(), request.offset(), request.size()).stream()
                .map(r -> new RevisionSummary(r.number(), r.savedAt(), r.savedBy(), PlanStore.changes(r)))
                .toList();
        return new Page<>(items, request.page(), request.size(), store.revisionCount(plan.id()));
    }

    /** One revision whole; an unknown number is "not found". */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan_revision")
    public PlanRevision revision(UUID patientId, int number) {
        TreatmentPlan plan = plan(patientId);
        return store.revisions(plan.id(), List.of(number)).stream()
                .findFirst()
                .map(PatientPlan::revision)
                .orElseThrow(() -> new RecordNotFoundException("plan revision"));
    }

    /** Two revisions side by side, the older first, whichever order they are asked in. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan_revision")
    public RevisionComparison compare(UUID patientId, int number, int otherNumber) {
        TreatmentPlan plan = plan(patientId);
        Map<Integer, PlanRevision> found = store.revisions(plan.id(), List.of(number, otherNumber)).stream()
                .map(PatientPlan::revision)
                .collect(Collectors.toMap(PlanRevision::number, r -> r));
        PlanRevision a = found.get(Math.min(number, otherNumber));
        PlanRevision b = found.get(Math.max(number, otherNumber));
        if (a == null || b == null) {
            throw new RecordNotFoundException("plan revision");
        }
        return new RevisionComparison(a, b);
    }

    /** What a review form starts from: each goal's progress from the data, a suggested next review day. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan")
    public ReviewDraft reviewDraft(UUID patientId) {
        Patient patient = patient(patientId);
        PlanReader.PlanRows rows = reader.of(patient.id()).orElseThrow(() -> new RecordNotFoundException("plan"));
        audit.record(rows.plan().id());
        LocalDate today = today(patient);
        Map<UUID, GoalProgress> progress = reader.progress(patient.id(), rows, zone(patient), today);
        List<ReviewLineView> lines = rows.currentGoals().stream()
                .map(g -> new ReviewLineView(
                        g.id(),
                        PlanReader.description(g),
                        progress.get(g.id()),
                        progress.get(g.id()).summary()))
                .toList();
        return new ReviewDraft(rows.plan().version(), lines, today.plusWeeks(SUGGESTED_REVIEW_WEEKS));
    }

    /**
     * Records a review: each current goal's progress as it stands, the notes, and the next review
     * day, which becomes the plan's review day (a revision that says so). Refused, naming the field:
     * a goal that is not one of the plan's, a next review day not after today, a note too long; no
     * plan yet is "not found".
     */
    @Audited(action = AuditAction.CREATE, recordType = "treatment_plan_review")
    public ReviewView review(UUID patientId, ReviewInput input) {
        Patient patient = patient(patientId);
        PlanReader.PlanRows rows = reader.of(patient.id()).orElseThrow(() -> new RecordNotFoundException("plan"));
        inputs.check("input", input);
        LocalDate today = today(patient);
        ZoneId zone = zone(patient);
        Map<UUID, String> notes = reviewNotes(input, rows, today);
        TreatmentPlan plan = rows.plan();
        PlanContent before = rows.content(zone);
        Map<UUID, GoalProgress> progress = reader.progress(patient.id(), rows, zone, today);
        var now = clock.instant();
        PlanReview review = store.add(new PlanReview(
                plan.id(), today, now, caller.username(), PlanRules.text(input.note()), input.nextReviewOn()));
        List<PlanReviewGoal> lines = new ArrayList<>();
        List<PlanGoal> goals = rows.currentGoals();
        for (int i = 0; i < goals.size(); i++) {
            PlanGoal g = goals.get(i);
            lines.add(store.add(new PlanReviewGoal(
                    review.id(), g.id(), i, PlanReader.description(g), progress.get(g.id()), notes.get(g.id()))));
        }
        plan.nextReviewOn(input.nextReviewOn());
        plan.touched(now, caller.username());
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
        PlanContent after = reader.rows(plan).content(zone);
        List<String> changes = new ArrayList<>();
        changes.add("Reviewed; next review on " + input.nextReviewOn());
        store.addRevision(plan, after, changes, now, caller.username());
        audit.record(review.id());
        return PlanReader.view(review, lines);
    }

    /** Marks a TEXT goal met (or not met again); a new revision that says so. Refused naming {@code goalId} for another kind. */
    @Audited(action = AuditAction.UPDATE, recordType = "treatment_plan")
    public PlanView markGoalMet(UUID patientId, UUID goalId, boolean met) {
        Patient patient = patient(patientId);
        PlanReader.PlanRows rows = reader.of(patient.id()).orElseThrow(() -> new RecordNotFoundException("plan"));
        PlanGoal goal = rows.currentGoals().stream()
                .filter(g -> g.id().equals(goalId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("goal"));
        if (goal.kind() != GoalKind.TEXT) {
            throw new InvalidInputException(
                    "goalId",
                    "is a " + goal.kind() + " goal, which its data marks met; only a TEXT goal is marked met");
        }
        ZoneId zone = zone(patient);
        PlanContent before = rows.content(zone);
        var now = clock.instant();
        TreatmentPlan plan = rows.plan();
        goal.markMet(met, now, caller.username());
        plan.touched(now, caller.username());
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
        PlanReader.PlanRows after = reader.rows(plan);
        PlanContent content = after.content(zone);
        store.addRevision(plan, content, PlanChanges.between(before, content), now, caller.username());
        audit.record(plan.id());
        return reader.careTeamView(after, zone, today(patient));
    }

    private Map<UUID, String> reviewNotes(ReviewInput input, PlanReader.PlanRows rows, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (input.nextReviewOn() != null && !input.nextReviewOn().isAfter(today)) {
            errors.add(new FieldError("nextReviewOn", "must be after today (today is " + today + ")"));
        }
        Set<UUID> current = ids(rows.currentGoals(), PlanGoal::id);
        Map<UUID, String> notes = new HashMap<>();
        List<GoalReviewInput> goals = input.goals() == null ? List.of() : input.goals();
        for (int i = 0; i < goals.size(); i++) {
            GoalReviewInput g = goals.get(i);
            String field = "goals[" + i + "]";
            if (g == null || g.goalId() == null) {
                errors.add(new FieldError(field + ".goalId", "is required: a goal of the plan"));
            } else if (!current.contains(g.goalId())) {
                errors.add(new FieldError(field + ".goalId", "is not a goal of the current plan"));
            } else if (notes.containsKey(g.goalId())) {
                errors.add(new FieldError(field + ".goalId", "names a goal already listed"));
            } else {
                String note = PlanRules.text(g.note());
                if (note != null && note.length() > PlanReviewGoal.NOTE_MAX) {
                    errors.add(new FieldError(field + ".note", "must be at most 2000 characters"));
                }
                notes.put(g.goalId(), note);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return notes;
    }

    private void requireVersion(Optional<TreatmentPlan> plan, Long version) {
        if (plan.isEmpty()) {
            if (version != null) {
                throw new ConflictException(
                        VERSION, "names a plan that does not exist: this patient has no plan yet; leave version out");
            }
            return;
        }
        TreatmentPlan current = plan.get();
        if (version == null) {
            throw new ConflictException(
                    VERSION,
                    "is missing, and this patient has a plan already (version " + current.version()
                            + "): reload the plan and edit it; nothing was saved");
        }
        if (version != current.version()) {
            throw new ConflictException(
                    VERSION,
                    "is " + version + ", but the plan was changed since (by " + current.updatedBy() + ", now version "
                            + current.version() + "): reload the plan and make your changes again; nothing was saved");
        }
    }

    /** PostgreSQL's unique_violation anywhere in the causes. */
    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException(
                VERSION,
                "the plan was changed by someone else at the same time: reload the plan and make your changes"
                        + " again; nothing was saved");
    }

    private static PlanRevision revision(TreatmentPlanRevision r) {
        return new PlanRevision(r.number(), r.savedAt(), r.savedBy(), PlanStore.changes(r), PlanStore.content(r));
    }

    private static <T> Set<UUID> ids(List<T> items, Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    /** The care-team patient's plan; no plan yet is "not found". */
    private TreatmentPlan plan(UUID patientId) {
        Patient patient = patient(patientId);
        TreatmentPlan plan = store.planOf(patient.id()).orElseThrow(() -> new RecordNotFoundException("plan"));
        audit.record(plan.id());
        return plan;
    }

    /** The care-team patient, named to the audit trail; anyone else's is "not found". */
    private Patient patient(UUID patientId) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        return patient;
    }

    private ZoneId zone(Patient patient) {
        return patient.zone(settings::timeZone);
    }

    private LocalDate today(Patient patient) {
        return LocalDate.now(clock.withZone(zone(patient)));
    }
}
