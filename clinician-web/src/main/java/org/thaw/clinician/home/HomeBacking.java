package org.thaw.clinician.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.thaw.clinician.caseload.CaseloadModel;
import org.thaw.clinician.flag.FlagDesk;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.PatientScreeners;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * The clinician home: the triage dashboard of the caller's care-team patients and their flags,
 * filtered by flag, status and whether a plan review is due.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caseload caseload;

    @Inject
    FlagDesk desk;

    @Inject
    PracticeTime practiceTime;

    @Inject
    PatientScreeners screeners;

    @Inject
    Caller caller;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private CaseloadModel patients;
    private ZoneId zone;
    private boolean clinician;
    private FlagType flagType;
    private FlagStatus status;
    private boolean reviewDue;
    /** PHQ-9's definition, for the band label beside each patient's newest total; null if absent. */
    private InstrumentDefinition phq9;

    @PostConstruct
    void load() {
        clinician = caller.has(Role.CLINICIAN);
        if (clinician) {
            zone = practiceTime.zone();
            phq9 = screeners.instruments().stream()
                    .filter(i -> i.code().equals("PHQ-9"))
                    .findFirst()
                    .orElse(null);
            filter();
        }
    }

    /** Applies the flag type and status filters and "plan review due". */
    public void filter() {
        patients = new CaseloadModel(caseload, new CaseloadFilter(flagType, status, reviewDue));
    }

    /** "new answer since acknowledged, 3 Dec": an acknowledged SAFETY flag a new safety answer opened again. */
    public String reopened(Instant at) {
        return at == null
                ? null
                : Texts.get(
                        "dash.reopened",
                        DAY.withLocale(Texts.locale()).format(at.atZone(zone)).replace(".", ""));
    }

    public String date(LocalDate date) {
        return date == null ? Texts.get("dash.noEntries") : Times.day(date);
    }

    public String mean(Double mean) {
        return mean == null ? "–" : String.format(Locale.ENGLISH, "%.1f", mean);
    }

    /** "12 · Moderate", or a dash when the patient has no PHQ-9 yet. */
    public String phq9(CaseloadRow row) {
        if (row.lastPhq9Total() == null) {
            return "–";
        }
        String band = row.lastPhq9Band() == null || phq9 == null
                ? null
                : phq9.bandLabel(row.lastPhq9Band()).orElse(null);
        return row.lastPhq9Total() + (band == null ? "" : " · " + band);
    }

    /** ↑ numbness rose, ↓ fell, → about the same, against the 7 days before. */
    public String arrow(String trend) {
        if (trend == null) {
            return "";
        }
        return switch (trend) {
            case "UP" -> "↑";
            case "DOWN" -> "↓";
            default -> "→";
        };
    }

    public List<FlagType> getFlagTypes() {
        return Arrays.asList(FlagType.values());
    }

    public List<FlagStatus> getStatuses() {
        return Arrays.asList(FlagStatus.values());
    }

    public CaseloadModel getPatients() {
        return patients;
    }

    /** An admin without a clinical role has no caseload; the page says so. */
    public boolean isClinician() {
        return clinician;
    }

    public FlagType getFlagType() {
        return flagType;
    }

    public void setFlagType(FlagType flagType) {
        this.flagType = flagType;
    }

    public FlagStatus getStatus() {
        return status;
    }

    public void setStatus(FlagStatus status) {
        this.status = status;
    }

    /** The plan's review day ("15 Dec 2026"), or a dash without a plan. */
    public String review(CaseloadRow row) {
        return row.planReviewOn() == null ? "–" : Times.day(row.planReviewOn());
    }

    public boolean isReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(boolean reviewDue) {
        this.reviewDue = reviewDue;
    }

    public FlagDesk getDesk() {
        return desk;
    }
}
