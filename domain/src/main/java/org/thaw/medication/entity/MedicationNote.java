package org.thaw.medication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A clinician's dated side-effect note on a course: clinician-only. Never changed once written. */
@Entity
@Table(name = "medication_note")
@NamedQuery(
        name = MedicationNote.OF_COURSES,
        query = "select n from MedicationNote n where n.courseId in :courseIds order by n.writtenAt")
public class MedicationNote {

    /** The notes on some courses, oldest first. */
    public static final String OF_COURSES = "MedicationNote.ofCourses";

    public static final int TEXT_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_by_name", nullable = false, updatable = false)
    private String writtenByName;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected MedicationNote() {
        // for JPA
    }

    public MedicationNote(UUID courseId, String text, String writtenBy, String writtenByName, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenByName = writtenByName;
        this.writtenAt = writtenAt;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public String text() {
        return text;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public String writtenByName() {
        return writtenByName;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
