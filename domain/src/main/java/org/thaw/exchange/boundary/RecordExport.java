package org.thaw.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.exchange.control.RecordOwners;
import org.thaw.flag.control.FlagEngine;
import org.thaw.flag.entity.Flag;
import org.thaw.journal.control.JournalDays;
import org.thaw.journal.control.JournalStore;
import org.thaw.journal.entity.JournalEntry;
import org.thaw.medication.control.MedicationStore;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;
import org.thaw.medication.entity.MedicationCourse;
import org.thaw.message.control.MessageStore;
import org.thaw.message.entity.Message;
import org.thaw.message.entity.MessageThread;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.plan.boundary.InterventionCode;
import org.thaw.plan.control.PlanReader;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * Patient records for another system (the clinician app's FHIR API): a clinician reads their care
 * team's patients, a practice-wide reader (realm role {@code fhir-reader}) every patient of the
 * practice; anyone else is refused, and a patient the caller may not read is "not found" like an
 * unknown id. Each call reads in one transaction and leaves one audit row.
 */
@ApplicationScoped
@Transactional
public class RecordExport {

    /** The journal days an export holds, today included. */
    public static final int JOURNAL_DAYS = 366;

    /** The threads an export holds, newest first. */
    static final int THREAD_LIMIT = 500;

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    RecordOwners owners;

    @Inject
    ScreenerStore screeners;

    @Inject
    JournalStore journal;

    @Inject
    FlagEngine flags;

    @Inject
    MedicationStore medications;

    @Inject
    PlanReader plans;

    @Inject
    MessageStore messages;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The patients the caller may read, by last name, then first name. */
    @Audited(action = AuditAction.LIST, recordType = "patient")
    public List<ExportedPatient> patients() {
        List<Patient> visible = practiceWide() ? patients.all() : patients.onCareTeamOf(caller.username());
        return visible.stream().map(RecordExport::exported).toList();
    }

    /** Everything the caller may read of one patient. */
    @Audited(action = AuditAction.READ, recordType = "patient_record")
    public PatientExport record(UUID patientId) {
        Patient patient = visible(patientId);
        audit.concerns(patient.id()).record(patient.id());
        return export(patient);
    }

    /**
     * The whole record of the patient who owns the record with this id (a screener response,
     * journal entry, flag, course, plan, goal, message, or the patient); "not found" when no record
     * has the id or its patient is not the caller's to read.
     */
    @Audited(action = AuditAction.READ, recordType = "patient_record")
    public PatientExport recordHolding(UUID recordId) {
        boolean practiceWide = practiceWide();
        audit.record(recordId);
        UUID owner = recordId == null
                ? null
                : owners.ownerOf(recordId).orElseThrow(() -> new RecordNotFoundException("record"));
        Patient patient = practiceWide ? patients.inPractice(owner) : visible(owner);
        audit.concerns(patient.id());
        return export(patient);
    }

    /** Every version of every instrument Thaw embeds, for questionnaires (no patient data). */
    public List<InstrumentDefinition> instruments() {
        practiceWide();
        return InstrumentCatalogue.standard().all().stream()
                .map(InstrumentDefinition::of)
                .toList();
    }

    /** True for a practice-wide reader, false for a clinician; refuses anyone else. */
    private boolean practiceWide() {
        if (caller.has(Role.FHIR_READER)) {
            return true;
        }
        if (caller.has(Role.CLINICIAN)) {
            return false;
        }
        throw new AccessDeniedException("Reading records needs the role clinician or fhir-reader");
    }

    private Patient visible(UUID patientId) {
        if (practiceWide()) {
            return patients.inPractice(patientId);
        }
        return patients.visibleToClinician(caller.username(), patientId);
    }

    private PatientExport export(Patient patient) {
        ZoneId zone = patient.zone(settings::timeZone);
        LocalDate today = JournalDays.today(clock, zone);
        return new PatientExport(
                exported(patient),
                responses(patient.id()),
                days(patient.id(), today),
                flags(patient.id()),
                courses(patient.id()),
                plan(patient.id(), zone, today),
                messages(patient.id()));
    }

    private static ExportedPatient exported(Patient p) {
        return new ExportedPatient(p.id(), p.firstName(), p.lastName(), p.createdAt());
    }

    private List<ExportedResponse> responses(UUID patientId) {
        return screeners.history(patientId).stream()
                .map(r -> new ExportedResponse(
                        r.id(),
                        r.instrument(),
                        r.version(),
                        r.answers(),
                        r.total(),
                        r.band(),
                        r.administeredOn(),
                        r.submittedAt(),
                        r.source() == Source.CLINICIAN))
                .sorted(Comparator.comparing(ExportedResponse::administeredOn)
                        .thenComparing(ExportedResponse::submittedAt))
                .toList();
    }

    private List<ExportedDay> days(UUID patientId, LocalDate today) {
        List<ExportedDay> days = new ArrayList<>();
        for (JournalEntry e : journal.between(patientId, today.minusDays(JOURNAL_DAYS - 1L), today)) {
            days.add(new ExportedDay(e.id(), e.entryDate(), e.numbness(), e.updatedAt()));
        }
        days.sort(Comparator.comparing(ExportedDay::date));
        return days;
    }

    private List<ExportedFlag> flags(UUID patientId) {
        return flags.ofPatient(patientId).stream()
                .map((Flag f) ->
                        new ExportedFlag(f.id(), f.type(), f.severity(), f.status(), f.openedAt(), f.resolvedAt()))
                .sorted(Comparator.comparing(ExportedFlag::openedAt))
                .toList();
    }

    private List<ExportedCourse> courses(UUID patientId) {
        List<MedicationCourse> courses = medications.coursesOf(patientId).stream()
                .filter(c -> !c.isEnteredInError())
                .toList();
        Map<UUID, List<DoseChange>> changes = medications.doseChanges(
                courses.stream().map(MedicationCourse::id).toList());
        List<ExportedCourse> out = new ArrayList<>();
        for (MedicationCourse c : courses) {
            CourseValues v = c.values();
            List<ExportedCourse.Dose> doses = new ArrayList<>();
            doses.add(new ExportedCourse.Dose(v.startedOn(), v.dose(), v.unit(), v.frequency()));
            Instant last = null;
            for (DoseChange d : changes.getOrDefault(c.id(), List.of())) {
                doses.add(new ExportedCourse.Dose(d.changedOn(), d.dose(), d.unit(), d.frequency()));
                last = d.enteredAt();
            }
            out.add(new ExportedCourse(
                    c.id(), v.rxnorm(), v.name(), v.antidepressant(), v.startedOn(), v.stoppedOn(), doses, last));
        }
        out.sort(Comparator.comparing(ExportedCourse::startedOn));
        return out;
    }

    private ExportedPlan plan(UUID patientId, ZoneId zone, LocalDate today) {
        return plans.of(patientId)
                .map(rows -> {
                    Map<UUID, GoalProgress> progress = plans.progress(patientId, rows, zone, today);
                    List<ExportedPlan.Goal> goals = rows.currentGoals().stream()
                            .map(g -> {
                                GoalProgress p = progress.get(g.id());
                                return new ExportedPlan.Goal(
                                        g.id(),
                                        PlanReader.description(g),
                                        g.targetDate(),
                                        p != null && p.met(),
                                        p == null ? null : p.summary());
                            })
                            .toList();
                    List<ExportedPlan.Intervention> interventions = rows.interventions().stream()
                            .map(i -> new ExportedPlan.Intervention(
                                    i.code(),
                                    InterventionCode.of(i.code())
                                            .map(InterventionCode::label)
                                            .orElse(i.code()),
                                    i.frequency()))
                            .toList();
                    return new ExportedPlan(
                            rows.plan().id(),
                            rows.plan().problem(),
                            rows.plan().startedAt(),
                            rows.plan().updatedAt(),
                            rows.plan().reviewOn(),
                            goals,
                            interventions);
                })
                .orElse(null);
    }

    private List<ExportedMessage> messages(UUID patientId) {
        List<ExportedMessage> out = new ArrayList<>();
        for (MessageThread t : messages.threadsOfPatient(patientId, THREAD_LIMIT)) {
            for (Message m : messages.messages(t.id())) {
                if (!m.hidden()) {
                    out.add(new ExportedMessage(
                            m.id(), t.id(), t.subject(), m.authorRole(), m.authorName(), m.body(), m.sentAt()));
                }
            }
        }
        out.sort(Comparator.comparing(ExportedMessage::sentAt));
        return out;
    }
}
