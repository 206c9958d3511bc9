package org.thaw.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.message.boundary.ThreadStatus;

/**
 * A conversation between a patient and their care team. A thread is created by one idempotent
 * statement ({@code MessageStore.createThread}); its state changes are single conditional updates
 * (the named updates below), so two sends or a send and "handled" racing never lose one another.
 * The columns the application role may not update are not updatable here either.
 */
@Entity
@Table(name = "message_thread")
@NamedQuery(
        name = MessageThread.BY_KEY,
        query = "select t.id from MessageThread t"
                + " where t.startedBy = :startedBy and t.idempotencyKey = :key and t.patientId = :patientId")
@NamedQuery(
        name = MessageThread.OF_PATIENTS,
        query = "select t from MessageThread t"
                + " where t.patientId in :patientIds order by t.lastMessageAt desc, t.id")
@NamedQuery(
        name = MessageThread.COUNT_OF_PATIENTS,
        query = "select count(t) from MessageThread t" + " where t.patientId in :patientIds")
@NamedQuery(
        name = MessageThread.TOUCH,
        query = "update MessageThread t set t.lastMessageAt ="
                + " case when t.lastMessageAt < :at then :at else t.lastMessageAt end where t.id = :id")
@NamedQuery(
        name = MessageThread.TOUCH_AND_REOPEN,
        query = "update MessageThread t set t.lastMessageAt ="
                + " case when t.lastMessageAt < :at then :at else t.lastMessageAt end,"
                + " t.status = :open, t.handledBy = null, t.handledAt = null"
                + " where t.id = :id")
@NamedQuery(
        name = MessageThread.HANDLED,
        query = "update MessageThread t"
                + " set t.status = :handled, t.handledBy = :by, t.handledAt = :at"
                + " where t.id = :id")
@NamedQuery(name = MessageThread.ASSIGN, query = "update MessageThread t set t.assignedTo = :to where t.id = :id")
public class MessageThread {

    /** The id of the thread this author started with this key for this patient. */
    public static final String BY_KEY = "MessageThread.byKey";
    /** The threads of these patients, newest activity first. */
    public static final String OF_PATIENTS = "MessageThread.ofPatients";

    public static final String COUNT_OF_PATIENTS = "MessageThread.countOfPatients";
    /** Moves the last activity forward to {@code :at} (never back). */
    public static final String TOUCH = "MessageThread.touch";
    /** As {@link #TOUCH}, and opens the thread again (a patient wrote). */
    public static final String TOUCH_AND_REOPEN = "MessageThread.touchAndReopen";

    public static final String HANDLED = "MessageThread.handled";
    public static final String ASSIGN = "MessageThread.assign";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by_role", nullable = false, updatable = false)
    private AuthorRole startedByRole;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThreadStatus status;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    protected MessageThread() {
        // for JPA
    }

    /** A new open thread, its last activity its creation. */
    public MessageThread(
            UUID patientId,
            String subject,
            String startedBy,
            AuthorRole startedByRole,
            Instant createdAt,
            String idempotencyKey) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedByRole = Objects.requireNonNull(startedByRole, "startedByRole");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastMessageAt = createdAt;
        this.status = ThreadStatus.OPEN;
        this.idempotencyKey = idempotencyKey;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String subject() {
        return subject;
    }

    public String startedBy() {
        return startedBy;
    }

    public AuthorRole startedByRole() {
        return startedByRole;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    public ThreadStatus status() {
        return status;
    }

    public String handledBy() {
        return handledBy;
    }

    public Instant handledAt() {
        return handledAt;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
