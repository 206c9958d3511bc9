package org.thaw.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.journal.control.JournalCatalogue;
import org.thaw.journal.control.JournalDays;
import org.thaw.journal.control.JournalStore;
import org.thaw.journal.entity.CheckIn;
import org.thaw.medication.control.MedicationStore;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.Inputs;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/** The patient's own journal, for the portal: the caller is the patient. */
@ApplicationScoped
@Transactional
public class MyJournal {

    /** How many days the portal lists and charts. */
    public static final int RECENT_DAYS = 30;

    /** How far back a streak is counted: one indexed read of at most a year's days. */
    public static final int STREAK_HORIZON_DAYS = 366;

    /** The medication question is asked again once its last answer is this many days old. */
    public static final int MEDICATION_QUESTION_DAYS = 7;

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

    @Inject
    MedicationStore medications;

    /**
     * Writes the entry for {@code date} (today or yesterday in the patient's zone): creates it,
     * or replaces the day's entry if there is one. Refused, with nothing saved: a date other than
     * today or yesterday ({@code date}), an answer out of range (Bean Validation, naming the
     * field), an unknown emotion or coping code ({@code emotions}, {@code copingTried}).
     */
    @Audited(action = AuditAction.UPDATE, recordType = "journal_entry")
    public SavedDay save(LocalDate date, JournalInput input) {
        if (date == null) {
            throw new InvalidInputException("date", "is required (yyyy-mm-dd)");
        }
        inputs.check("input", input);
        Patient me = me();
        ZoneId zone = zone(me);
        JournalDays.requireWritable(date, clock, zone);
        CheckIn checkIn = input.checkIn(JournalCatalogue.standard());
        JournalStore.Saved saved = store.upsert(me.id(), date, checkIn, clock.instant());

        flags.journalWritten(me.id(), date, zone);
        audit.record(saved.id()).action(saved.created() ? AuditAction.CREATE : AuditAction.UPDATE);
        return new SavedDay(JournalDay.saved(date, checkIn, saved), saved.created());
    }

    /**
     * The journal page's picture: today, the last {@value #RECENT_DAYS} days' entries (today
     * included, newest first), the streak, counted over at most {@value #STREAK_HORIZON_DAYS}
     * days, and whether today's check-in asks the medication question.
     */
    @Audited(action = AuditAction.LIST, recordType = "journal_entry")
    public JournalOverview overview() {
        Patient me = me();
        ZoneId zone = zone(me);
        LocalDate today = JournalDays.today(clock, zone);
        List<JournalDay> days = store.between(me.id(), today.minusDays(RECENT_DAYS - 1L), today).stream()
                .map(JournalDay::of)
                .toList();
        int streak = JournalDays.streak(
                store.datesBetween(me.id(), today.minusDays(STREAK_HORIZON_DAYS - 1L), today), clock, zone);
        boolean asks = medications.hasActiveCourse(me.id(), today)
                && !store.answeredMedicationQuestion(
                        me.id(), today.minusDays(MEDICATION_QUESTION_DAYS - 1L), today.minusDays(1));
        return new JournalOverview(today, days, streak, asks);
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
        return patients.signedIn(caller)
                .map(p -> JournalDays.today(clock, zone(p)))
                .orElseGet(() -> JournalDays.today(clock, settings.timeZone()));
    }

    private Patient me() {
        caller.require(Role.PATIENT);
        Patient me = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }

    private ZoneId zone(Patient patient) {
        return patient.zone(settings::timeZone);
    }
}
