package org.thaw.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;

/**
 * A patient's treatment plan as their care team keeps it: the current plan with progress and
 * check-offs, saves (create or revise; each a new revision), the revision history, two revisions
 * side by side, reviews, and a TEXT goal marked met. A patient of anyone else's care team is "not
 * found", whether they exist or not.
 */
@ApplicationScoped
@Transactional
public class PatientPlan {

    /** The current plan with each goal's progress and the homework's check-offs; empty when there is none yet. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan")
    public Optional<PlanView> current(UUID patientId) {
        throw new UnsupportedOperationException("not built yet");
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
        throw new UnsupportedOperationException("not built yet");
    }

    /** The plan's revisions, newest first, paged. */
    @Audited(action = AuditAction.LIST, recordType = "treatment_plan_revision")
    public Page<RevisionSummary> revisions(UUID patientId, PageRequest request) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** One revision whole; an unknown number is "not found". */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan_revision")
    public PlanRevision revision(UUID patientId, int number) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Two revisions side by side, the older first, whichever order they are asked in. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan_revision")
    public RevisionComparison compare(UUID patientId, int number, int otherNumber) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** What a review form starts from: each goal's progress from the data, a suggested next review day. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan")
    public ReviewDraft reviewDraft(UUID patientId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Records a review: each current goal's progress as it stands, the notes, and the next review
     * day, which becomes the plan's review day. Refused, naming the field: a goal that is not one of
     * the plan's, a next review day not after today, a note too long; no plan yet is "not found".
     */
    @Audited(action = AuditAction.CREATE, recordType = "treatment_plan_review")
    public ReviewView review(UUID patientId, ReviewInput input) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Marks a TEXT goal met (or not met again); a new revision that says so. Refused naming {@code goalId} for another kind. */
    @Audited(action = AuditAction.UPDATE, recordType = "treatment_plan")
    public PlanView markGoalMet(UUID patientId, UUID goalId, boolean met) {
        throw new UnsupportedOperationException("not built yet");
    }
}
