package org.thaw.clinician.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.PatientScreeners;

/**
 * Gathers a care-team patient's prescriber summary from the boundaries the chart reads, and lays it
 * out. The first read is the patient's record, so another team's patient (or an unknown id) is
 * "not found" before anything else is read; every read is audited by its boundary, as a look at the
 * chart is.
 */
@ApplicationScoped
public class PrescriberSummaries {

    @Inject
    PatientRecords records;

    @Inject
    PatientJournal journal;

    @Inject
    PatientMedications medications;

    @Inject
    PatientScreeners screeners;

    @Inject
    Flags flags;

    @Inject
    PatientPlan plans;

    @Inject
    PracticeTime practiceTime;

    @Inject
    Clock clock;

    /** The summary's content for the patient, as of now. */
    public SummaryContent of(UUID patientId) {
        PatientProfile profile = records.profile(patientId);
        ZoneId zone = practiceTime.zone(profile.timeZone());
        LocalDate today = practiceTime.today(zone);
        LocalDate from = SummaryContent.windowStart(today);
        Map<String, String> notices = new HashMap<>();
        for (InstrumentDefinition definition : screeners.instruments()) {
            if (definition.notice() != null) {
                notices.put(definition.code(), definition.notice());
            }
        }
        List<FlagView> open = flags.ofPatient(profile.id()).stream()
                .filter(f -> f.status() != FlagStatus.RESOLVED)
                .sorted(FlagView.TRIAGE_ORDER)
                .toList();
        return new SummaryContent(
                profile.displayName(),
                ZonedDateTime.now(clock.withZone(practiceTime.zone())),
                zone,
                from,
                today,
                journal.between(profile.id(), from, today),
                medications.ofPatient(profile.id()),
                medications.sideEffects(profile.id()),
                screeners.results(profile.id()),
                notices,
                open,
                plans.current(profile.id()).orElse(null));
    }

    /** The summary as PDF bytes (its fixed words in English, as the rest of the clinician app). */
    public byte[] pdf(UUID patientId) {
        return SummaryPdf.write(of(patientId), Locale.ENGLISH);
    }

    /** The name a download is saved under: no name or other detail of the patient, only the day it was made. */
    public String fileName() {
        return "prescriber-summary-" + LocalDate.now(clock.withZone(practiceTime.zone())) + ".pdf";
    }
}
