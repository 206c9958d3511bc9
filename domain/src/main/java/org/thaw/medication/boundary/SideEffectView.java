package org.thaw.medication.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.medication.entity.SideEffectReport;

/**
 * A side-effect report as the patient and their care team read it: the course it names (null
 * and no name: "not sure"), blunting 0–10, other effects (codes), note, since when, and the day
 * (patient's zone) and time it was made.
 */
public record SideEffectView(
        UUID id,
        UUID courseId,
        String courseName,
        int blunting,
        List<String> effects,
        String note,
        LocalDate since,
        LocalDate reportedOn,
        Instant reportedAt) {

    static SideEffectView of(SideEffectReport r, String courseName) {
        return new SideEffectView(
                r.id(),
                r.courseId(),
                courseName,
                r.blunting(),
                r.effects(),
                r.note(),
                r.since(),
                r.reportedOn(),
                r.reportedAt());
    }
}
