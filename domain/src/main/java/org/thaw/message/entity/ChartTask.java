package org.thaw.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A follow-up on a patient's chart, made from a message, optionally linked to a flag. Done once:
 * completing is one conditional update, so the first clinician to finish it is the one on the
 * record.
 */
@Entity
@Table(name = "chart_task")
@NamedQuery(
        name = ChartTask.OF_PATIENT,
        query = "select t from ChartTask t where t.patientId = :patientId"
                + " order by case when t.doneAt is null then 0 else 1 end, t.dueOn, t.createdAt desc")
@NamedQuery(
        name = ChartTask.COMPLETE,
        query = "update ChartTask t set t.doneBy = :by, t.doneAt = :at" + " where t.id = :id and t.doneAt is null")
public class ChartTask {

    /** A patient's tasks: open ones first by due date, then done ones, newest first. */
    public static final String OF_PATIENT = "ChartTask.ofPatient";
    /** Marks a task done that is not done yet. */
    public static final String COMPLETE = "ChartTask.complete";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "message_id", updatable = false)
    private UUID messageId;

    @Column(name = "flag_id", updatable = false)
    private UUID flagId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ChartTask() {
        // for JPA
    }

    /** A new open task. */
    public ChartTask(
            UUID patientId,
            String title,
            LocalDate dueOn,
            UUID messageId,
            UUID flagId,
            String createdBy,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.title = Objects.requireNonNull(title, "title");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.messageId = messageId;
        this.flagId = flagId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public UUID messageId() {
        return messageId;
    }

    public UUID flagId() {
        return flagId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
