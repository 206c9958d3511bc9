package org.thaw.timeline.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.journal.boundary.MedicationAffectsFeeling;

/**
 * One dated event of a patient's timeline. Every event has {@code type}, {@code date} (the day
 * in the patient's zone) and {@code id} (the record it comes from); the other fields belong to
 * some types only and are null for the rest (absent from the JSON). The component names are the
 * REST field names.
 *
 * @param type what happened
 * @param date the day it happened, in the patient's zone
 * @param at the moment, for events that have one (a screener submitted, a report made, a flag
 *     opened or resolved); null for events of a day only (journal, course start, dose change, stop)
 * @param id the record: journal entry, screener response, course (start, stop), dose change, side-effect report or flag
 * @param value JOURNAL: numbness 0–10; SCREENER: the total
 * @param instrument SCREENER: the instrument's code ({@code PHQ-9})
 * @param band SCREENER: the band's code
 * @param courseId COURSE_START, DOSE_CHANGE, COURSE_STOP; SIDE_EFFECT when it names a course
 * @param drug the course's drug name (with {@code courseId})
 * @param dose COURSE_START and DOSE_CHANGE: the dose from that day on
 * @param unit with {@code dose}: {@code mg}, {@code mcg} or {@code ml}
 * @param frequency with {@code dose}: a frequency code ({@code daily}...)
 * @param blunting SIDE_EFFECT: emotional blunting 0–10
 * @param effects SIDE_EFFECT: the other effects' codes
 * @param flagType FLAG_OPENED, FLAG_RESOLVED
 * @param severity FLAG_OPENED, FLAG_RESOLVED: the flag's severity now
 * @param medicationAffectsFeeling JOURNAL: the answer to the medication question, when given
 * @param enteredBy JOURNAL: the clinician who typed the entry in from a paper diary; SCREENER:
 *     who recorded a score administered elsewhere; FLAG_RESOLVED: who resolved it
 */
public record TimelineEvent(
        TimelineEventType type,
        LocalDate date,
        Instant at,
        UUID id,
        Integer value,
        String instrument,
        String band,
        UUID courseId,
        String drug,
        BigDecimal dose,
        String unit,
        String frequency,
        Integer blunting,
        List<String> effects,
        FlagType flagType,
        Severity severity,
        MedicationAffectsFeeling medicationAffectsFeeling,
        String enteredBy) {

    /** The timeline's order: by day, then by moment (events of a day only first), then by type. */
    public static final Comparator<TimelineEvent> ORDER = Comparator.comparing(TimelineEvent::date)
            .thenComparing(TimelineEvent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TimelineEvent::type);

    static TimelineEvent journal(
            UUID id, LocalDate date, int numbness, MedicationAffectsFeeling answer, String enteredBy) {
        return new TimelineEvent(
                TimelineEventType.JOURNAL,
                date,
                null,
                id,
                numbness,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                answer,
                enteredBy);
    }

    static TimelineEvent screener(
            UUID id, LocalDate date, Instant at, String instrument, int total, String band, String enteredBy) {
        return new TimelineEvent(
                TimelineEventType.SCREENER,
                date,
                at,
                id,
                total,
                instrument,
                band,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                enteredBy);
    }

    static TimelineEvent course(
            TimelineEventType type,
            UUID id,
            LocalDate date,
            UUID courseId,
            String drug,
            BigDecimal dose,
            String unit,
            String frequency) {
        return new TimelineEvent(
                type, date, null, id, null, null, null, courseId, drug, dose, unit, frequency, null, null, null, null,
                null, null);
    }

    static TimelineEvent sideEffect(
            UUID id, LocalDate date, Instant at, UUID courseId, String drug, int blunting, List<String> effects) {
        return new TimelineEvent(
                TimelineEventType.SIDE_EFFECT,
                date,
                at,
                id,
                null,
                null,
                null,
                courseId,
                drug,
                null,
                null,
                null,
                blunting,
                List.copyOf(effects),
                null,
                null,
                null,
                null);
    }

    static TimelineEvent flag(
            TimelineEventType type,
            UUID id,
            LocalDate date,
            Instant at,
            FlagType flagType,
            Severity severity,
            String by) {
        return new TimelineEvent(
                type, date, at, id, null, null, null, null, null, null, null, null, null, null, flagType, severity,
                null, by);
    }
}
