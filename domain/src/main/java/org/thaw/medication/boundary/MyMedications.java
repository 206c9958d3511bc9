package org.thaw.medication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.BluntingReport;
import org.thaw.flag.control.FlagEngine;
import org.thaw.medication.control.MedicationCatalogue;
import org.thaw.medication.control.MedicationStore;
import org.thaw.medication.entity.MedicationCourse;
import org.thaw.medication.entity.SideEffectReport;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.Inputs;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The patient's own medications, for the portal: the caller is the patient. Their courses, current
 * and past, without stop reasons, notes or revisions (the records have no field for them), and
 * their side-effect reports. A report is a fact for the flag engine (MEDICATION_ONSET), evaluated
 * in this transaction.
 */
@ApplicationScoped
@Transactional
public class MyMedications {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    MedicationStore store;

    @Inject
    FlagEngine flags;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Inputs inputs;

    /** The patient's courses, the latest start first; a course entered in error is not among them. */
    @Audited(action = AuditAction.LIST, recordType = "medication_course")
    public List<MyCourseView> courses() {
        Patient me = me();
        return CourseView.of(store, ownCourses(me), false).stream()
                .map(MyCourseView::of)
                .toList();
    }

    /**
     * Stores a side-effect report made today (the patient's zone). Refused, naming the field, with
     * nothing stored: blunting missing or outside 0–10, an unknown effect code ({@code effects}), a
     * note over 2,000 characters, {@code since} in the future, a {@code courseId} that is not one of
     * the patient's courses.
     */
    @Audited(action = AuditAction.CREATE, recordType = "side_effect_report")
    public SideEffectView report(SideEffectInput input) {
        Patient me = me();
        inputs.check("input", input);
        LocalDate today = LocalDate.now(clock.withZone(me.zone(settings::timeZone)));
        Refusals refusals = new Refusals();
        MedicationCourse course = null;
        if (input.courseId() != null) {
            course = ownCourses(me).stream()
                    .filter(c -> c.id().equals(input.courseId()))
                    .findFirst()
                    .orElse(null);
            if (course == null) {
                refusals.refuse(
                        PatientMedications.COURSE_ID, "is not one of your medications; leave it out if not sure");
            }
        }
        refusals.notInFuture("since", input.since(), today);
        refusals.throwIfAny();
        List<String> effects = MedicationCatalogue.standard().checkedEffects(input.effects());
        SideEffectReport report = store.add(new SideEffectReport(
                me.id(),
                input.courseId(),
                input.blunting(),
                effects,
                Refusals.textOrNull(input.note()),
                input.since(),
                today,
                clock.instant()));
        audit.record(report.id());
        flags.sideEffectReported(
                me.id(), new BluntingReport(report.id(), report.courseId(), report.blunting(), report.reportedOn()));
        return SideEffectView.of(report, course == null ? null : course.values().name());
    }

    /** The patient's own side-effect reports, newest first. */
    @Audited(action = AuditAction.LIST, recordType = "side_effect_report")
    public List<SideEffectView> reports() {
        return reports(store, me().id());
    }

    /** A patient's reports, newest first, each with the name of the course it names (one read of the courses). */
    static List<SideEffectView> reports(MedicationStore store, UUID patientId) {
        Map<UUID, String> names = store.coursesOf(patientId).stream()
                .collect(Collectors.toMap(MedicationCourse::id, c -> c.values().name()));
        return store.reportsOf(patientId).stream()
                .map(r -> SideEffectView.of(r, r.courseId() == null ? null : names.get(r.courseId())))
                .toList();
    }

    private List<MedicationCourse> ownCourses(Patient me) {
        return store.coursesOf(me.id()).stream()
                .filter(c -> !c.isEnteredInError())
                .toList();
    }

    private Patient me() {
        caller.require(Role.PATIENT);
        Patient me = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }
}
