package org.thaw.medication.boundary;

import java.time.Instant;
import java.util.UUID;
import org.thaw.medication.entity.MedicationNote;

/** A clinician's note on a course, clinician-only: who wrote it (username and name) and when. */
public record NoteView(UUID id, UUID courseId, String text, String writtenBy, String writtenByName, Instant writtenAt) {

    static NoteView of(MedicationNote n) {
        return new NoteView(n.id(), n.courseId(), n.text(), n.writtenBy(), n.writtenByName(), n.writtenAt());
    }
}
