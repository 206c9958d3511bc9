package org.thaw.clinician.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.thaw.flag.boundary.FlagView;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.plan.boundary.PlanView;
import org.thaw.screener.boundary.ScreenerResult;

/**
 * What one prescriber summary shows, as the boundaries returned it: nothing here is computed
 * twice, the PDF only lays it out.
 *
 * @param patientName the patient's name as the practice has it
 * @param generatedAt when the summary was made, in the practice's zone
 * @param zone the patient's zone (else the practice's), in which the chart counts days
 * @param from the first day of the {@value #WEEKS} weeks of numbness (the patient's zone)
 * @param to the last day, today in the patient's zone
 * @param days the journal entries from {@code from} to {@code to}
 * @param courses every course, the latest start first (those entered in error are left out by the PDF)
 * @param reports the side-effect reports, for the medication line in words
 * @param results every screener result, oldest first, with the care team's band labels
 * @param notices each instrument's copyright or source notice, by instrument code
 * @param flags the flags not yet resolved, in triage order
 * @param plan the current treatment plan, or null when there is none
 */
public record SummaryContent(
        String patientName,
        ZonedDateTime generatedAt,
        ZoneId zone,
        LocalDate from,
        LocalDate to,
        List<JournalDay> days,
        List<CourseView> courses,
        List<SideEffectView> reports,
        List<ScreenerResult> results,
        Map<String, String> notices,
        List<FlagView> flags,
        PlanView plan) {

    /** How many weeks of numbness the summary shows. */
    public static final int WEEKS = 12;

    public SummaryContent {
        days = List.copyOf(days);
        courses = List.copyOf(courses);
        reports = List.copyOf(reports);
        results = List.copyOf(results);
        notices = Map.copyOf(notices);
        flags = List.copyOf(flags);
    }

    /** The first day of the window that ends on {@code today}: {@value #WEEKS} whole weeks, today included. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusDays(WEEKS * 7L - 1);
    }
}
