package org.thaw.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** A person in treatment, linked to their Keycloak account by username. */
@Entity
@Table(name = "patient")
@NamedQuery(name = Patient.BY_USERNAME, query = "select p from Patient p where p.username = :username")
@NamedQuery(name = Patient.ALL, query = "select p from Patient p order by p.lastName, p.firstName, p.id")
@NamedQuery(name = Patient.BY_ACCOUNT, query = "select p from Patient p where p.keycloakUserId = :userId")
@NamedQuery(name = Patient.COUNT_BY_EMAIL, query = "select count(p) from Patient p where lower(p.email) = :email")
public class Patient {

    public static final String BY_USERNAME = "Patient.byUsername";
    /** Every patient, by last name, then first name. */
    public static final String ALL = "Patient.all";
    /** The patient bound to a Keycloak user id. */
    public static final String BY_ACCOUNT = "Patient.byAccount";
    /** Patients with an e-mail address (given in lower case): 0 or 1. */
    public static final String COUNT_BY_EMAIL = "Patient.countByEmail";

    @Id
    private UUID id;

    @NotBlank
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 100)
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Size(max = 320)
    private String email;

    @Size(max = 64)
    @Column(name = "time_zone")
    private String timeZone;

    /** The Keycloak user id this record is bound to; set once, never moved to another account. */
    @Size(max = 64)
    @Column(name = "keycloak_user_id", unique = true)
    private String keycloakUserId;

    @Size(max = 8)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Patient() {
        // for JPA
    }

    public Patient(String username, String firstName, String lastName, String email, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.createdAt = createdAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** Where notifications go (never shown); absent when the patient gave none. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * The zone in which this patient's days are counted: their own if set and valid, otherwise
     * the practice's, read only then ({@code patient.zone(settings::timeZone)}: the practice
     * setting costs a database read that a patient with a zone of their own does not need).
     */
    public ZoneId zone(Supplier<ZoneId> practiceZone) {
        return ownZone().orElseGet(practiceZone);
    }

    private Optional<ZoneId> ownZone() {
        if (timeZone == null || timeZone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /** Sets the patient's own time zone: a region (e.g. Europe/Oslo), never a bare offset. */
    public void moveTo(ZoneId zone) {
        if (zone instanceof ZoneOffset || zone.getId().matches("(?i)(?:UTC|GMT|UT)?[+-].*")) {
            throw new IllegalArgumentException("time zone must be a region such as Europe/Oslo, not an offset");
        }
        this.timeZone = zone.getId();
    }

    /** The Keycloak user id this record is bound to, once known. */
    public Optional<String> keycloakUserId() {
        return Optional.ofNullable(keycloakUserId);
    }

    /**
     * Binds this record to a Keycloak account. A record is bound once: binding it again to the
     * same account is harmless, to another account is refused.
     */
    public void bindAccount(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a Keycloak user id is needed");
        }
        if (keycloakUserId != null && !keycloakUserId.equals(userId)) {
            throw new IllegalStateException("this record is bound to another account");
        }
        this.keycloakUserId = userId;
    }

    /**
     * Keeps the address of this person's account as where notifications go: the identity
     * provider's verified address is the source of truth. Refuses what is blank or longer than the
     * column.
     */
    public void reachAt(String address) {
        if (address == null || address.isBlank() || address.length() > 320) {
            throw new IllegalArgumentException("an e-mail address of at most 320 characters is needed");
        }
        this.email = address;
    }

    /** The language this person chose; empty when they follow their browser's. */
    public Optional<Language> language() {
        return Language.ofTag(language);
    }

    /** Sets the person's language; {@code null} goes back to following the browser. */
    public void speak(Language chosen) {
        this.language = chosen == null ? null : chosen.tag();
    }
}
