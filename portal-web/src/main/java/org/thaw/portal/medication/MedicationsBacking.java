package org.thaw.portal.medication;

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
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.journal.boundary.Choice;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.medication.boundary.Frequency;
import org.thaw.medication.boundary.MedicationChoices;
import org.thaw.medication.boundary.MyCourseView;
import org.thaw.medication.boundary.MyMedications;
import org.thaw.medication.boundary.SideEffectInput;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.platform.InvalidInputException;

/**
 * The patient's medications page: their courses, current and past, as their care team recorded them
 * (never a stop reason or a clinician's note: the records the page reads have no field for them),
 * the side-effect report form, and their past reports. A refused report keeps every answer and puts
 * the message on its field.
 */
@Named
@ViewScoped
public class MedicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String FORM = "report";

    /** The "which medication" answer for not knowing which. */
    static final String NOT_SURE = "not-sure";

    @Inject
    MyMedications medications;

    @Inject
    MedicationChoices choices;

    @Inject
    MyJournal journal;

    private List<MyCourseView> courses = List.of();
    private List<SideEffectView> reports = List.of();
    private LocalDate today;

    private String course;
    private Integer blunting;
    private List<String> effects = new ArrayList<>();
    private String note;
    private LocalDate since;

    @PostConstruct
    void load() {
        refresh();
    }

    private void refresh() {
        courses = medications.courses();
        reports = medications.reports();
        today = journal.today();
    }

    /** Sends the report; the form is emptied when it is stored, kept as it was when refused. */
    public void report() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            medications.report(new SideEffectInput(courseId(), blunting, effects, note, since));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get("meds.saved"), null));
            course = null;
            blunting = null;
            effects = new ArrayList<>();
            note = null;
            since = null;
            refresh();
        } catch (InvalidInputException refused) {
            Refusals.show(refused, MedicationsBacking::component, MedicationsBacking::label);
        }
    }

    /** The chosen course, or null for "Not sure", nothing chosen or a value that is no course id. */
    private UUID courseId() {
        if (course == null || course.isBlank() || NOT_SURE.equals(course)) {
            return null;
        }
        try {
            return UUID.fromString(course);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String component(String field) {
        return switch (field) {
            case "courseId" -> FORM + ":course";
            case "blunting", "effects", "note", "since" -> FORM + ":" + field;
            default -> null;
        };
    }

    private static String label(String field) {
        return Texts.getOr("meds.field." + field, field);
    }

    // --- for the page ---

    public List<MyCourseView> getCurrent() {
        return courses.stream().filter(c -> c.stoppedOn() == null).toList();
    }

    public List<MyCourseView> getPast() {
        return courses.stream().filter(c -> c.stoppedOn() != null).toList();
    }

    public List<MyCourseView> getCourses() {
        return courses;
    }

    public List<SideEffectView> getReports() {
        return reports;
    }

    /** "50 mg once a day". */
    public String dose(BigDecimal amount, String unit, String frequency) {
        return amount == null
                ? ""
                : amount.stripTrailingZeros().toPlainString() + " " + unit + " "
                        + Frequency.ofCode(frequency)
                                .map(f -> Texts.get("meds.frequency." + f.code()))
                                .orElse(frequency);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.withLocale(Texts.locale()).format(date);
    }

    /** The effects of a report in words. */
    public String effectsOf(SideEffectView report) {
        return report.effects().stream()
                .map(e -> Texts.getOr("meds.effect." + e, e))
                .collect(Collectors.joining(", "));
    }

    /** The courses to choose from: the current ones first, then the past ones, with "(stopped)". */
    public List<Choice> getCourseChoices() {
        List<Choice> list = new ArrayList<>();
        getCurrent().forEach(c -> list.add(new Choice(c.id().toString(), c.name())));
        getPast().forEach(c -> list.add(new Choice(c.id().toString(), Texts.get("meds.stopped", c.name()))));
        list.add(new Choice(NOT_SURE, Texts.get("meds.notSure")));
        return list;
    }

    public List<Integer> getScale() {
        return SCALE;
    }

    public List<Choice> getEffectChoices() {
        return choices.sideEffects();
    }

    public LocalDate getToday() {
        return today;
    }

    // --- the form ---

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Integer getBlunting() {
        return blunting;
    }

    public void setBlunting(Integer blunting) {
        this.blunting = blunting;
    }

    public List<String> getEffects() {
        return effects;
    }

    public void setEffects(List<String> effects) {
        this.effects = effects == null ? new ArrayList<>() : new ArrayList<>(effects);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }
}
