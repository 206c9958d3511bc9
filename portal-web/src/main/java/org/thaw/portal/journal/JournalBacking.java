package org.thaw.portal.journal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Streaks;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.TrendChart;
import org.thaw.journal.boundary.Choice;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.JournalChoices;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.JournalOverview;
import org.thaw.journal.boundary.MedicationAffectsFeeling;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.platform.InvalidInputException;

/**
 * The journal page: today's (or yesterday's) check-in, and the last 30 days as a chart, a streak
 * and a list. A refused save keeps every answer on the form and puts the message on its field.
 */
@Named
@ViewScoped
public class JournalBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final String FORM = "journal";

    @Inject
    MyJournal journal;

    @Inject
    JournalChoices choices;

    private String day = "today";

    private Integer numbness;
    private Integer positiveIntensity;
    private Integer negativeIntensity;
    private List<String> emotions = new ArrayList<>();
    private BigDecimal sleepHours;
    private Integer activityMinutes;
    private Boolean meaningfulContact;
    private List<String> copingTried = new ArrayList<>();
    private Boolean hopeless;
    private FunctioningImpact functioningImpact;
    private String note;
    private MedicationAffectsFeeling medicationAffectsFeeling;

    private JournalOverview overview;
    private String chart;
    private String chartSummary;

    @PostConstruct
    void load() {
        show(journal.overview());
        fillFromSavedEntry();
    }

    /** Writes the chosen day's entry; messages name the field on bad input, nothing is lost. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SavedDay saved = journal.save(
                    chosenDate(),
                    new JournalInput(
                            numbness,
                            positiveIntensity,
                            negativeIntensity,
                            emotions,
                            sleepHours,
                            activityMinutes,
                            meaningfulContact,
                            copingTried,
                            hopeless,
                            functioningImpact,
                            note,
                            medicationAffectsFeeling));
            show(journal.overview());
            int when = saved.day().date().equals(today()) ? 0 : 1;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            Texts.get(saved.created() ? "journal.saved" : "journal.updated", when),
                            null));
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> FORM + ":" + ("date".equals(field) ? "day" : field), JournalBacking::label);
        }
    }

    /** Switching between today and yesterday shows that day's saved entry, if any. */
    public void dayChanged() {
        fillFromSavedEntry();
    }

    private void show(JournalOverview latest) {
        overview = latest;
        chart = TrendChart.config(
                latest.days(), latest.today().minusDays(MyJournal.RECENT_DAYS - 1L), latest.today(), Texts.locale());
        chartSummary = TrendChart.summary(
                latest.days(), latest.today().minusDays(MyJournal.RECENT_DAYS - 1L), latest.today(), Texts.locale());
    }

    private void fillFromSavedEntry() {
        LocalDate date = chosenDate();
        JournalDay saved = overview.days().stream()
                .filter(d -> d.date().equals(date))
                .findFirst()
                .orElse(null);
        numbness = saved == null ? null : saved.numbness();
        positiveIntensity = saved == null ? null : saved.positiveIntensity();
        negativeIntensity = saved == null ? null : saved.negativeIntensity();
        emotions = saved == null ? new ArrayList<>() : new ArrayList<>(saved.emotions());
        sleepHours = saved == null ? null : saved.sleepHours();
        activityMinutes = saved == null ? null : saved.activityMinutes();
        meaningfulContact = saved == null ? null : saved.meaningfulContact();
        copingTried = saved == null ? new ArrayList<>() : new ArrayList<>(saved.copingTried());
        hopeless = saved == null ? null : saved.hopeless();
        functioningImpact = saved == null ? null : saved.functioningImpact();
        note = saved == null ? null : saved.note();
        medicationAffectsFeeling = saved == null ? null : saved.medicationAffectsFeeling();
    }

    private LocalDate today() {
        return overview.today();
    }

    private LocalDate chosenDate() {
        return "yesterday".equals(day) ? today().minusDays(1) : today();
    }

    /** The words a patient reads for a field in a message ("Sleep must be between 0 and 24 hours"). */
    private static String label(String field) {
        return Texts.getOr("journal.field." + field, field);
    }

    // --- for the page ---

    public String format(LocalDate date) {
        if (date.equals(today())) {
            return Texts.get("form.today");
        }
        if (date.equals(today().minusDays(1))) {
            return Texts.get("form.yesterday");
        }
        return DAY.withLocale(Texts.locale()).format(date);
    }

    public String getTodayLabel() {
        return DAY.withLocale(Texts.locale()).format(today());
    }

    public String getYesterdayLabel() {
        return DAY.withLocale(Texts.locale()).format(today().minusDays(1));
    }

    /** The streak in words: "5 days in a row", with a nudge while today's check-in is still to come. */
    public String getStreak() {
        return Streaks.words(overview.streak(), overview.days().stream().anyMatch(d -> d.date()
                .equals(today())));
    }

    /** The emotions of a listed day, in words. */
    public String emotionsOf(JournalDay entry) {
        return choices.emotions().stream()
                .map(Choice::code)
                .filter(entry.emotions()::contains)
                .map(code -> Texts.get("journal.emotion." + code))
                .collect(Collectors.joining(", "));
    }

    /** The strength of positive and negative feelings of a listed day ("3 / 7", "– / 7"). */
    public String feelingsOf(JournalDay entry) {
        return orDash(entry.positiveIntensity()) + " / " + orDash(entry.negativeIntensity());
    }

    private static String orDash(Integer value) {
        return value == null ? "–" : value.toString();
    }

    /** The trend chart in one line of words, shown beside it. */
    public String getChartSummary() {
        return chartSummary;
    }

    /** The Chart.js configuration of the trend chart (JSON, escaped for the page's script). */
    public String getChart() {
        return chart;
    }

    public boolean isAnyEntries() {
        return !overview.days().isEmpty();
    }

    public List<JournalDay> getRecent() {
        return overview.days();
    }

    /** The 0–10 scales. */
    public List<Integer> getScale() {
        return SCALE;
    }

    public List<Choice> getEmotionChoices() {
        return choices.emotions();
    }

    public List<Choice> getCopingChoices() {
        return choices.coping();
    }

    public FunctioningImpact[] getFunctioningImpacts() {
        return FunctioningImpact.values();
    }

    /** Whether the check-in asks {@value MedicationAffectsFeeling#QUESTION} (a course is active, no answer this week). */
    public boolean isAsksAboutMedication() {
        return overview.asksAboutMedication();
    }

    public MedicationAffectsFeeling[] getMedicationAnswers() {
        return MedicationAffectsFeeling.values();
    }

    // --- the form ---

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = "yesterday".equals(day) ? "yesterday" : "today";
    }

    public Integer getNumbness() {
        return numbness;
    }

    public void setNumbness(Integer numbness) {
        this.numbness = numbness;
    }

    public Integer getPositiveIntensity() {
        return positiveIntensity;
    }

    public void setPositiveIntensity(Integer positiveIntensity) {
        this.positiveIntensity = positiveIntensity;
    }

    public Integer getNegativeIntensity() {
        return negativeIntensity;
    }

    public void setNegativeIntensity(Integer negativeIntensity) {
        this.negativeIntensity = negativeIntensity;
    }

    public List<String> getEmotions() {
        return emotions;
    }

    public void setEmotions(List<String> emotions) {
        this.emotions = emotions == null ? new ArrayList<>() : new ArrayList<>(emotions);
    }

    public BigDecimal getSleepHours() {
        return sleepHours;
    }

    public void setSleepHours(BigDecimal sleepHours) {
        this.sleepHours = sleepHours;
    }

    public Integer getActivityMinutes() {
        return activityMinutes;
    }

    public void setActivityMinutes(Integer activityMinutes) {
        this.activityMinutes = activityMinutes;
    }

    public Boolean getMeaningfulContact() {
        return meaningfulContact;
    }

    public void setMeaningfulContact(Boolean meaningfulContact) {
        this.meaningfulContact = meaningfulContact;
    }

    public List<String> getCopingTried() {
        return copingTried;
    }

    public void setCopingTried(List<String> copingTried) {
        this.copingTried = copingTried == null ? new ArrayList<>() : new ArrayList<>(copingTried);
    }

    public Boolean getHopeless() {
        return hopeless;
    }

    public void setHopeless(Boolean hopeless) {
        this.hopeless = hopeless;
    }

    public FunctioningImpact getFunctioningImpact() {
        return functioningImpact;
    }

    public void setFunctioningImpact(FunctioningImpact functioningImpact) {
        this.functioningImpact = functioningImpact;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public MedicationAffectsFeeling getMedicationAffectsFeeling() {
        return medicationAffectsFeeling;
    }

    public void setMedicationAffectsFeeling(MedicationAffectsFeeling medicationAffectsFeeling) {
        this.medicationAffectsFeeling = medicationAffectsFeeling;
    }
}
