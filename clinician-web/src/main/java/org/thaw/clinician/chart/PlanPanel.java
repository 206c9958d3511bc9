package org.thaw.clinician.chart;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.thaw.integration.view.GoalWords;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.plan.boundary.CheckOffView;
import org.thaw.plan.boundary.GoalView;
import org.thaw.plan.boundary.HomeworkView;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.plan.boundary.PlanView;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The chart's treatment-plan section: the problem, each goal with its progress from the data
 * (baseline, current, the reliable-change label, met or not yet), the interventions with how often,
 * the homework with the patient's dated check-offs, the review day ("review due" once it has come),
 * and what only the care team reads (the private note, each goal's clinician comment), marked so.
 * A TEXT goal is marked met (or not met again) here; editing, reviews and the history have their
 * own pages.
 */
@Named
@ViewScoped
public class PlanPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of an item's check-offs the chart lists; the count says how many there are in all. */
    static final int CHECK_OFFS_SHOWN = 7;

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Inject
    PatientPlan plans;

    private UUID patientId;
    private PlanView plan;

    void load(UUID patientId) {
        this.patientId = patientId;
        refresh();
    }

    private void refresh() {
        plan = plans.current(patientId).orElse(null);
    }

    /** Marks a TEXT goal met, or not met again: a new revision that says so. */
    public void markMet(String goalId, boolean met) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            plans.markGoalMet(patientId, UUID.fromString(goalId), met);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, Texts.get(met ? "cplan.goalMet" : "cplan.goalNotMet"), null));
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> null, field -> "Goal:");
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("cplan.goalGone"), null));
        }
        refresh();
    }

    /** The goal's progress in one line, as the patient reads it too. */
    public String progress(GoalView goal) {
        return GoalWords.progress(
                goal.kind(),
                goal.instrument(),
                goal.comparison(),
                goal.target(),
                goal.days(),
                goal.text(),
                goal.progress());
    }

    public boolean met(GoalView goal) {
        return goal.progress() != null && goal.progress().met();
    }

    /** "improved", "worse", "no reliable change", or empty when there is nothing to compare. */
    public String change(GoalView goal) {
        return goal.progress() == null ? "" : GoalWords.change(goal.progress().change());
    }

    /** A score's figure ("14"), or a dash when there is none. */
    public String figure(Number value) {
        return value == null ? "–" : GoalWords.number(value);
    }

    /** The item's check-offs, newest first, as many as the chart lists. */
    public List<CheckOffView> recent(HomeworkView item) {
        return item.checkOffs().stream()
                .sorted(Comparator.comparing(CheckOffView::day).reversed())
                .limit(CHECK_OFFS_SHOWN)
                .toList();
    }

    /** A check-off's day, short: "Tue 1 Dec". */
    public String day(LocalDate day) {
        return day == null ? "" : SHORT_DAY.format(day);
    }

    public PlanView getPlan() {
        return plan;
    }

    public boolean isAnyPlan() {
        return plan != null;
    }
}
