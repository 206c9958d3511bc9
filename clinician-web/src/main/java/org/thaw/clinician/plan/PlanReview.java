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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thaw.integration.view.GoalWords;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.plan.boundary.GoalReviewInput;
import org.thaw.plan.boundary.GoalView;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.plan.boundary.PlanView;
import org.thaw.plan.boundary.ReviewDraft;
import org.thaw.plan.boundary.ReviewInput;
import org.thaw.plan.boundary.ReviewLineView;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The review form: each goal of the current plan with its progress as the data show it now
 * (filled in by the domain, not typed), a note per goal, an overall note and the next review day
 * (which becomes the plan's). Saved in one boundary call; refused, the message sits by its field.
 */
@Named
@ViewScoped
public class PlanReview implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "review:";
    private static final Pattern GOAL_FIELD = Pattern.compile("goals(?:\\[(\\d+)]|\\.(\\d+))\\.(\\w+)");

    @Inject
    PatientPlan plans;

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
    private boolean noPlan;
    private List<ReviewLineView> lines = List.of();
    private final Map<UUID, GoalView> goals = new HashMap<>();
    private List<String> notes = new ArrayList<>();
    private String note;
    private LocalDate nextReviewOn;

    public void load() throws IOException {
        patientId = PlanPages.patientId(patient);
        if (patientId == null) {
            return;
        }
        try {
            profile = records.profile(patientId);
            zone = practiceTime.zone(profile.timeZone());
            PlanView plan = plans.current(patientId).orElse(null);
            if (plan == null) {
                noPlan = true;
                return;
            }
            plan.goals().forEach(g -> goals.put(g.id(), g));
            ReviewDraft draft = plans.reviewDraft(patientId);
            lines = draft.goals();
            notes = new ArrayList<>(
                    lines.stream().map(l -> l.note() == null ? "" : l.note()).toList());
            nextReviewOn = draft.suggestedNextReviewOn();
        } catch (RecordNotFoundException notFound) {
            PlanPages.notFound();
        }
    }

    /** Records the review and goes back to the chart; refused, everything typed stays. */
    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<GoalReviewInput> goalNotes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            goalNotes.add(new GoalReviewInput(lines.get(i).goalId(), blankToNull(notes.get(i))));
        }
        try {
            plans.review(patientId, new ReviewInput(goalNotes, blankToNull(note), nextReviewOn));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            Texts.get("planReview.recorded", PlanPages.date(nextReviewOn)),
                            null));
            return "chart?faces-redirect=true&patient=" + patientId;
        } catch (InvalidInputException refused) {
            Refusals.show(refused, PlanReview::component, PlanReview::label, ".");
            return null;
        } catch (RecordNotFoundException gone) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("planReview.noPlan.warn"), null));
            faces.validationFailed();
            return null;
        }
    }

    static String component(String field) {
        Matcher goal = GOAL_FIELD.matcher(field);
        if (goal.matches()) {
            String index = goal.group(1) != null ? goal.group(1) : goal.group(2);
            return "note".equals(goal.group(3)) ? FORM + "goals:" + index + ":note" : null;
        }
        return switch (field) {
            case "note", "nextReviewOn" -> FORM + field;
            default -> null;
        };
    }

    static String label(String field) {
        Matcher goal = GOAL_FIELD.matcher(field);
        if (goal.matches()) {
            int number = Integer.parseInt(goal.group(1) != null ? goal.group(1) : goal.group(2)) + 1;
            return Texts.get("planReview.goal", number);
        }
        return switch (field) {
            case "note" -> Texts.get("planReview.overallNote") + ":";
            case "nextReviewOn" -> Texts.get("planReview.nextReview") + ":";
            default -> field + ":";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The goal's progress in words, from the data as they stand. */
    public String progress(ReviewLineView line) {
        GoalView goal = goals.get(line.goalId());
        if (goal == null) {
            return line.progress() == null ? "" : line.progress().summary();
        }
        return GoalWords.progress(
                goal.kind(),
                goal.instrument(),
                goal.comparison(),
                goal.target(),
                goal.days(),
                goal.text(),
                line.progress());
    }

    public boolean met(ReviewLineView line) {
        return line.progress() != null && line.progress().met();
    }

    public String change(ReviewLineView line) {
        return line.progress() == null ? "" : GoalWords.change(line.progress().change());
    }

    public String getPatientName() {
        return profile == null ? "" : profile.displayName();
    }

    public UUID getPatientId() {
        return patientId;
    }

    public boolean isNoPlan() {
        return noPlan;
    }

    public List<ReviewLineView> getLines() {
        return lines;
    }

    /** Tomorrow in the patient's zone: the earliest next review. */
    public LocalDate getTomorrow() {
        return LocalDate.now(clock.withZone(zone)).plusDays(1);
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public List<String> getNotes() {
        return notes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }
}
