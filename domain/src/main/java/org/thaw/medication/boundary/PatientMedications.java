package org.thaw.medication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.medication.control.MedicationCatalogue;
import org.thaw.medication.control.MedicationStore;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;
import org.thaw.medication.entity.MedicationCourse;
import org.thaw.medication.entity.MedicationNote;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.Inputs;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * A patient's medications as their care team keeps them: courses, dose changes, stops,
 * corrections, entered in error, clinician notes, and the patient's side-effect reports. A patient
 * or course of anyone else's care team is "not found", whether it exists or not. Nothing is
 * deleted. A course recorded or corrected and a dose change are facts for the flag engine
 * (MEDICATION_ONSET), evaluated in this transaction.
 */
@ApplicationScoped
@Transactional
public class PatientMedications {

    /** The field that names a course which can no longer change. */
    public static final String COURSE_ID = "courseId";

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

    /** Every course of a care-team patient, entered in error included, the latest start first, with dose changes, notes and revisions. */
    @Audited(action = AuditAction.LIST, recordType = "medication_course")
    public List<CourseView> ofPatient(UUID patientId) {
        Patient patient = patient(patientId);
        return CourseView.of(store, store.coursesOf(patient.id()), true);
    }

    /**
     * Records a course. Refused, naming each field, with nothing stored: Bean Validation of {@link
     * CourseInput}, an RxNorm code outside the catalogue, a name that does not match it, a drug
     * outside the catalogue without {@code antidepressant}, an unknown unit or frequency, a start in
     * the future, a stop before the start or in the future, a stop reason without a stop.
     */
    @Audited(action = AuditAction.CREATE, recordType = "medication_course")
    public CourseView record(UUID patientId, CourseInput input) {
        Patient patient = patient(patientId);
        inputs.check("input", input);
        CourseValues values = input.values(MedicationCatalogue.standard(), today(patient));
        MedicationCourse course =
                store.add(new MedicationCourse(patient.id(), values, clock.instant(), caller.username()));
        audit.record(course.id());
        flags.medicationChanged(patient.id(), zone(patient));
        return view(course);
    }

    /**
     * Corrects a course: every value is replaced by {@code input}'s, and the previous ones are kept
     * as a revision with who and when. Refused as {@link #record} is, and when the corrected start
     * is after a dose change or the corrected stop before one.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "medication_course")
    public CourseView correct(UUID courseId, CourseInput input) {
        MedicationCourse course = changeable(courseId);
        Patient patient = patient(course.patientId());
        inputs.check("input", input);
        CourseValues values = input.values(MedicationCatalogue.standard(), today(patient));
        CourseRules.correction(values, doseChanges(course));
        store.add(course.correct(values, clock.instant(), caller.username()));
        flags.medicationChanged(patient.id(), zone(patient));
        return view(course);
    }

    /**
     * Marks a course entered in error, with the reason: it leaves the patient's list, the timeline
     * and the rules, and stays in the record. A flag it contributed to stays as it is: only a
     * clinician resolves flags.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "medication_course")
    public CourseView enteredInError(UUID courseId, EnteredInErrorInput input) {
        MedicationCourse course = changeable(courseId);
        inputs.check("input", input);
        course.enterInError(input.reason().strip(), clock.instant(), caller.username());
        return view(course);
    }

    /**
     * Records a dose change from a day on. Refused, naming the field: a dose that is not more than
     * 0, a day before the start, after the stop or in the future, an unknown unit or frequency.
     */
    @Audited(action = AuditAction.CREATE, recordType = "dose_change")
    public DoseChangeView addDoseChange(UUID courseId, DoseChangeInput input) {
        MedicationCourse course = changeable(courseId);
        Patient patient = patient(course.patientId());
        inputs.check("input", input);
        CourseRules.Resolved resolved =
                CourseRules.doseChange(input, course.values(), doseChanges(course), today(patient));
        DoseChange change = store.add(new DoseChange(
                course.id(),
                input.on(),
                input.dose(),
                resolved.unit(),
                resolved.frequency(),
                caller.username(),
                clock.instant()));
        audit.record(change.id());
        flags.medicationChanged(patient.id(), zone(patient));
        return DoseChangeView.of(change);
    }

    /**
     * Stops a running course on a day, with an optional reason (clinician-only). Refused, naming
     * {@code on}: a course already stopped, a day before the start or the last dose change, or in
     * the future.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "medication_course")
    public CourseView stop(UUID courseId, StopInput input) {
        MedicationCourse course = changeable(courseId);
        Patient patient = patient(course.patientId());
        inputs.check("input", input);
        CourseRules.stop(input, course.values(), doseChanges(course), today(patient));
        course.stop(input.on(), Refusals.textOrNull(input.reason()));
        return view(course);
    }

    /** Adds a clinician's dated note to a course (clinician-only: never in anything the patient reads). */
    @Audited(action = AuditAction.CREATE, recordType = "medication_note")
    public NoteView addNote(UUID courseId, NoteInput input) {
        MedicationCourse course = visibleCourse(courseId);
        inputs.check("input", input);
        MedicationNote note = store.add(new MedicationNote(
                course.id(),
                input.text().strip(),
                caller.username(),
                patients.clinicianName(caller.username()),
                clock.instant()));
        audit.record(note.id());
        return NoteView.of(note);
    }

    /** The patient's side-effect reports, newest first, each with the name of the course it names. */
    @Audited(action = AuditAction.LIST, recordType = "side_effect_report")
    public List<SideEffectView> sideEffects(UUID patientId) {
        Patient patient = patient(patientId);
        return MyMedications.reports(store, patient.id());
    }

    private CourseView view(MedicationCourse course) {
        return CourseView.of(store, List.of(course), true).get(0);
    }

    private List<DoseChange> doseChanges(MedicationCourse course) {
        return store.doseChanges(List.of(course.id())).getOrDefault(course.id(), List.of());
    }

    /** The care-team patient, named to the audit trail; anyone else's is "not found". */
    private Patient patient(UUID patientId) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        return patient;
    }

    /** A course of a care-team patient, named to the audit trail; anyone else's is "not found". */
    private MedicationCourse visibleCourse(UUID courseId) {
        caller.require(Role.CLINICIAN);
        MedicationCourse course =
                store.course(courseId).orElseThrow(() -> new RecordNotFoundException("medication course"));
        if (!patients.isOnCareTeam(caller.username(), course.patientId())) {
            throw new RecordNotFoundException("medication course");
        }
        audit.concerns(course.patientId()).record(course.id());
        return course;
    }

    /** As {@link #visibleCourse}, refused naming {@value #COURSE_ID} when it was entered in error. */
    private MedicationCourse changeable(UUID courseId) {
        MedicationCourse course = visibleCourse(courseId);
        if (course.isEnteredInError()) {
            throw new InvalidInputException(
                    COURSE_ID, "was entered in error and can no longer change; record a new course instead");
        }
        return course;
    }

    private ZoneId zone(Patient patient) {
        return patient.zone(settings::timeZone);
    }

    private LocalDate today(Patient patient) {
        return LocalDate.now(clock.withZone(zone(patient)));
    }
}
