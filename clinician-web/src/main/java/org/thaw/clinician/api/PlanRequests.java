package org.thaw.clinician.api;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.thaw.integration.rest.Dates;
import org.thaw.plan.boundary.GoalInput;
import org.thaw.plan.boundary.GoalReviewInput;
import org.thaw.plan.boundary.HomeworkInput;
import org.thaw.plan.boundary.InterventionInput;
import org.thaw.plan.boundary.PlanInput;
import org.thaw.plan.boundary.ReviewInput;
import org.thaw.platform.InvalidInputException;

/**
 * The bodies of the clinician's plan calls, bound strictly (a target is a JSON integer, dates are
 * yyyy-mm-dd text, ids are text), each turned into the domain's input record; every refusal names
 * its field, inside lists by path ({@code goals[1].target}).
 */
public final class PlanRequests {

    private PlanRequests() {}

    /**
     * {@code {"problem": "…", "goals": [...], "interventions": [{"code": "cbt", "frequency":
     * "weekly"}], "homework": [{"text": "…"}], "reviewOn": "2026-12-18", "privateNote": "…",
     * "version": 3}}; {@code version} left out for the first save.
     */
    public static class Plan {
        public String problem;
        public List<Goal> goals;
        public List<Intervention> interventions;
        public List<Homework> homework;
        public String reviewOn;
        public String privateNote;
        public Long version;

        PlanInput input() {
            return new PlanInput(
                    problem,
                    goals == null ? null : indexed(goals, (g, i) -> g.input("goals[" + i + "]")),
                    interventions == null
                            ? null
                            : interventions.stream().map(Intervention::input).toList(),
                    homework == null ? null : indexed(homework, (h, i) -> h.input("homework[" + i + "]")),
                    Dates.parse("reviewOn", reviewOn),
                    privateNote,
                    version);
        }
    }

    /**
     * One goal: {@code {"kind": "SCORE", "instrument": "PHQ-9", "target": 10, "comparison": "BELOW",
     * "targetDate": "…"}}, {@code {"kind": "JOURNAL", "measure": "numbness", "target": 4, "days":
     * 14}} or {@code {"kind": "TEXT", "text": "…"}}; {@code id} to keep an existing goal's;
     * {@code clinicianComment} is clinician-only.
     */
    public static class Goal {
        public String id;
        public String kind;
        public String instrument;
        public Integer target;
        public String comparison;
        public String targetDate;
        public String measure;
        public Integer days;
        public String text;
        public String clinicianComment;

        GoalInput input(String field) {
            return new GoalInput(
                    id(field + ".id", id),
                    kind,
                    instrument,
                    target,
                    comparison,
                    Dates.parse(field + ".targetDate", targetDate),
                    measure,
                    days,
                    text,
                    clinicianComment);
        }
    }

    /** {@code {"code": "cbt", "text": "…", "frequency": "weekly"}}. */
    public static class Intervention {
        public String code;
        public String text;
        public String frequency;

        InterventionInput input() {
            return new InterventionInput(code, text, frequency);
        }
    }

    /** {@code {"text": "…"}}, with {@code id} to keep an existing item's id and check-offs. */
    public static class Homework {
        public String id;
        public String text;

        HomeworkInput input(String field) {
            return new HomeworkInput(id(field + ".id", id), text);
        }
    }

    /** {@code {"goals": [{"goalId": "…", "note": "…"}], "note": "…", "nextReviewOn": "…"}}. */
    public static class Review {
        public List<GoalNote> goals;
        public String note;
        public String nextReviewOn;

        ReviewInput input() {
            return new ReviewInput(
                    goals == null ? null : indexed(goals, (g, i) -> g.input("goals[" + i + "]")),
                    note,
                    Dates.parse("nextReviewOn", nextReviewOn));
        }
    }

    /** One goal's note in a review. */
    public static class GoalNote {
        public String goalId;
        public String note;

        GoalReviewInput input(String field) {
            return new GoalReviewInput(id(field + ".goalId", goalId), note);
        }
    }

    /** {@code {"met": true}}. */
    public static class Met {
        public Boolean met;

        boolean value() {
            if (met == null) {
                throw new InvalidInputException("met", "is required: true or false");
            }
            return met;
        }
    }

    private interface Indexed<T, R> {
        R apply(T item, int index);
    }

    private static <T, R> List<R> indexed(List<T> items, Indexed<T, R> f) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> f.apply(items.get(i), i))
                .toList();
    }

    /** An id in a body: null when left out, refused naming the field when it is no id at all. */
    static UUID id(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidInputException(field, "is not an id of this plan; leave it out for a new one");
        }
    }
}
