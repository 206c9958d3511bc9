package org.thaw.medication.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;

/**
 * What the MEDICATION_ONSET rule reads of one course that was not entered in error: the drug,
 * whether it counts as an antidepressant, start and stop, and its steps (the starting dose, then
 * each dose change in the order it took effect). Plain Java, so the course events are tested at
 * their edges without a container.
 *
 * <p>A <em>course event</em> (docs/clinical-rules.md, MEDICATION_ONSET) is the start of an
 * antidepressant course or a daily-dose increase: a step whose dose × doses per day is higher than
 * the step before it, in the same unit. {@code as_needed} never makes an event (it has no regular
 * amount, at its start or on either side of a change); a decrease, an unchanged amount, a change of
 * unit and a stop make none either.
 */
public record CourseFact(
        UUID courseId,
        String drug,
        boolean antidepressant,
        LocalDate startedOn,
        LocalDate stoppedOn,
        List<Step> steps) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public CourseFact {
        steps = steps.stream().sorted(Comparator.comparing(Step::on)).toList();
    }

    /** A dose in force from a day on: the course's start, or a dose change. */
    public record Step(LocalDate on, BigDecimal dose, DoseUnit unit, Frequency frequency) {

        /** Dose × doses per week; empty for {@code as_needed}. */
        Optional<BigDecimal> weeklyAmount() {
            OptionalInt times = frequency.timesPerWeek();
            return times.isPresent()
                    ? Optional.of(dose.multiply(BigDecimal.valueOf(times.getAsInt())))
                    : Optional.empty();
        }

        /** "50 mg once a day". */
        public String describe() {
            return dose.stripTrailingZeros().toPlainString() + " " + unit.code() + " " + frequency.label();
        }
    }

    /** What made a course event. */
    public enum EventKind {
        START,
        INCREASE
    }

    /** A course event: the course, the day and the step that began on it. */
    public record Event(CourseFact course, LocalDate on, EventKind kind, Step step) {

        /** "the start of sertraline 50 mg once a day on 1 March 2026", "the dose increase of sertraline to 100 mg …". */
        public String describe() {
            return (kind == EventKind.START
                            ? "the start of " + course.drug() + " " + step.describe()
                            : "the dose increase of " + course.drug() + " to " + step.describe())
                    + " on " + DAY.format(on);
        }
    }

    /** The course events, oldest first; none for a course that is not an antidepressant. */
    public List<Event> events() {
        if (!antidepressant || steps.isEmpty()) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        Step first = steps.get(0);
        if (first.weeklyAmount().isPresent()) {
            events.add(new Event(this, first.on(), EventKind.START, first));
        }
        for (int i = 1; i < steps.size(); i++) {
            Step before = steps.get(i - 1);
            Step step = steps.get(i);
            if (isIncrease(before, step)) {
                events.add(new Event(this, step.on(), EventKind.INCREASE, step));
            }
        }
        return events;
    }

    private static boolean isIncrease(Step before, Step after) {
        if (before.unit() != after.unit()) {
            return false;
        }
        Optional<BigDecimal> was = before.weeklyAmount();
        Optional<BigDecimal> is = after.weeklyAmount();
        return was.isPresent() && is.isPresent() && is.get().compareTo(was.get()) > 0;
    }

    /** True when the course had started by {@code day} and had not stopped before it. */
    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && (stoppedOn == null || !stoppedOn.isBefore(day));
    }

    /** True when the course stopped before {@code day}. */
    public boolean stoppedBefore(LocalDate day) {
        return stoppedOn != null && stoppedOn.isBefore(day);
    }
}
