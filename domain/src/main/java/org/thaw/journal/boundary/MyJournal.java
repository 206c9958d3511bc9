package org.thaw.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.journal.control.JournalDays;
import org.thaw.journal.control.JournalStore;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/** The patient's own journal, for the portal: the caller is the patient. */
@ApplicationScoped
@Transactional
public class MyJournal {

    /** How many days the portal lists. */
    public static final int RECENT_DAYS = 14;

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
     * Writes the entry for {@code date} (today or yesterday in the patient's zone): creates it,
     * or updates the day's entry if there is one.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "journal_entry")
    public SavedDay save(@NotNull(message = "is required (yyyy-mm-dd)") LocalDate date,
            @NotNull(message = "is required") @Valid JournalInput input) {
        Patient me = me();
        JournalDays.requireWritable(date, clock, zone(me));
        JournalStore.Saved saved = store.upsert(me.id(), date, input.numbness(), input.noteOrNull(), clock.instant());
        audit.record(saved.id()).action(saved.created() ? AuditAction.CREATE : AuditAction.UPDATE);
        return new SavedDay(JournalDay.of(store.find(saved.id())), saved.created());
    }

    /** The last {@value #RECENT_DAYS} days' entries (today included), newest first. */
    @Audited(action = AuditAction.LIST, recordType = "journal_entry")
    public List<JournalDay> recent() {
        Patient me = me();
        LocalDate today = JournalDays.today(clock, zone(me));
        return store.between(me.id(), today.minusDays(RECENT_DAYS - 1L), today).stream().map(JournalDay::of).toList();
    }

    /** Entries from {@code from} to {@code to}, inclusive, newest first (at most 366 days). */
    @Audited(action = AuditAction.LIST, recordType = "journal_entry")
    public List<JournalDay> between(LocalDate from, LocalDate to) {
        Patient me = me();
        JournalDays.requireWindow(from, to);
        return store.between(me.id(), from, to).stream().map(JournalDay::of).toList();
    }

    /** Today in the patient's time zone (what the portal's form writes to). */
    public LocalDate today() {
        caller.require(Role.PATIENT);
        return patients.byUsername(caller.username())
                .map(p -> JournalDays.today(clock, zone(p)))
                .orElseGet(() -> JournalDays.today(clock, settings.timeZone()));
    }

    private Patient me() {
        caller.require(Role.PATIENT);
        Patient me = patients.byUsername(caller.username()).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }

    private ZoneId zone(Patient patient) {
        return patient.zone(settings.timeZone());
    }
}
