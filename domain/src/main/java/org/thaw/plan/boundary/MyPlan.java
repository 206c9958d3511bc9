package org.thaw.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;

/**
 * The patient's own treatment plan, for the portal: the caller is the patient. The current plan
 * without the private note, clinician comments or reviews (its records have no field for them),
 * and homework check-offs, one per item per day, which the care team sees.
 */
@ApplicationScoped
@Transactional
public class MyPlan {

    /** The current plan; empty when the care team has written none yet. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan")
    public Optional<MyPlanView> current() {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Marks a homework item of the current plan done on {@code day} (null: today in the patient's
     * zone; else today or yesterday). Once per item per day: a second call for the same day answers
     * the check-off already there ({@code created} false). An item that is not on the patient's
     * current plan is "not found".
     */
    @Audited(action = AuditAction.CREATE, recordType = "homework_check_off")
    public CheckOff checkOff(UUID homeworkId, LocalDate day) {
        throw new UnsupportedOperationException("not built yet");
    }
}
