package org.thaw.clinician.chart;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.ScoreChart;
import org.thaw.integration.view.ScoreChart.Chart;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.FollowUp;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.PatientScreeners;
import org.thaw.screener.boundary.ScreenerResult;

/**
 * The chart's screeners section: every result with its answers, bands and changes, a score chart
 * per questionnaire, what is due, and the clinician's actions (assign now, change a schedule,
 * record a score administered elsewhere). A refused action names the field and keeps the input.
 */
@Named
@ViewScoped
public class ScreenerPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientScreeners screeners;

    @Inject
    Clock clock;

    private UUID patientId;
    private ZoneId zone;
    private List<ScreenerResult> results = List.of();
    private List<Chart> charts = List.of();
    private List<DueScreener> due = List.of();
    private List<FollowUp> followUps = List.of();
    private List<String> instruments = List.of();

    private String assignInstrument;
    private String scheduleInstrument;
    private Integer scheduleDays;
    private String externalInstrument;
    private Integer externalScore;
    private LocalDate externalDate;

    /** Loads the patient's screeners; {@code zone} is the patient's (else the practice's), as the chart counts days. */
    void load(UUID patientId, ZoneId zone) {
        this.patientId = patientId;
        this.zone = zone;
        refresh();
        chooseDefaults();
    }

    /**
     * The forms start on the first instrument that comes only when assigned (PCL-5 in the standard
     * catalogue) and on the first that follows the practice's interval, with that interval.
     */
    private void chooseDefaults() {
        assignInstrument = followUps.stream()
                .filter(f -> f.basis() == FollowUp.Basis.ASSIGNED_ONLY)
                .map(FollowUp::instrument)
                .findFirst()
                .orElse(instruments.isEmpty() ? null : instruments.get(0));
        followUps.stream()
                .filter(f -> f.basis() == FollowUp.Basis.PRACTICE)
                .findFirst()
                .ifPresent(f -> {
                    scheduleInstrument = f.instrument();
                    scheduleDays = f.everyDays();
                });
    }

    private void refresh() {
        List<ScreenerResult> all = screeners.results(patientId);
        List<ScreenerResult> newestFirst = new ArrayList<>(all);
        Collections.reverse(newestFirst);
        results = List.copyOf(newestFirst);
        List<InstrumentDefinition> definitions = screeners.instruments();
        charts = ScoreChart.perInstrument(definitions, all, Texts.locale());
        instruments = definitions.stream().map(InstrumentDefinition::code).toList();
        due = screeners.due(patientId);
        followUps = screeners.followUps(patientId);
    }

    public void assign() {
        act(
                () -> screeners.assign(patientId, assignInstrument),
                assignInstrument + " assigned: the patient sees it as due now.");
    }

    public void schedule() {
        act(
                () -> screeners.schedule(patientId, scheduleInstrument, scheduleDays),
                scheduleDays != null && scheduleDays == 0
                        ? scheduleInstrument + ": no scheduled follow-ups."
                        : scheduleInstrument + " now comes due every " + scheduleDays + " days.");
    }

    public void recordExternal() {
        act(
                () -> screeners.recordExternal(patientId, externalInstrument, externalScore, externalDate),
                "Score recorded.");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            externalInstrument = null;
            externalScore = null;
            externalDate = null;
        }
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            refresh();
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> null, ScreenerPanel::label, ".");
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "instrument" -> "Instrument:";
            case "everyDays" -> "Every (days):";
            case "score" -> "Score:";
            case "date" -> "Date:";
            default -> field + ":";
        };
    }

    /** "+3 · worse", "−6 · improved", "0 · no meaningful change", or a dash for a first result. */
    public String change(Integer delta, ChangeLabel label) {
        if (delta == null) {
            return "–";
        }
        String sign = delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "0";
        if (label == null) {
            return sign;
        }
        return sign + " · "
                + switch (label) {
                    case IMPROVED -> "improved";
                    case WORSE -> "worse";
                    case NO_MEANINGFUL_CHANGE -> "no meaningful change";
                };
    }

    public List<String> getInstruments() {
        return instruments;
    }

    /** The interval in force for an instrument, as the follow-up rule decides it for this patient. */
    public String interval(String code) {
        FollowUp followUp = followUps.stream()
                .filter(f -> f.instrument().equals(code))
                .findFirst()
                .orElse(null);
        if (followUp == null) {
            return "";
        }
        return switch (followUp.basis()) {
            case PATIENT ->
                followUp.everyDays() == 0
                        ? "no scheduled follow-ups"
                        : "every " + followUp.everyDays() + " days (set for this patient)";
            case PRACTICE -> "the practice's interval";
            case ASSIGNED_ONLY -> "only when assigned";
        };
    }

    public List<ScreenerResult> getResults() {
        return results;
    }

    public List<Chart> getCharts() {
        return charts;
    }

    public List<DueScreener> getDue() {
        return due;
    }

    /** Today in the patient's zone by the application's clock: the latest date a score given elsewhere may have. */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(zone));
    }

    public String getAssignInstrument() {
        return assignInstrument;
    }

    public void setAssignInstrument(String assignInstrument) {
        this.assignInstrument = assignInstrument;
    }

    public String getScheduleInstrument() {
        return scheduleInstrument;
    }

    public void setScheduleInstrument(String scheduleInstrument) {
        this.scheduleInstrument = scheduleInstrument;
    }

    public Integer getScheduleDays() {
        return scheduleDays;
    }

    public void setScheduleDays(Integer scheduleDays) {
        this.scheduleDays = scheduleDays;
    }

    public String getExternalInstrument() {
        return externalInstrument;
    }

    public void setExternalInstrument(String externalInstrument) {
        this.externalInstrument = externalInstrument;
    }

    public Integer getExternalScore() {
        return externalScore;
    }

    public void setExternalScore(Integer externalScore) {
        this.externalScore = externalScore;
    }

    public LocalDate getExternalDate() {
        return externalDate;
    }

    public void setExternalDate(LocalDate externalDate) {
        this.externalDate = externalDate;
    }
}
