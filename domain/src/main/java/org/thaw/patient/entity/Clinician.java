package org.thaw.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A member of the practice who treats patients, linked to their Keycloak account by username. */
@Entity
@Table(name = "clinician")
@NamedQuery(name = Clinician.BY_USERNAME, query = "select c from Clinician c where c.username = :username")
@NamedQuery(name = Clinician.COUNT_BY_EMAIL, query = "select count(c) from Clinician c where lower(c.email) = :email")
@NamedQuery(name = Clinician.ALL, query = "select c from Clinician c order by c.lastName, c.firstName, c.id")
public class Clinician {

    public static final String BY_USERNAME = "Clinician.byUsername";
    /** Clinicians with an e-mail address (given in lower case): 0 or 1. */
    public static final String COUNT_BY_EMAIL = "Clinician.countByEmail";

    /** Every clinician, by last name, then first name. */
    public static final String ALL = "Clinician.all";

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

    protected Clinician() {
        // for JPA
    }

    public Clinician(String username, String firstName, String lastName, String email, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** Where notifications go (never shown); absent when none is known. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
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
