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

/**
 * One message. Never deleted; {@code hiddenAt} set means a clinician hid it from the patient's
 * view (with who and why), and it stays on the record for the care team. Written by one
 * idempotent statement ({@code MessageStore.addMessage}); hiding is one conditional update, so the
 * first clinician to hide it is the one on the record.
 */
@Entity
@Table(name = "message")
@NamedQuery(
        name = Message.BY_KEY,
        query = "select m.id from Message m"
                + " where m.author = :author and m.idempotencyKey = :key and m.threadId = :threadId")
@NamedQuery(
        name = Message.OF_THREAD,
        query = "select m from Message m where m.threadId = :threadId" + " order by m.sentAt, m.id")
@NamedQuery(
        name = Message.HIDE,
        query = "update Message m set m.hiddenAt = :at, m.hiddenBy = :by,"
                + " m.hiddenReason = :reason where m.id = :id and m.hiddenAt is null")
public class Message {

    /** The id of the message this author sent with this key in this thread. */
    public static final String BY_KEY = "Message.byKey";
    /** A thread's messages, oldest first. */
    public static final String OF_THREAD = "Message.ofThread";
    /** Hides a message that is not hidden yet. */
    public static final String HIDE = "Message.hide";

    @Id
    private UUID id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, updatable = false)
    private AuthorRole authorRole;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    protected Message() {
        // for JPA
    }

    /** A new message, shown to everyone in the thread. */
    public Message(
            UUID threadId,
            String author,
            AuthorRole authorRole,
            String authorName,
            String body,
            Instant sentAt,
            String idempotencyKey) {
        this.id = UUID.randomUUID();
        this.threadId = Objects.requireNonNull(threadId, "threadId");
        this.author = Objects.requireNonNull(author, "author");
        this.authorRole = Objects.requireNonNull(authorRole, "authorRole");
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.body = Objects.requireNonNull(body, "body");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.idempotencyKey = idempotencyKey;
    }

    public UUID id() {
        return id;
    }

    public UUID threadId() {
        return threadId;
    }

    public String author() {
        return author;
    }

    public AuthorRole authorRole() {
        return authorRole;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenBy() {
        return hiddenBy;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }
}
