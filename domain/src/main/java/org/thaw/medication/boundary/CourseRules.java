package org.thaw.medication.boundary;

import java.time.LocalDate;
import java.util.List;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;

/**
 * The order of a course's days, which no annotation can state: a dose change falls within the
 * course, a stop after its last dose change, a correction keeps the dose changes within it. Plain
 * Java; refusals name the field.
 */
final class CourseRules {

    private CourseRules() {}

    /** A dose change's unit and frequency: given, or those in force on its day. */
    record Resolved(DoseUnit unit, Frequency frequency) {}

    /**
     * Checks a dose change against its course and returns its unit and frequency.
     *
     * @param changes the course's dose changes, in the order they took effect
     */
    static Resolved doseChange(DoseChangeInput input, CourseValues course, List<DoseChange> changes, LocalDate today) {
        Refusals refusals = new Refusals();
        LocalDate on = input.on();
        if (on.isBefore(course.startedOn())) {
            refusals.refuse("on", "must not be before the course started (" + course.startedOn() + ")");
        }
        if (course.stoppedOn() != null && on.isAfter(course.stoppedOn())) {
            refusals.refuse("on", "must not be after the course stopped (" + course.stoppedOn() + ")");
        }
        refusals.notInFuture("on", on, today);
        DoseUnit inForceUnit = course.unit();
        Frequency inForceFrequency = course.frequency();
        for (DoseChange d : changes) {
            if (!d.changedOn().isAfter(on)) {
                inForceUnit = d.unit();
                inForceFrequency = d.frequency();
            }
        }
        DoseUnit unit = refusals.unit(input.unit(), inForceUnit);
        Frequency frequency = refusals.frequency(input.frequency(), inForceFrequency);
        refusals.throwIfAny();
        return new Resolved(unit, frequency);
    }

    /** Checks a stop: the course still runs, and the day is within it and not in the future. */
    static void stop(StopInput input, CourseValues course, List<DoseChange> changes, LocalDate today) {
        Refusals refusals = new Refusals();
        LocalDate on = input.on();
        if (course.stoppedOn() != null) {
            refusals.refuse(
                    "on", "the course already stopped on " + course.stoppedOn() + "; correct the course to change it");
        } else if (on.isBefore(course.startedOn())) {
            refusals.refuse("on", "must not be before the course started (" + course.startedOn() + ")");
        } else {
            LocalDate lastChange = lastChange(changes);
            if (lastChange != null && on.isBefore(lastChange)) {
                refusals.refuse("on", "must not be before the last dose change (" + lastChange + ")");
            }
        }
        refusals.notInFuture("on", on, today);
        refusals.throwIfAny();
    }

    /** Checks corrected values against the course's dose changes, which stay within it. */
    static void correction(CourseValues corrected, List<DoseChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Refusals refusals = new Refusals();
        LocalDate first = changes.get(0).changedOn();
        if (corrected.startedOn().isAfter(first)) {
            refusals.refuse("startedOn", "must not be after the first dose change (" + first + ")");
        }
        LocalDate last = lastChange(changes);
        if (corrected.stoppedOn() != null && corrected.stoppedOn().isBefore(last)) {
            refusals.refuse("stoppedOn", "must not be before the last dose change (" + last + ")");
        }
        refusals.throwIfAny();
    }

    private static LocalDate lastChange(List<DoseChange> changes) {
        return changes.stream()
                .map(DoseChange::changedOn)
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
