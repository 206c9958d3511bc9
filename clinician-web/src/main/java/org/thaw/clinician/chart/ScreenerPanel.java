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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.integration.view.BandWords;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.ScoreChart;
import org.thaw.integration.view.ScoreChart.Chart;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.FollowUp;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.InstrumentLanguages;
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
    private List<InstrumentDefinition> definitions = List.of();
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
        this.definitions = definitions;
        charts = ScoreChart.perInstrument(
                definitions.stream().map(d -> BandWords.in(d, Texts.locale())).toList(), all, Texts.locale());
        instruments = definitions.stream().map(InstrumentDefinition::code).toList();
        due = screeners.due(patientId);
        followUps = screeners.followUps(patientId);
    }

    public void assign() {
        act(
                () -> screeners.assign(patientId, assignInstrument),
                Texts.get("chart.screener.assigned", assignInstrument));
    }

    public void schedule() {
        act(
                () -> screeners.schedule(patientId, scheduleInstrument, scheduleDays),
                scheduleDays != null && scheduleDays == 0
                        ? Texts.get("chart.screener.noFollowUps", scheduleInstrument)
                        : Texts.get("chart.screener.every", scheduleInstrument, scheduleDays));
    }

    public void recordExternal() {
        act(
                () -> screeners.recordExternal(patientId, externalInstrument, externalScore, externalDate),
                Texts.get("chart.screener.recorded"));
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
        return Texts.getOr("chart.screener.field." + field, field + ":");
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
                    case IMPROVED -> Texts.get("chart.screener.IMPROVED");
                    case WORSE -> Texts.get("chart.screener.WORSE");
                    case NO_MEANINGFUL_CHANGE -> Texts.get("chart.screener.NO_MEANINGFUL_CHANGE");
                };
    }

    /** The result's band as the care team reads it, in the reader's language (null for none). */
    public String band(ScreenerResult r) {
        return BandWords.clinicianLabel(
                r.instrument(), r.version(), r.band(), r.bandLabel(), r.bandClinicianLabel(), Texts.locale());
    }

    /** The instrument's short title in the reader's language, where Thaw has that language version. */
    public String title(ScreenerResult r) {
        InstrumentDefinition english = definition(r);
        return english == null
                        || english.shortTitle() == null
                        || !english.shortTitle().equals(r.title())
                ? r.title()
                : reader(english).shortTitle();
    }

    /**
     * A question as the reader reads it: in the reader's language where the instrument has that
     * version (Thaw's numbness check), else as the instrument is written, whatever the patient answered in.
     */
    public String question(ScreenerResult r, ScreenerResult.Answer a) {
        InstrumentDefinition english = definition(r);
        if (english == null) {
            return a.question();
        }
        return reader(english).items().stream()
                .filter(i -> i.linkId().equals(a.linkId()))
                .map(InstrumentDefinition.Item::text)
                .findFirst()
                .orElse(a.question());
    }

    /** The answer's words in the reader's language, as {@link #question} does for the question. */
    public String answer(ScreenerResult r, ScreenerResult.Answer a) {
        InstrumentDefinition english = definition(r);
        if (english == null || a.answer() == null) {
            return a.answer();
        }
        InstrumentDefinition.Item written = item(english, a.linkId());
        InstrumentDefinition.Item read = item(reader(english), a.linkId());
        if (written == null
                || read == null
                || written.options().size() != read.options().size()) {
            return a.answer();
        }
        Map<String, String> words = new HashMap<>();
        for (int i = 0; i < written.options().size(); i++) {
            words.put(written.options().get(i).text(), read.options().get(i).text());
        }
        if (words.containsKey(a.answer())) {
            return words.get(a.answer());
        }
        List<String> parts = List.of(a.answer().split(", "));
        return parts.stream().allMatch(words::containsKey)
                ? parts.stream().map(words::get).collect(Collectors.joining(", "))
                : a.answer();
    }

    private InstrumentDefinition definition(ScreenerResult r) {
        return definitions == null
                ? null
                : definitions.stream()
                        .filter(d -> d.code().equals(r.instrument()))
                        .findFirst()
                        .orElse(null);
    }

    private static InstrumentDefinition reader(InstrumentDefinition english) {
        return InstrumentLanguages.in(english, Texts.locale().getLanguage());
    }

    private static InstrumentDefinition.Item item(InstrumentDefinition d, String linkId) {
        return d.items().stream()
                .filter(i -> i.linkId().equals(linkId))
                .findFirst()
                .orElse(null);
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
                        ? Texts.get("chart.screener.interval.none")
                        : Texts.get("chart.screener.interval.patient", followUp.everyDays());
            case PRACTICE -> Texts.get("chart.screener.interval.practice");
            case ASSIGNED_ONLY -> Texts.get("chart.screener.interval.assigned");
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
