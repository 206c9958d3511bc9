package org.thaw.screener.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.screener.boundary.Source;

/**
 * A screener response as its row ({@code screener_response}); the rules and pages see it as the
 * value {@link ScreenerResponse} ({@code ScreenerStore} turns one into the other, answers parsed).
 * Written only by the store's idempotent insert and never changed, so nothing here is updatable.
 * The answers stay the {@code jsonb} text as stored.
 */
@Entity
@Table(name = "screener_response")
@NamedQuery(
        name = StoredResponse.BY_KEY,
        query = "select r from StoredResponse r" + " where r.patientId = :patientId and r.idempotencyKey = :key")
@NamedQuery(
        name = StoredResponse.OF_PATIENT,
        query = "select r from StoredResponse r" + " where r.patientId = :patientId and r.id = :id")
@NamedQuery(
        name = StoredResponse.NEWEST_FIRST,
        query = "select r from StoredResponse r"
                + " where r.patientId = :patientId order by r.administeredOn desc, r.submittedAt desc")
@NamedQuery(
        name = StoredResponse.FIRST_OF_INSTRUMENT,
        query =
                "select r from StoredResponse r"
                        + " where r.patientId = :patientId and r.instrument = :instrument order by r.administeredOn, r.submittedAt")
@NamedQuery(
        name = StoredResponse.NEWEST_OF_INSTRUMENT,
        query = "select r from StoredResponse r"
                + " where r.patientId = :patientId and r.instrument = :instrument"
                + " order by r.administeredOn desc, r.submittedAt desc")
@NamedQuery(
        name = StoredResponse.NEWEST_BETWEEN,
        query = "select r from StoredResponse r"
                + " where r.patientId = :patientId and r.instrument = :instrument"
                + " and r.administeredOn between :from and :to order by r.administeredOn desc, r.submittedAt desc")
@NamedQuery(
        name = StoredResponse.FIRST_AFTER,
        query = "select r from StoredResponse r"
                + " where r.patientId = :patientId and r.instrument = :instrument"
                + " and r.administeredOn > :day order by r.administeredOn, r.submittedAt")
@NamedQuery(
        name = StoredResponse.DAYS_OF_INSTRUMENT,
        query = "select r.administeredOn from StoredResponse r"
                + " where r.patientId = :patientId and r.instrument = :instrument order by r.administeredOn desc")
@NamedQuery(
        name = StoredResponse.OF_SOURCE,
        query = "select r.id from StoredResponse r" + " where r.patientId = :patientId and r.source = :source")
public class StoredResponse {

    /** The response the patient stored under a client key. */
    public static final String BY_KEY = "StoredResponse.byKey";
    /** One response, if it is this patient's. */
    public static final String OF_PATIENT = "StoredResponse.ofPatient";
    /** A patient's responses, newest first (by day, then by when entered). */
    public static final String NEWEST_FIRST = "StoredResponse.newestFirst";
    /** An instrument's responses, first (the baseline) first. */
    public static final String FIRST_OF_INSTRUMENT = "StoredResponse.firstOfInstrument";
    /** An instrument's responses, newest first. */
    public static final String NEWEST_OF_INSTRUMENT = "StoredResponse.newestOfInstrument";
    /** An instrument's responses of a range of days, newest first. */
    public static final String NEWEST_BETWEEN = "StoredResponse.newestBetween";
    /** An instrument's responses after a day, first first. */
    public static final String FIRST_AFTER = "StoredResponse.firstAfter";
    /** The days an instrument was answered or recorded, newest first. */
    public static final String DAYS_OF_INSTRUMENT = "StoredResponse.daysOfInstrument";
    /** The ids of a patient's responses of one source. */
    public static final String OF_SOURCE = "StoredResponse.ofSource";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private String instrument;

    @Column(updatable = false)
    private String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    /** The answers as the {@code jsonb} text (null: a score a clinician recorded). */
    @Column(columnDefinition = "jsonb", updatable = false)
    private String answers;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(updatable = false)
    private String band;

    @Column(name = "safety_positive", nullable = false, updatable = false)
    private boolean safetyPositive;

    @Column(name = "administered_on", nullable = false, updatable = false)
    private LocalDate administeredOn;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "entered_by", updatable = false)
    private String enteredBy;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false)
    private String language;

    protected StoredResponse() {
        // for JPA: rows are read, never built here
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

    public Source source() {
        return source;
    }

    public String answers() {
        return answers;
    }

    public int total() {
        return total;
    }

    public String band() {
        return band;
    }

    public boolean safetyPositive() {
        return safetyPositive;
    }

    public LocalDate administeredOn() {
        return administeredOn;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The language version answered ("en", "es"). */
    public String language() {
        return language;
    }
}
