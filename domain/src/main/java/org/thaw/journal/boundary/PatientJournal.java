package org.thaw.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.journal.control.JournalDays;
import org.thaw.journal.control.JournalStore;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** A patient's journal as their care team reads it; anyone else gets "not found". */
@ApplicationScoped
@Transactional
public class PatientJournal {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    JournalStore store;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /**
     * Entries from {@code from} to {@code to} (inclusive, newest first); without dates, the last
     * 30 days in the patient's zone.
     */
    @Audited(action = AuditAction.LIST, recordType = "journal_entry")
    public List<JournalDay> between(UUID patientId, LocalDate from, LocalDate to) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        LocalDate today = JournalDays.today(clock, patient.zone(settings.timeZone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        JournalDays.requireWindow(start, end);
        return store.between(patient.id(), start, end).stream()
                .map(JournalDay::of)
                .toList();
    }
}
