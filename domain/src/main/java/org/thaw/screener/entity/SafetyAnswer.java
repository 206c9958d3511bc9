package org.thaw.screener.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A safety item answered above "Not at all" (PHQ-9 item 9), kept on its own and committed before
 * anything else of the submission (docs/clinical-rules.md, "Safety"). It is not a screener
 * response: it has no total, is no baseline and is not listed among the patient's results; it is
 * what the SAFETY flag's evidence points at. Never changed once written.
 */
@Entity
@Table(name = "safety_answer")
public class SafetyAnswer {

    /** What became of the questionnaire the answer came with. */
    public enum Context {
        /** Accepted and scored; {@link #responseId()} names the response once it is stored. */
        RESPONSE,
        /** Refused because questions were left unanswered. */
        INCOMPLETE,
        /** Refused for another reason (an impossible answer, an unknown version...). */
        NOT_ACCEPTED
    }

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private String instrument;

    @Column(nullable = false, updatable = false)
    private String version;

    @Column(name = "link_id", nullable = false, updatable = false)
    private String linkId;

    @Column(nullable = false, updatable = false)
    private int answer;

    @Column(name = "answered_on", nullable = false, updatable = false)
    private LocalDate answeredOn;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Context context;

    @Column(name = "response_id", updatable = false)
    private UUID responseId;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    protected SafetyAnswer() {
        // for JPA
    }

    /**
     * @param responseId the id the response is stored under when {@code context} is RESPONSE (it
     *     is written after this record; should that fail, the id names nothing), else null
     */
    public SafetyAnswer(
            UUID patientId,
            String instrument,
            String version,
            String linkId,
            int answer,
            LocalDate answeredOn,
            Instant answeredAt,
            Context context,
            UUID responseId,
            String idempotencyKey) {
        if (answer <= 0) {
            throw new IllegalArgumentException("a safety answer is above 0");
        }
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.version = Objects.requireNonNull(version, "version");
        this.linkId = Objects.requireNonNull(linkId, "linkId");
        this.answer = answer;
        this.answeredOn = Objects.requireNonNull(answeredOn, "answeredOn");
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
        this.context = Objects.requireNonNull(context, "context");
        this.responseId = context == Context.RESPONSE ? responseId : null;
        this.idempotencyKey = idempotencyKey;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String instrument() {
        return instrument;
    }

    public String version() {
        return version;
    }

    public String linkId() {
        return linkId;
    }

    public int answer() {
        return answer;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Context context() {
        return context;
    }

    public UUID responseId() {
        return responseId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
