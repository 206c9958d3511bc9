package org.thaw.clinician.chart;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.thaw.integration.view.MedicationTimeline;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.journal.boundary.Choice;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.medication.boundary.CatalogueDrug;
import org.thaw.medication.boundary.CourseInput;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeInput;
import org.thaw.medication.boundary.EnteredInErrorInput;
import org.thaw.medication.boundary.Frequency;
import org.thaw.medication.boundary.MedicationChoices;
import org.thaw.medication.boundary.NoteInput;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.medication.boundary.StopInput;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The chart's medications section: the timeline of the last {@value #DAYS} days (numbness,
 * medication bars, side-effect reports) with its summary in words, every course with its dose steps,
 * stop, notes and corrections (entered in error struck through), the patient's side-effect reports,
 * and the clinician's actions: record or correct a course, and per course a dose change, a stop, a
 * note or "entered in error". A refused action names the field beside it, stores nothing and keeps
 * what was typed.
 */
@Named
@ViewScoped
public class MedicationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The timeline's window: long enough for a start, a dose increase and the weeks after. */
    static final int DAYS = 90;

    /** The drug choice for a drug outside the catalogue, named in {@link #name}. */
    static final String OTHER = "other";

    private static final String COURSE_FORM = "chart:course-";
    private static final String ACTION_FORM = "med-action:";

    /** What the action dialog does to its course. */
    public enum Action {
        DOSE("Record a dose change", "Save dose change"),
        STOP("Stop the course", "Stop course"),
        NOTE("Add a note (clinicians only)", "Save note"),
        ERROR("Mark as entered in error", "Mark entered in error");

        private final String title;
        private final String button;

        Action(String title, String button) {
            this.title = title;
            this.button = button;
        }

        public String title() {
            return Texts.getOr("chart.med.action." + name(), title);
        }

        public String button() {
            return Texts.getOr("chart.med.button." + name(), button);
        }
    }

    @Inject
    PatientMedications medications;

    @Inject
    MedicationChoices choices;

    @Inject
    PatientJournal journal;

    @Inject
    ChartBacking chart;

    @Inject
    Clock clock;

    private UUID patientId;
    private ZoneId zone;
    private List<CourseView> courses = List.of();
    private List<SideEffectView> reports = List.of();
    private String timeline;
    private String summary;

    // the course form: a new course, or the correction of {@link #correcting}
    private UUID correcting;
    private String drug;
    private String name;
    private Boolean antidepressant;
    private BigDecimal dose;
    private String unit = "mg";
    private String frequency = "daily";
    private LocalDate startedOn;
    private String prescriber;
    private LocalDate stoppedOn;
    private String stopReason;

    // the action dialog
    private UUID actionCourse;
    private Action action;
    private LocalDate actionOn;
    private BigDecimal actionDose;
    private String actionText;

    /** Loads the patient's medications; {@code zone} is the patient's (else the practice's), as the chart counts days. */
    void load(UUID patientId, ZoneId zone) {
        this.patientId = patientId;
        this.zone = zone;
        refresh();
    }

    private void refresh() {
        courses = medications.ofPatient(patientId);
        reports = medications.sideEffects(patientId);
        LocalDate today = getToday();
        LocalDate from = today.minusDays(DAYS - 1L);
        List<JournalDay> days = journal.between(patientId, from, today);
        timeline = MedicationTimeline.config(days, courses, reports, from, today);
        summary = MedicationTimeline.summary(days, courses, reports, from, today);
    }

    // --- the course form ---

    /** Records the course of the form, or corrects the course being corrected. */
    public void saveCourse() {
        boolean correction = correcting != null;
        String drugName = isOther() ? name : drug;
        boolean done = act(
                () -> {
                    CourseInput input = courseInput();
                    return correction ? medications.correct(correcting, input) : medications.record(patientId, input);
                },
                field -> COURSE_FORM + courseComponent(field),
                correction ? Texts.get("chart.med.corrected") : Texts.get("chart.med.recorded", drugName));
        if (done) {
            clearCourseForm();
        }
    }

    private CourseInput courseInput() {
        CatalogueDrug catalogued = isOther() ? null : catalogued(drug);
        return new CourseInput(
                catalogued == null ? null : catalogued.rxnorm(),
                catalogued == null ? (isOther() ? name : drug) : catalogued.name(),
                isOther() ? antidepressant : null,
                dose,
                unit,
                frequency,
                startedOn,
                prescriber,
                stoppedOn,
                stopReason);
    }

    /** Fills the course form with a course's values, to correct it. */
    public void startCorrecting(String courseId) {
        CourseView c = course(courseId);
        if (c == null) {
            return;
        }
        correcting = c.id();
        CatalogueDrug catalogued = catalogued(c.name());
        drug = catalogued == null ? OTHER : catalogued.name();
        name = catalogued == null ? c.name() : null;
        antidepressant = catalogued == null ? c.antidepressant() : null;
        dose = c.dose();
        unit = c.unit();
        frequency = c.frequency();
        startedOn = c.startedOn();
        prescriber = c.prescriber();
        stoppedOn = c.stoppedOn();
        stopReason = c.stopReason();
    }

    public void cancelCorrecting() {
        clearCourseForm();
    }

    private void clearCourseForm() {
        correcting = null;
        drug = null;
        name = null;
        antidepressant = null;
        dose = null;
        unit = "mg";
        frequency = "daily";
        startedOn = null;
        prescriber = null;
        stoppedOn = null;
        stopReason = null;
    }

    private static String courseComponent(String field) {
        return switch (field) {
            case "rxnorm" -> "drug";
            case "name",
                    "antidepressant",
                    "dose",
                    "unit",
                    "frequency",
                    "startedOn",
                    "prescriber",
                    "stoppedOn",
                    "stopReason" -> field;
            default -> null;
        };
    }

    // --- the action dialog ---

    /** Opens the dialog for an action on a course, with nothing typed yet. */
    public void startAction(String courseId, Action chosen) {
        actionCourse = UUID.fromString(courseId);
        action = chosen;
        actionOn = chosen == Action.DOSE || chosen == Action.STOP ? getToday() : null;
        actionDose = null;
        actionText = null;
    }

    /** Does the dialog's action; refused, the dialog stays open with the message beside the field. */
    public void doAction() {
        if (action == null || actionCourse == null) {
            return;
        }
        String drugName = course(actionCourse.toString()) == null
                ? Texts.get("chart.med.theCourse")
                : course(actionCourse.toString()).name();
        act(
                () -> switch (action) {
                    case DOSE -> medications.addDoseChange(actionCourse, DoseChangeInput.of(actionOn, actionDose));
                    case STOP -> medications.stop(actionCourse, new StopInput(actionOn, actionText));
                    case NOTE -> medications.addNote(actionCourse, new NoteInput(actionText));
                    case ERROR -> medications.enteredInError(actionCourse, new EnteredInErrorInput(actionText));
                },
                field -> switch (field) {
                    case "on" -> ACTION_FORM + "on";
                    case "dose", "unit", "frequency" -> ACTION_FORM + "dose";
                    case "text", "reason" -> ACTION_FORM + "text";
                    default -> null;
                },
                switch (action) {
                    case DOSE -> Texts.get("chart.med.done.DOSE", drugName);
                    case STOP -> Texts.get("chart.med.done.STOP", drugName);
                    case NOTE -> Texts.get("chart.med.done.NOTE");
                    case ERROR -> Texts.get("chart.med.done.ERROR", drugName);
                });
    }

    /** Runs one boundary call: on success a message and a fresh section; refused, the messages by the fields. */
    private boolean act(Supplier<?> call, Function<String, String> componentOf, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            call.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            refresh();
            chart.flagsChanged();
            return true;
        } catch (InvalidInputException refused) {
            Refusals.show(refused, componentOf, MedicationPanel::label, ".");
            return false;
        } catch (RecordNotFoundException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("chart.med.gone"), null));
            faces.validationFailed();
            return false;
        }
    }

    private static String label(String field) {
        return Texts.getOr("chart.med.field." + field, fallbackLabel(field));
    }

    private static String fallbackLabel(String field) {
        return switch (field) {
            case "rxnorm", "name" -> "Drug:";
            case "antidepressant" -> "Antidepressant:";
            case "dose" -> "Dose:";
            case "unit" -> "Unit:";
            case "frequency" -> "How often:";
            case "startedOn" -> "Started on:";
            case "prescriber" -> "Prescriber:";
            case "stoppedOn" -> "Stopped on:";
            case "stopReason" -> "Why stopped:";
            case "on" -> "From:";
            case "text" -> "Note:";
            case "reason" -> "Reason:";
            case PatientMedications.COURSE_ID -> "This course";
            default -> field + ":";
        };
    }

    // --- for the page ---

    private CourseView course(String courseId) {
        return courses.stream()
                .filter(c -> c.id().toString().equals(courseId))
                .findFirst()
                .orElse(null);
    }

    private CatalogueDrug catalogued(String drugName) {
        return choices.antidepressants().stream()
                .filter(d -> d.name().equals(drugName))
                .findFirst()
                .orElse(null);
    }

    /** "50 mg once a day". */
    public String dose(BigDecimal amount, String unitCode, String frequencyCode) {
        return amount == null
                ? ""
                : amount.stripTrailingZeros().toPlainString() + " " + unitCode + " " + frequencyLabel(frequencyCode);
    }

    public String frequencyLabel(String code) {
        return Frequency.ofCode(code)
                .map(f -> Texts.getOr("meds.frequency." + code, f.label()))
                .orElse(code);
    }

    /** "SSRI", "antidepressant (not in the catalogue)", or "not an antidepressant". */
    public String drugClass(CourseView c) {
        if (c.drugClass() != null) {
            return c.drugClass().label();
        }
        return Texts.get(c.antidepressant() ? "chart.med.otherAntidepressant" : "chart.med.notAntidepressant");
    }

    /** The effects of a report in words ("Emotional blunting, Drowsiness"). */
    public String effects(SideEffectView report) {
        Map<String, String> labels =
                choices.sideEffects().stream().collect(Collectors.toMap(Choice::code, Choice::label));
        return report.effects().stream()
                .map(e -> Texts.getOr("meds.effect." + e, labels.getOrDefault(e, e)))
                .collect(Collectors.joining(", "));
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public List<SideEffectView> getReports() {
        return reports;
    }

    public String getTimeline() {
        return timeline;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isAnyCourses() {
        return !courses.isEmpty();
    }

    public List<CatalogueDrug> getAntidepressants() {
        return choices.antidepressants();
    }

    public List<Choice> getUnits() {
        return choices.units();
    }

    public List<Choice> getFrequencies() {
        return choices.frequencies();
    }

    public Action[] getActions() {
        return Action.values();
    }

    /** Today in the patient's zone by the application's clock: the latest day any date here may have. */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(zone));
    }

    public boolean isOther() {
        return OTHER.equals(drug);
    }

    public boolean isCorrectingCourse() {
        return correcting != null;
    }

    /** What the course form is correcting, for its heading ("sertraline, started 1 Oct 2026"). */
    public String getCorrectingName() {
        CourseView c = correcting == null ? null : course(correcting.toString());
        return c == null ? "" : c.name();
    }

    public String getActionTitle() {
        CourseView c = actionCourse == null ? null : course(actionCourse.toString());
        return action == null ? "" : action.title() + (c == null ? "" : ": " + c.name());
    }

    public Action getAction() {
        return action;
    }

    // --- form fields ---

    public String getDrug() {
        return drug;
    }

    public void setDrug(String drug) {
        this.drug = drug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getAntidepressant() {
        return antidepressant;
    }

    public void setAntidepressant(Boolean antidepressant) {
        this.antidepressant = antidepressant;
    }

    public BigDecimal getDose() {
        return dose;
    }

    public void setDose(BigDecimal dose) {
        this.dose = dose;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public String getPrescriber() {
        return prescriber;
    }

    public void setPrescriber(String prescriber) {
        this.prescriber = prescriber;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    public void setStoppedOn(LocalDate stoppedOn) {
        this.stoppedOn = stoppedOn;
    }

    public String getStopReason() {
        return stopReason;
    }

    public void setStopReason(String stopReason) {
        this.stopReason = stopReason;
    }

    public LocalDate getActionOn() {
        return actionOn;
    }

    public void setActionOn(LocalDate actionOn) {
        this.actionOn = actionOn;
    }

    public BigDecimal getActionDose() {
        return actionDose;
    }

    public void setActionDose(BigDecimal actionDose) {
        this.actionDose = actionDose;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }
}
