package org.thaw.journal.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The patient's journal at a glance, for the portal's journal page.
 *
 * @param today today in the patient's time zone
 * @param days the entries of the last {@value MyJournal#RECENT_DAYS} days (today included), newest first
 * @param streak how many days in a row the patient has checked in, up to today, or up to yesterday
 *     while today's check-in is still to come (0: none yesterday or today)
 * @param asksAboutMedication whether today's check-in asks {@value MedicationAffectsFeeling#QUESTION}:
 *     a medication course is active today and none of the {@value MyJournal#MEDICATION_QUESTION_DAYS}
 *     days before today has an answer (so an answer given today stays on today's form)
 */
public record JournalOverview(LocalDate today, List<JournalDay> days, int streak, boolean asksAboutMedication) {

    public JournalOverview {
        days = List.copyOf(days);
    }
}
