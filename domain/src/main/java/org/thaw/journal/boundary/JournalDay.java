package org.thaw.journal.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.journal.control.JournalStore;
import org.thaw.journal.entity.CheckIn;
import org.thaw.journal.entity.JournalEntry;

/**
 * One day's entry as the portal, the chart and the REST API show it; the component names are the
 * REST field names (null: not answered; the code lists are empty when nothing was chosen).
 * {@code enteredBy} names the clinician who typed the entry in from the patient's paper diary
 * (shown as "entered by … from a paper diary" wherever the entry is shown); null for the patient's
 * own.
 */
public record JournalDay(
        UUID id,
        LocalDate date,
        int numbness,
        Integer positiveIntensity,
        Integer negativeIntensity,
        List<String> emotions,
        BigDecimal sleepHours,
        Integer activityMinutes,
        Boolean meaningfulContact,
        List<String> copingTried,
        Boolean hopeless,
        FunctioningImpact functioningImpact,
        String note,
        Instant updatedAt,
        MedicationAffectsFeeling medicationAffectsFeeling,
        String enteredBy) {

    /**
     * The day just saved: every answer is the check-in written (an upsert replaces them all), the
     * rest is what the upsert returned.
     */
    static JournalDay saved(LocalDate date, CheckIn c, JournalStore.Saved saved) {
        return of(saved.id(), date, c, saved.updatedAt(), saved.enteredByName());
    }

    static JournalDay of(JournalEntry e) {
        return of(e.id(), e.entryDate(), e.checkIn(), e.updatedAt(), e.enteredByName());
    }

    private static JournalDay of(UUID id, LocalDate date, CheckIn c, Instant updatedAt, String enteredBy) {
        return new JournalDay(
                id,
                date,
                c.numbness(),
                c.positiveIntensity(),
                c.negativeIntensity(),
                c.emotions(),
                c.sleepHours(),
                c.activityMinutes(),
                c.meaningfulContact(),
                c.copingTried(),
                c.hopeless(),
                c.functioningImpact(),
                c.note(),
                updatedAt,
                c.medicationAffectsFeeling(),
                enteredBy);
    }
}
