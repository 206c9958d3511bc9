package org.thaw.clinician.plan;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thaw.clinician.plan.PlanForm.GoalRow;
import org.thaw.clinician.plan.PlanForm.HomeworkRow;
import org.thaw.clinician.plan.PlanForm.InterventionRow;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.journal.boundary.Choice;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.plan.boundary.InstrumentChoice;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.plan.boundary.PlanChoices;
import org.thaw.plan.boundary.PlanInput;
import org.thaw.plan.boundary.PlanView;
import org.thaw.plan.boundary.SavedPlan;
import org.thaw.platform.ConflictException;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The plan editor: the whole plan as one form (problem, goals, interventions, homework, review day,
 * private note), saved as a new revision in one boundary call. The form remembers the version it
 * started from; if a colleague saved in the meantime the save is refused as a conflict, nothing is
 * overwritten, and the page says who saved and when, with a Reload that shows their version (what
 * was typed here stays on screen until then). A refused field is named beside it.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "plan:";

    /** {@code goals[2].target} or {@code goals.2.target}: a field of one row of a list. */
    private static final Pattern ROW_FIELD =
            Pattern.compile("(goals|interventions|homework)(?:\\[(\\d+)]|\\.(\\d+))\\.(\\w+)");

    @Inject
    PatientPlan plans;

    @Inject
    PlanChoices choices;

    @Inject
    PatientRecords records;

    @Inject
    PracticeTime practiceTime;

    @Inject
    Clock clock;

    private String patient;
    private UUID patientId;
    private PatientProfile profile;
    private ZoneId zone;

    private Long version;
    private boolean existing;
    private String problem;
    private List<GoalRow> goals = new ArrayList<>();
    private List<InterventionRow> interventions = new ArrayList<>();
    private List<HomeworkRow> homework = new ArrayList<>();
    private LocalDate reviewOn;
    private String privateNote;

    /** Set when a save met a colleague's newer save: what to tell the clinician. */
    private String conflict;

    /** Loads the plan of the patient named by the {@code patient} view parameter (a new plan when there is none). */
    public void load() throws IOException {
        patientId = PlanPages.patientId(patient);
        if (patientId == null) {
            return;
        }
        try {
            profile = records.profile(patientId);
            zone = practiceTime.zone(profile.timeZone());
            fill(plans.current(patientId).orElse(null));
        } catch (RecordNotFoundException notFound) {
            PlanPages.notFound();
        }
    }

    private void fill(PlanView plan) {
        conflict = null;
        goals = new ArrayList<>();
        interventions = new ArrayList<>();
        homework = new ArrayList<>();
        if (plan == null) {
            existing = false;
            version = null;
            problem = null;
            reviewOn = null;
            privateNote = null;
            goals.add(new GoalRow());
            return;
        }
        existing = true;
        version = plan.version();
        problem = plan.problem();
        reviewOn = plan.reviewOn();
        privateNote = plan.privateNote();
        plan.goals().forEach(g -> goals.add(GoalRow.of(g)));
        plan.interventions().forEach(i -> interventions.add(InterventionRow.of(i)));
        plan.homework().forEach(h -> homework.add(HomeworkRow.of(h)));
    }

    /** Saves the whole form as a new revision and goes back to the chart; refused, the form stays as typed. */
    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SavedPlan saved = plans.save(patientId, input());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            saved.created()
                                    ? Texts.get("planEdit.saved.first")
                                    : Texts.get("planEdit.saved", saved.plan().revision()),
                            null));
            return "chart?faces-redirect=true&patient=" + patientId;
        } catch (ConflictException refused) {
            if (!"version".equals(refused.field())) {
                Refusals.show(refused, this::component, this::label, ".");
                return null;
            }
            conflict = conflictMessage();
            faces.validationFailed();
            return null;
        } catch (InvalidInputException refused) {
            Refusals.show(refused, this::component, this::label, ".");
            return null;
        } catch (RecordNotFoundException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("planEdit.notYours"), null));
            faces.validationFailed();
            return null;
        }
    }

    private PlanInput input() {
        return new PlanInput(
                PlanForm.blankToNull(problem),
                goals.stream().map(GoalRow::input).toList(),
                interventions.stream().map(InterventionRow::input).toList(),
                homework.stream().map(HomeworkRow::input).toList(),
                reviewOn,
                PlanForm.blankToNull(privateNote),
                version);
    }

    /** "Dr. Chen saved this plan at 14:05 while you were editing. …", from the plan as it now stands. */
    private String conflictMessage() {
        PlanView now = plans.current(patientId).orElse(null);
        String who = now == null || now.updatedBy() == null ? "A colleague" : now.updatedBy();
        String when = now == null || now.updatedAt() == null
                ? ""
                : Texts.get("planEdit.conflict.at", PlanPages.when(now.updatedAt(), zone, clock));
        return Texts.get("planEdit.conflict", who, when);
    }

    /** Shows the plan as it now stands, dropping what was typed here. */
    public void reload() {
        fill(plans.current(patientId).orElse(null));
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get("planEdit.reloaded"), null));
    }

    public void addGoal() {
        goals.add(new GoalRow());
    }

    public void removeGoal(int index) {
        if (index >= 0 && index < goals.size()) {
            goals.remove(index);
        }
    }

    public void addIntervention() {
        interventions.add(new InterventionRow());
    }

    public void removeIntervention(int index) {
        if (index >= 0 && index < interventions.size()) {
            interventions.remove(index);
        }
    }

    public void addHomework() {
        homework.add(new HomeworkRow());
    }

    public void removeHomework(int index) {
        if (index >= 0 && index < homework.size()) {
            homework.remove(index);
        }
    }

    /** The client id of the component a refused field belongs to; null puts the message at the top. */
    String component(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(2) != null ? row.group(2) : row.group(3));
            String list = row.group(1);
            String inner = row.group(4);
            String id =
                    switch (list) {
                        case "goals" -> index < goals.size() ? goals.get(index).component(inner) : null;
                        case "interventions" ->
                            switch (inner) {
                                case "code", "text", "frequency" -> inner;
                                default -> null;
                            };
                        default -> "text".equals(inner) ? "text" : null;
                    };
            return id == null ? FORM + "add-" + singular(list) : FORM + list + ":" + index + ":" + id;
        }
        return switch (field) {
            case "problem", "reviewOn", "privateNote" -> FORM + field;
            case "goals", "interventions", "homework" -> FORM + "add-" + singular(field);
            default -> null;
        };
    }

    private static String singular(String list) {
        return switch (list) {
            case "goals" -> "goal";
            case "interventions" -> "intervention";
            default -> "homework";
        };
    }

    /** The words a clinician knows a field by: "Problem:", "Goal 2, target:". */
    String label(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            int number = Integer.parseInt(row.group(2) != null ? row.group(2) : row.group(3)) + 1;
            String what = Texts.getOr("planEdit.field." + row.group(4), row.group(4));
            String item =
                    switch (row.group(1)) {
                        case "goals" -> "planEdit.goal";
                        case "interventions" -> "planEdit.interventionN";
                        default -> "planEdit.homeworkN";
                    };
            return Texts.get(item, number) + ", " + what + ":";
        }
        return Texts.getOr("planEdit.field." + field, field) + ":";
    }

    // --- for the page ---

    public String getPatientName() {
        return profile == null ? "" : profile.displayName();
    }

    public UUID getPatientId() {
        return patientId;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getConflict() {
        return conflict;
    }

    public List<Choice> getGoalKinds() {
        return choices.goalKinds();
    }

    public List<InstrumentChoice> getInstruments() {
        return choices.instruments();
    }

    public List<Choice> getMeasures() {
        return choices.journalMeasures();
    }

    public List<Choice> getInterventionChoices() {
        return choices.interventions();
    }

    /** Today in the patient's zone: the earliest review date. */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(zone));
    }

    // --- the form ---

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public List<InterventionRow> getInterventions() {
        return interventions;
    }

    public List<HomeworkRow> getHomework() {
        return homework;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }
}
