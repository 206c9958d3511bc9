package org.thaw.plan.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.PlanContent;

/**
 * What one save changed, in short sentences a clinician reads in the plan's history ("Goal added:
 * PHQ-9 below 10"), computed from the plan before and after it: goals and homework compared by
 * their stable ids, interventions as a list.
 */
public final class PlanChanges {

    private PlanChanges() {}

    /** The changes from {@code before} (null: the first save) to {@code after}; never empty. */
    public static List<String> between(PlanContent before, PlanContent after) {
        if (before == null) {
            return List.of("Plan written: " + after.goals().size()
                    + goals(after.goals().size()) + ", "
                    + after.interventions().size() + " intervention"
                    + plural(after.interventions().size()) + ", "
                    + after.homework().size() + " homework item"
                    + plural(after.homework().size())
                    + ", review on " + after.reviewOn());
        }
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.problem(), after.problem())) {
            changes.add("Problem changed");
        }
        goalChanges(before, after, changes);
        interventionChanges(before.interventions(), after.interventions(), changes);
        homeworkChanges(before, after, changes);
        if (!Objects.equals(before.reviewOn(), after.reviewOn())) {
            changes.add("Review day: " + before.reviewOn() + " → " + after.reviewOn());
        }
        if (!Objects.equals(before.privateNote(), after.privateNote())) {
            changes.add("Private note changed");
        }
        if (changes.isEmpty()) {
            changes.add("Saved without changes");
        }
        return List.copyOf(changes);
    }

    private static void goalChanges(PlanContent before, PlanContent after, List<String> changes) {
        Map<UUID, PlanContent.Goal> old = new LinkedHashMap<>();
        before.goals().forEach(g -> old.put(g.id(), g));
        for (PlanContent.Goal g : after.goals()) {
            PlanContent.Goal was = old.remove(g.id());
            if (was == null) {
                changes.add("Goal added: " + g.description());
                continue;
            }
            if (!sameGoal(was, g)) {
                changes.add(
                        was.description().equals(g.description())
                                ? "Goal changed: " + g.description()
                                : "Goal changed: " + was.description() + " → " + g.description());
            }
            if (!Objects.equals(was.clinicianComment(), g.clinicianComment())) {
                changes.add("Comment changed on goal: " + g.description());
            }
            if (was.met() != g.met()) {
                changes.add((g.met() ? "Goal marked met: " : "Goal no longer marked met: ") + g.description());
            }
        }
        old.values().forEach(g -> changes.add("Goal removed: " + g.description()));
    }

    private static boolean sameGoal(PlanContent.Goal a, PlanContent.Goal b) {
        return a.kind() == b.kind()
                && Objects.equals(a.instrument(), b.instrument())
                && Objects.equals(a.target(), b.target())
                && a.comparison() == b.comparison()
                && Objects.equals(a.targetDate(), b.targetDate())
                && Objects.equals(a.measure(), b.measure())
                && Objects.equals(a.days(), b.days())
                && Objects.equals(a.text(), b.text());
    }

    private static void interventionChanges(
            List<InterventionView> before, List<InterventionView> after, List<String> changes) {
        List<InterventionView> removed = new ArrayList<>(before);
        List<InterventionView> added = new ArrayList<>();
        for (InterventionView i : after) {
            if (!removed.remove(i)) {
                added.add(i);
            }
        }
        added.forEach(i -> changes.add("Intervention added: " + words(i)));
        removed.forEach(i -> changes.add("Intervention removed: " + words(i)));
    }

    private static void homeworkChanges(PlanContent before, PlanContent after, List<String> changes) {
        Map<UUID, PlanContent.Homework> old = new LinkedHashMap<>();
        before.homework().forEach(h -> old.put(h.id(), h));
        for (PlanContent.Homework h : after.homework()) {
            PlanContent.Homework was = old.remove(h.id());
            if (was == null) {
                changes.add("Homework added: " + h.text());
            } else if (!was.text().equals(h.text())) {
                changes.add("Homework changed: " + was.text() + " → " + h.text());
            }
        }
        old.values().forEach(h -> changes.add("Homework removed: " + h.text()));
    }

    /** "Cognitive behavioural therapy (CBT), weekly". */
    static String words(InterventionView i) {
        String name = i.text() == null ? i.label() : i.label() + " (" + i.text() + ")";
        return i.frequency() == null ? name : name + ", " + i.frequency();
    }

    private static String goals(int n) {
        return n == 1 ? " goal" : " goals";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
