package org.thaw.plan.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalInput;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.HomeworkInput;
import org.thaw.plan.boundary.InterventionCode;
import org.thaw.plan.boundary.InterventionInput;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.PlanContent;
import org.thaw.plan.boundary.PlanInput;
import org.thaw.plan.entity.PlanGoal;
import org.thaw.plan.entity.PlanHomework;
import org.thaw.plan.entity.PlanIntervention;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.InvalidInputException.FieldError;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;

/**
 * The rules of a plan's content no annotation can state, as plain Java: each goal checked by its
 * kind (a known instrument and a target in its range; the journal measure, a target 0–10 and 7–56
 * days; a text), intervention codes of the catalogue, the review day not in the past, ids that are
 * the plan's own, texts within their lengths. Every refused field is named at once, by its path
 * ({@code goals[1].target}), and nothing is stored.
 */
public final class PlanRules {

    public static final int MAX_GOALS = 12;
    public static final int MAX_INTERVENTIONS = 20;
    public static final int MAX_HOMEWORK = 20;

    /** JOURNAL goals: the shortest and longest window. */
    public static final int MIN_DAYS = 7;

    public static final int MAX_DAYS = 56;

    /** The journal measures a JOURNAL goal may name, and their range. */
    public static final String NUMBNESS = "numbness";

    public static final int MEASURE_MAX = 10;

    private final List<FieldError> errors = new ArrayList<>();

    private PlanRules() {}

    /**
     * The plan as it will be stored, once Bean Validation of the input has passed: new goals and
     * homework get ids, defaults are filled in (a SCORE goal's comparison), texts are stripped.
     *
     * @param currentReviewOn the plan's review day now (null: no plan yet): keeping it is allowed
     *     even when it has passed, setting another day in the past is not
     * @param goalIds the ids of the plan's goals (removed ones too), which an edited goal may name
     * @param homeworkIds likewise for homework
     */
    public static PlanContent check(
            PlanInput input,
            InstrumentCatalogue catalogue,
            LocalDate today,
            LocalDate currentReviewOn,
            Set<UUID> goalIds,
            Set<UUID> homeworkIds) {
        PlanRules rules = new PlanRules();
        PlanContent content = rules.content(input, catalogue, today, currentReviewOn, goalIds, homeworkIds);
        if (!rules.errors.isEmpty()) {
            throw new InvalidInputException(rules.errors);
        }
        return content;
    }

    private PlanContent content(
            PlanInput input,
            InstrumentCatalogue catalogue,
            LocalDate today,
            LocalDate currentReviewOn,
            Set<UUID> goalIds,
            Set<UUID> homeworkIds) {
        if (input.reviewOn() != null
                && input.reviewOn().isBefore(today)
                && !input.reviewOn().equals(currentReviewOn)) {
            refuse("reviewOn", "must be today or later (today is " + today + ")");
        }
        List<PlanContent.Goal> goals = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<GoalInput> goalInputs = input.goals() == null ? List.of() : input.goals();
        for (int i = 0; i < goalInputs.size(); i++) {
            goal("goals[" + i + "]", goalInputs.get(i), catalogue, goalIds, seen)
                    .ifPresent(goals::add);
        }
        List<InterventionView> interventions = new ArrayList<>();
        List<InterventionInput> interventionInputs = input.interventions() == null ? List.of() : input.interventions();
        for (int i = 0; i < interventionInputs.size(); i++) {
            intervention("interventions[" + i + "]", interventionInputs.get(i)).ifPresent(interventions::add);
        }
        List<PlanContent.Homework> homework = new ArrayList<>();
        List<HomeworkInput> homeworkInputs = input.homework() == null ? List.of() : input.homework();
        for (int i = 0; i < homeworkInputs.size(); i++) {
            homework("homework[" + i + "]", homeworkInputs.get(i), homeworkIds, seen)
                    .ifPresent(homework::add);
        }
        return new PlanContent(
                text(input.problem()), goals, interventions, homework, input.reviewOn(), text(input.privateNote()));
    }

    private Optional<PlanContent.Goal> goal(
            String field, GoalInput g, InstrumentCatalogue catalogue, Set<UUID> known, Set<UUID> seen) {
        if (g == null) {
            refuse(field, "is empty: give the goal's kind (SCORE, JOURNAL or TEXT) and what it aims at");
            return Optional.empty();
        }
        int before = errors.size();
        UUID id = id(field, g.id(), known, seen, "goal");
        String text = text(g.text());
        String comment = text(g.clinicianComment());
        length(field + ".text", text, PlanGoal.TEXT_MAX);
        length(field + ".clinicianComment", comment, PlanGoal.COMMENT_MAX);
        GoalKind kind = kind(field + ".kind", g.kind());
        if (kind == null) {
            return Optional.empty();
        }
        String instrument = null;
        Comparison comparison = null;
        Integer target = null;
        String measure = null;
        Integer days = null;
        switch (kind) {
            case SCORE -> {
                Instrument scale = instrument(field + ".instrument", g.instrument(), catalogue);
                comparison = comparison(field + ".comparison", g.comparison(), scale);
                target = g.target();
                if (scale != null) {
                    instrument = scale.code();
                    scoreTarget(field + ".target", target, scale, comparison);
                } else if (target == null) {
                    refuse(field + ".target", "is required: the total the goal aims at");
                }
            }
            case JOURNAL -> {
                measure = g.measure() == null ? null : g.measure().strip().toLowerCase(Locale.ROOT);
                if (!NUMBNESS.equals(measure)) {
                    refuse(field + ".measure", "must be " + NUMBNESS);
                }
                target = g.target();
                if (target == null || target < 0 || target > MEASURE_MAX) {
                    refuse(field + ".target", "is required: a whole number from 0 to " + MEASURE_MAX);
                }
                days = g.days();
                if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
                    refuse(field + ".days", "must be between " + MIN_DAYS + " and " + MAX_DAYS + " (days)");
                }
            }
            case TEXT -> {
                if (text == null) {
                    refuse(field + ".text", "is required: say what the goal is");
                }
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String description = describe(kind, instrument, comparison, target, measure, days, text);
        return Optional.of(new PlanContent.Goal(
                id,
                kind,
                instrument,
                target,
                comparison,
                g.targetDate(),
                measure,
                days,
                text,
                description,
                comment,
                false));
    }

    /** A goal in words, as patient and clinician read it: "PHQ-9 below 10". */
    public static String describe(
            GoalKind kind,
            String instrument,
            Comparison comparison,
            Integer target,
            String measure,
            Integer days,
            String text) {
        return switch (kind) {
            case SCORE -> instrument + " " + Progress.words(comparison, target);
            case JOURNAL -> capitalized(measure) + " " + target + " or less on most days for " + days + " days";
            case TEXT -> text;
        };
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private GoalKind kind(String field, String kind) {
        if (kind != null) {
            for (GoalKind k : GoalKind.values()) {
                if (k.name().equals(kind.strip().toUpperCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        refuse(field, "is required: SCORE, JOURNAL or TEXT");
        return null;
    }

    private Instrument instrument(String field, String code, InstrumentCatalogue catalogue) {
        if (code == null || code.isBlank()) {
            refuse(field, "is required: one of " + String.join(", ", catalogue.codes()));
            return null;
        }
        Optional<Instrument> found = catalogue.find(code.strip());
        if (found.isEmpty()) {
            refuse(field, "is not an instrument Thaw knows; allowed are " + String.join(", ", catalogue.codes()));
            return null;
        }
        return found.get();
    }

    /** The comparison named, else the instrument's default (BELOW where a higher total is worse). */
    private Comparison comparison(String field, String code, Instrument scale) {
        if (code == null) {
            return scale == null ? Comparison.BELOW : defaultComparison(scale);
        }
        for (Comparison c : Comparison.values()) {
            if (c.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        refuse(field, "must be BELOW or AT_LEAST");
        return Comparison.BELOW;
    }

    /** BELOW where a higher total is worse, AT_LEAST where it is better (WHO-5). */
    public static Comparison defaultComparison(Instrument instrument) {
        return instrument.higherIsWorse() ? Comparison.BELOW : Comparison.AT_LEAST;
    }

    /** A target the total can meet and miss: BELOW from min + 1 to max, AT_LEAST from min to max. */
    private void scoreTarget(String field, Integer target, Instrument scale, Comparison comparison) {
        int lowest = comparison == Comparison.BELOW ? scale.min() + 1 : scale.min();
        if (target == null || target < lowest || target > scale.max()) {
            refuse(
                    field,
                    (target == null ? "is required: " : "is outside the range of " + scale.code() + ": ")
                            + "a whole number from " + lowest + " to " + scale.max());
        }
    }

    private Optional<InterventionView> intervention(String field, InterventionInput i) {
        if (i == null) {
            refuse(field, "is empty: give a code of the catalogue");
            return Optional.empty();
        }
        int before = errors.size();
        String text = text(i.text());
        String frequency = text(i.frequency());
        length(field + ".text", text, PlanIntervention.TEXT_MAX);
        length(field + ".frequency", frequency, PlanIntervention.FREQUENCY_MAX);
        Optional<InterventionCode> code = i.code() == null
                ? Optional.empty()
                : InterventionCode.of(i.code().strip());
        if (code.isEmpty()) {
            refuse(
                    field + ".code",
                    (i.code() == null ? "is required" : "is not an intervention of the catalogue") + "; allowed are "
                            + String.join(
                                    ", ",
                                    Arrays.stream(InterventionCode.values())
                                            .map(InterventionCode::code)
                                            .toList()));
        } else if (code.get() == InterventionCode.OTHER && text == null) {
            refuse(field + ".text", "is required for other: say what the intervention is");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new InterventionView(code.get().code(), code.get().label(), text, frequency));
    }

    private Optional<PlanContent.Homework> homework(String field, HomeworkInput h, Set<UUID> known, Set<UUID> seen) {
        if (h == null) {
            refuse(field, "is empty: say what the patient is to do");
            return Optional.empty();
        }
        int before = errors.size();
        UUID id = id(field, h.id(), known, seen, "homework item");
        String text = text(h.text());
        if (text == null) {
            refuse(field + ".text", "is required: say what the patient is to do");
        }
        length(field + ".text", text, PlanHomework.TEXT_MAX);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PlanContent.Homework(id, text));
    }

    /** The item's id: a new one for a new item, else one of the plan's own, named once. */
    private UUID id(String field, UUID id, Set<UUID> known, Set<UUID> seen, String what) {
        if (id == null) {
            return UUID.randomUUID();
        }
        if (!known.contains(id)) {
            refuse(field + ".id", "is not a " + what + " of this plan; leave it out for a new one");
        } else if (!seen.add(id)) {
            refuse(field + ".id", "names a " + what + " already listed");
        }
        return id;
    }

    private void length(String field, String text, int max) {
        if (text != null && text.length() > max) {
            refuse(field, "must be at most " + max + " characters");
        }
    }

    private void refuse(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** A blank text is no text. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
