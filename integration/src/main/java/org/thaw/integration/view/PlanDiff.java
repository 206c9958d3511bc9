package org.thaw.integration.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.PlanContent;

/**
 * Two revisions of a treatment plan side by side, line by line: the problem, each goal (matched by
 * its id across revisions, so an edited goal is "changed", not "removed and added"), its clinician
 * comment, each intervention, each homework item (by id), the review day and the private note.
 * Each line says in words whether it was added, removed or changed, so the difference does not rest
 * on colour alone.
 */
public final class PlanDiff {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What happened to a line between the older revision and the newer. */
    public enum Change {
        SAME(""),
        CHANGED("Changed"),
        ADDED("Added"),
        REMOVED("Removed");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return Texts.getOr("planHistory.change." + name(), label);
        }
    }

    /** One line: what it is ("Goal 2"), its words in each revision (null: absent there), and the change. */
    public record Line(String what, String older, String newer, Change change) {

        public boolean differs() {
            return change != Change.SAME;
        }
    }

    private PlanDiff() {}

    /** The lines of two revisions, in the plan's order (the newer's order, removed items after). */
    public static List<Line> lines(PlanContent older, PlanContent newer) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("Problem", older.problem(), newer.problem()));
        goals(older, newer, lines);
        interventions(older, newer, lines);
        homework(older, newer, lines);
        lines.add(line("Review date", day(older.reviewOn()), day(newer.reviewOn())));
        lines.add(line("Private note (clinicians only)", older.privateNote(), newer.privateNote()));
        return lines.stream()
                .filter(l -> l.older() != null || l.newer() != null)
                .toList();
    }

    private static void goals(PlanContent older, PlanContent newer, List<Line> lines) {
        Map<UUID, PlanContent.Goal> before = new LinkedHashMap<>();
        older.goals().forEach(g -> before.put(g.id(), g));
        Map<UUID, PlanContent.Goal> after = new LinkedHashMap<>();
        newer.goals().forEach(g -> after.put(g.id(), g));
        List<UUID> ids = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(ids::add);
        int number = 0;
        for (UUID id : ids) {
            number++;
            PlanContent.Goal was = before.get(id);
            PlanContent.Goal is = after.get(id);
            lines.add(line("Goal " + number, goal(was), goal(is)));
            lines.add(line(
                    "Goal " + number + ", clinician comment",
                    was == null ? null : was.clinicianComment(),
                    is == null ? null : is.clinicianComment()));
        }
    }

    /** "PHQ-9 below 10 · target date 1 Mar 2027 · met". */
    static String goal(PlanContent.Goal goal) {
        if (goal == null) {
            return null;
        }
        StringBuilder words = new StringBuilder(goal.description() == null ? "" : goal.description());
        if (goal.kind() != GoalKind.TEXT && goal.text() != null && !goal.text().isBlank()) {
            words.append(" (").append(goal.text()).append(')');
        }
        if (goal.targetDate() != null) {
            words.append(" · target date ").append(day(goal.targetDate()));
        }
        if (goal.kind() == GoalKind.TEXT && goal.met()) {
            words.append(" · met");
        }
        return words.toString();
    }

    private static void interventions(PlanContent older, PlanContent newer, List<Line> lines) {
        Map<String, String> before = keyed(older.interventions());
        Map<String, String> after = keyed(newer.interventions());
        List<String> keys = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(keys::add);
        int number = 0;
        for (String key : keys) {
            number++;
            lines.add(line("Intervention " + number, before.get(key), after.get(key)));
        }
    }

    /** Interventions by code, a second of the same code as its own line. */
    private static Map<String, String> keyed(List<InterventionView> interventions) {
        Map<String, String> keyed = new LinkedHashMap<>();
        for (InterventionView i : interventions) {
            String key = i.code();
            int n = 1;
            while (keyed.containsKey(key + "#" + n)) {
                n++;
            }
            keyed.put(key + "#" + n, intervention(i));
        }
        return keyed;
    }

    /** "Cognitive behavioural therapy (CBT): thought records · weekly". */
    static String intervention(InterventionView i) {
        StringBuilder words = new StringBuilder(i.label() == null ? i.code() : i.label());
        if (i.text() != null && !i.text().isBlank()) {
            words.append(": ").append(i.text());
        }
        if (i.frequency() != null && !i.frequency().isBlank()) {
            words.append(" · ").append(i.frequency());
        }
        return words.toString();
    }

    private static void homework(PlanContent older, PlanContent newer, List<Line> lines) {
        Map<UUID, String> before = new LinkedHashMap<>();
        older.homework().forEach(h -> before.put(h.id(), h.text()));
        Map<UUID, String> after = new LinkedHashMap<>();
        newer.homework().forEach(h -> after.put(h.id(), h.text()));
        List<UUID> ids = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(ids::add);
        int number = 0;
        for (UUID id : ids) {
            number++;
            lines.add(line("Homework " + number, before.get(id), after.get(id)));
        }
    }

    private static Line line(String what, String older, String newer) {
        String was = blankToNull(older);
        String is = blankToNull(newer);
        Change change;
        if (Objects.equals(was, is)) {
            change = Change.SAME;
        } else if (was == null) {
            change = Change.ADDED;
        } else if (is == null) {
            change = Change.REMOVED;
        } else {
            change = Change.CHANGED;
        }
        return new Line(what, was, is, change);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }
}
