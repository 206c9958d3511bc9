package org.thaw.timeline.boundary;

/** What a {@link TimelineEvent} is; the names are the REST values: never rename one. */
public enum TimelineEventType {
    /** A journal entry: {@code value} is its numbness. */
    JOURNAL,
    /** A screener result: {@code instrument}, {@code value} (the total) and {@code band}. */
    SCREENER,
    /** A medication course's first day: the drug, dose, unit and frequency it started with. */
    COURSE_START,
    /** A dose change from its day on: the new dose, unit and frequency. */
    DOSE_CHANGE,
    /** A course's last day. */
    COURSE_STOP,
    /** A side-effect report: {@code blunting}, {@code effects}, and the course it names (none: "not sure"). */
    SIDE_EFFECT,
    /** A flag opened: {@code flagType}, {@code severity}. */
    FLAG_OPENED,
    /** A flag resolved by a clinician. */
    FLAG_RESOLVED
}
