package org.thaw.clinician.chart;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.thaw.clinician.flag.FlagDesk;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.view.EvidenceLines;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.TrendChart;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A patient's chart: the journal of the last 30 days (chart and day list with hopeless days and
 * daily-life impact marked), the flags with their evidence, the patient's notes by date, and
 * the screeners ({@link ScreenerPanel}), the follow-up tasks made from messages ({@link TaskPanel}) and the
 * medications with their timeline ({@link MedicationPanel}) and the treatment plan ({@link PlanPanel}).
 */
@Named
@ViewScoped
public class ChartBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    PatientRecords records;

    @Inject
    PatientJournal journal;

    @Inject
    Flags flags;

    @Inject
    FlagDesk desk;

    @Inject
    ScreenerPanel screeners;

    @Inject
    TaskPanel tasks;

    @Inject
    MedicationPanel medications;

    @Inject
    PlanPanel plan;

    @Inject
    PracticeTime practiceTime;

    @Inject
    Clock clock;

    private String patient;
    private UUID patientId;
    private PatientProfile profile;
    private ZoneId zone;
    private List<JournalDay> days = List.of();
    private List<FlagView> flagList = List.of();
    private final Map<UUID, EvidenceLines> evidence = new HashMap<>();
    private String chart;
    private String chartSummary;

    /** Loads the chart named by the {@code patient} view parameter; any other patient is "not found". */
    public void load() throws IOException {
        try {
            patientId = UUID.fromString(patient == null ? "" : patient);
            profile = records.profile(patientId);
            zone = practiceTime.zone(profile.timeZone());
            refresh();
            screeners.load(patientId, zone);
            tasks.load(patientId, flagList);
            medications.load(patientId, zone);
            plan.load(patientId);
        } catch (IllegalArgumentException | RecordNotFoundException notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such patient");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        LocalDate today = getToday();
        days = journal.between(patientId, today.minusDays(DAYS - 1L), today);
        flagList = flags.ofPatient(patientId).stream()
                .sorted(FlagView.TRIAGE_ORDER)
                .toList();
        evidence.clear();
        chart = TrendChart.config(days, today.minusDays(DAYS - 1L), today, Texts.locale());
        chartSummary = TrendChart.summary(days, today.minusDays(DAYS - 1L), today, Texts.locale());
    }

    /** A medication change may have opened or added to a flag (MEDICATION_ONSET): the flags are read again. */
    void flagsChanged() {
        flagList = flags.ofPatient(patientId).stream()
                .sorted(FlagView.TRIAGE_ORDER)
                .toList();
        evidence.clear();
    }

    /** The flag's evidence, identical sentences grouped, the newest few first and the rest behind "and N more". */
    public EvidenceLines evidence(FlagView flag) {
        return evidence.computeIfAbsent(flag.id(), id -> EvidenceLines.of(flag.evidence(), EvidenceLines.SHOWN));
    }

    public String times(int times) {
        return Texts.get("chart.evidence.times", times);
    }

    public String andMore(int more) {
        return Texts.get("chart.evidence.more", more);
    }

    /** "Acknowledged by Sam Rivera, 3 Dec 2026, 14:05". */
    public String acknowledged(FlagView flag) {
        return Texts.get("chart.flag.acknowledged", flag.acknowledgedByName(), time(flag.acknowledgedAt()));
    }

    /** "Resolved by Sam Rivera, 3 Dec 2026, 14:05:" (the note follows). */
    public String resolved(FlagView flag) {
        return Texts.get("chart.flag.resolved", flag.resolvedByName(), time(flag.resolvedAt()));
    }

    public String reopened(FlagView flag) {
        return Texts.get("chart.flag.reopened", time(flag.reopenedAt()), flag.acknowledgedByName());
    }

    public void acknowledge(String flagId) {
        desk.acknowledge(flagId);
        refresh();
    }

    public void resolve() {
        desk.resolve();
        refresh();
    }

    /** The patient's zone (else the practice's), in which the chart counts days and shows times. */
    private ZoneId zone() {
        if (zone == null) {
            zone = practiceTime.zone(profile == null ? null : profile.timeZone());
        }
        return zone;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.withLocale(Texts.locale()).format(date).replace(".", "");
    }

    /** Today in the patient's time zone by the application's clock (a task due before it is overdue). */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public String time(Instant instant) {
        return instant == null
                ? ""
                : TIME.withLocale(Texts.locale()).format(instant.atZone(zone())).replace(".", "");
    }

    public String impact(JournalDay day) {
        if (day.functioningImpact() == null) {
            return "";
        }
        return switch (day.functioningImpact()) {
            case NOT_AT_ALL -> Texts.get("journal.impact.NOT_AT_ALL");
            case SOMEWHAT -> Texts.get("journal.impact.SOMEWHAT");
            case VERY -> Texts.get("journal.impact.VERY");
            case EXTREMELY -> Texts.get("journal.impact.EXTREMELY");
        };
    }

    public List<JournalDay> getNotes() {
        return days.stream()
                .filter(d -> d.note() != null && !d.note().isBlank())
                .toList();
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public PatientProfile getProfile() {
        return profile;
    }

    public List<JournalDay> getDays() {
        return days;
    }

    public List<FlagView> getFlags() {
        return flagList;
    }

    public String getChart() {
        return chart;
    }

    /** The journal chart in one line of words, shown beside it. */
    public String getChartSummary() {
        return chartSummary;
    }

    public boolean isAnyEntries() {
        return !days.isEmpty();
    }

    public FlagDesk getDesk() {
        return desk;
    }

    // The resolve dialog's fields, so that resolving here also refreshes the chart's flags.

    public String getResolvingLabel() {
        return desk.getResolvingLabel();
    }

    public String getNote() {
        return desk.getNote();
    }

    public void setNote(String note) {
        desk.setNote(note);
    }
}
