package org.thaw.flag.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a flag type was last resolved for a patient (and nothing of it is active): a window may
 * open it again only if every entry in it came wholly after the resolution, written after {@code
 * at} and dated on or after {@code on}, the day of the resolution in the patient's zone (docs/clinical-rules.md,
 * "Lifecycle"). The date matters for a paper diary: an entry a clinician types in today for a day
 * weeks before the resolution is written after it, but tells of a time the clinician had already
 * judged. An entry dated the day of the resolution counts when written after it, as the patient's
 * own check-in that evening does.
 *
 * @param at the resolution's instant
 * @param on the resolution's day in the patient's zone, or null when only the writing time is judged
 */
public record Resolution(Instant at, LocalDate on) {

    /** A resolution judged by the writing time only. */
    public static Resolution at(Instant at) {
        return at == null ? null : new Resolution(at, null);
    }

    /** The resolution at {@code at} (null: none), with its day in {@code zone}. */
    public static Resolution of(Instant at, ZoneId zone) {
        return at == null ? null : new Resolution(at, LocalDate.ofInstant(at, zone));
    }

    /** True when the entry was written at or before the resolution, or is dated before its day. */
    public boolean precedes(JournalFact entry) {
        return !entry.createdAt().isAfter(at) || (on != null && entry.date().isBefore(on));
    }
}
