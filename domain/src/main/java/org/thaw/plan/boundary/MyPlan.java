package org.thaw.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.plan.control.PlanReader;
import org.thaw.plan.control.PlanStore;
import org.thaw.plan.entity.HomeworkCheckOff;
import org.thaw.plan.entity.PlanHomework;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The patient's own treatment plan, for the portal: the caller is the patient. The current plan
 * without the private note, clinician comments or reviews (its records have no field for them),
 * and homework check-offs, one per item per day, which the care team sees.
 */
@ApplicationScoped
@Transactional
public class MyPlan {

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

    /** The current plan; empty when the care team has written none yet. */
    @Audited(action = AuditAction.READ, recordType = "treatment_plan")
    public Optional<MyPlanView> current() {
        Patient me = me();
        ZoneId zone = me.zone(settings::timeZone);
        return reader.of(me.id()).map(rows -> {
            audit.record(rows.plan().id());
            return reader.patientView(rows, zone, LocalDate.now(clock.withZone(zone)));
        });
    }

    /**
     * Marks a homework item of the current plan done on {@code day} (null: today in the patient's
     * zone; else today or yesterday). Once per item per day: a second call for the same day answers
     * the check-off already there ({@code created} false). An item that is not on the patient's
     * current plan is "not found".
     */
    @Audited(action = AuditAction.CREATE, recordType = "homework_check_off")
    public CheckOff checkOff(UUID homeworkId, LocalDate day) {
        Patient me = me();
        LocalDate today = LocalDate.now(clock.withZone(me.zone(settings::timeZone)));
        PlanReader.PlanRows rows = reader.of(me.id()).orElseThrow(() -> new RecordNotFoundException("homework item"));
        PlanHomework item = rows.currentHomework().stream()
                .filter(h -> h.id().equals(homeworkId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("homework item"));
        LocalDate on = day == null ? today : day;
        if (on.isAfter(today) || on.isBefore(today.minusDays(1))) {
            throw new InvalidInputException("day", "must be today or yesterday (today is " + today + ")");
        }
        boolean created = store.checkOff(item.id(), me.id(), on, clock.instant());
        HomeworkCheckOff checkOff =
                store.checkOffOn(item.id(), on).orElseThrow(() -> new IllegalStateException("check-off not stored"));
        audit.record(checkOff.id());
        return new CheckOff(PlanReader.view(checkOff), created);
    }

    private Patient me() {
        caller.require(Role.PATIENT);
        Patient me = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }
}
