package org.thaw.journal.boundary;

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
import org.thaw.journal.control.JournalCatalogue;
import org.thaw.journal.control.JournalDays;
import org.thaw.journal.control.JournalStore;
import org.thaw.journal.entity.CheckIn;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.ConflictException;
import org.thaw.platform.Inputs;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * A patient's journal as their care team reads it, and the days a clinician types in from the
 * patient's paper diary; anyone else gets "not found".
 */
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

    @Inject
    FlagEngine flags;

    @Inject
    Inputs inputs;

    /**
     * Types in the patient's check-in for {@code date} from their paper diary: creates the day's
     * entry, or replaces one typed in from paper before (by any clinician of the care team), marked
     * with the clinician who typed it ("entered by … from a paper diary" wherever it is shown). The
     * flag engine evaluates it as of its own day ({@link FlagEngine#journalEnteredFromPaper}).
     * Refused, with nothing saved: a day outside 2 to 90 days back in the patient's zone ({@code
     * date}: today and yesterday are the patient's own), an answer refused as the patient's own
     * would be; a day the patient wrote themselves stays theirs ({@link ConflictException} naming
     * {@code date}).
     */
    @Audited(action = AuditAction.UPDATE, recordType = "journal_entry")
    public SavedDay enterFromPaper(UUID patientId, LocalDate date, JournalInput input) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        if (date == null) {
            throw new InvalidInputException("date", "is required (yyyy-mm-dd)");
        }
        inputs.check("input", input);
        ZoneId zone = patient.zone(settings::timeZone);
        JournalDays.requirePaperDay(date, clock, zone);
        CheckIn checkIn = input.checkIn(JournalCatalogue.standard());
        Clinician clinician = patients.clinician(caller.username())
                .orElseThrow(() -> new AccessDeniedException("no clinician record for " + caller.username()));
        JournalStore.Saved saved = store.upsertFromPaper(
                        patient.id(), date, checkIn, clinician.id(), clinician.displayName(), clock.instant())
                .orElseThrow(() -> new ConflictException(
                        "date",
                        "the patient wrote their own check-in for " + date
                                + "; it stays theirs and cannot be replaced from a paper diary"));
        flags.journalEnteredFromPaper(patient.id(), date, zone);
        audit.record(saved.id()).action(saved.created() ? AuditAction.CREATE : AuditAction.UPDATE);
        return new SavedDay(JournalDay.saved(date, checkIn, saved), saved.created());
    }

    /**
     * Entries from {@code from} to {@code to} (inclusive, newest first); without dates, the last
     * 30 days in the patient's zone.
     */
    @Audited(action = AuditAction.LIST, recordType = "journal_entry")
    public List<JournalDay> between(UUID patientId, LocalDate from, LocalDate to) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        LocalDate today = JournalDays.today(clock, patient.zone(settings::timeZone));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        JournalDays.requireWindow(start, end);
        return store.between(patient.id(), start, end).stream()
                .map(JournalDay::of)
                .toList();
    }
}
