package org.thaw.portal.plan;

import jakarta.annotation.PostConstruct;
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
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import org.thaw.integration.view.GoalWords;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.plan.boundary.CheckOffView;
import org.thaw.plan.boundary.HomeworkView;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.MyGoalView;
import org.thaw.plan.boundary.MyPlan;
import org.thaw.plan.boundary.MyPlanView;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The patient's "My plan" page: the plan in plain language (goals with their progress, what we are
 * working on, homework with "Done today", the next review), printable without the page around it.
 * It reads {@link MyPlanView}, which has no field for the care team's private note or comments.
 */
@Named
@ViewScoped
public class MyPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int CHECK_OFFS_SHOWN = 7;

    @Inject
    MyPlan plans;

    @Inject
    MyJournal journal;

    private MyPlanView plan;
    private LocalDate today;

    @PostConstruct
    void load() {
        refresh();
    }

    private void refresh() {
        plan = plans.current().orElse(null);
        today = journal.today();
    }

    /** Marks a homework item done today; a second time the same day changes nothing. */
    public void done(String homeworkId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            plans.checkOff(UUID.fromString(homeworkId), null);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get("plan.checkedOff"), null));
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> null, field -> Texts.get("plan.homework.field"));
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("plan.homework.gone"), null));
        }
        refresh();
    }

    /** The goal's progress in plain words: "PHQ-9: 14 at the start, 8 now — goal: below 10 — met". */
    public String progress(MyGoalView goal) {
        return GoalWords.progress(
                goal.kind(),
                goal.instrument(),
                goal.comparison(),
                goal.target(),
                goal.days(),
                goal.text(),
                goal.progress());
    }

    public boolean met(MyGoalView goal) {
        return goal.progress() != null && goal.progress().met();
    }

    /** What an intervention is, in plain words; the catalogue's name when there are none for its code. */
    public String plainWords(InterventionView intervention) {
        try {
            return ResourceBundle.getBundle(
                            "org.thaw.portal.plan.Interventions",
                            Texts.locale(),
                            MyPlanBacking.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(intervention.code());
        } catch (MissingResourceException none) {
            return intervention.text() != null && !intervention.text().isBlank()
                    ? intervention.text()
                    : intervention.label();
        }
    }

    /** The clinician's own words for it, unless they are already the plain words shown. */
    public String detail(InterventionView intervention) {
        String text = intervention.text();
        return text == null || text.isBlank() || text.equals(plainWords(intervention)) ? null : text;
    }

    public boolean doneToday(HomeworkView item) {
        return item.checkOffs().stream().anyMatch(c -> c.day().equals(today));
    }

    /** The days the item was done, newest first ("Tue 2 Dec, Mon 1 Dec"). */
    public String doneDays(HomeworkView item) {
        return String.join(
                ", ",
                item.checkOffs().stream()
                        .sorted(Comparator.comparing(CheckOffView::day).reversed())
                        .limit(CHECK_OFFS_SHOWN)
                        .map(c -> SHORT_DAY
                                .withLocale(Texts.locale())
                                .format(c.day())
                                .replace(".", ""))
                        .toList());
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.withLocale(Texts.locale()).format(day);
    }

    public MyPlanView getPlan() {
        return plan;
    }

    public boolean isAnyPlan() {
        return plan != null;
    }

    public List<HomeworkView> getHomework() {
        return plan == null ? List.of() : plan.homework();
    }
}
