package org.thaw.patient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.patient.entity.CareTeamMember;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Language;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.Queries;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;

/** Finds patients and answers who may see them. */
@ApplicationScoped
public class Patients {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    public Optional<Patient> byUsername(String username) {
        return Queries.first(
                em.createNamedQuery(Patient.BY_USERNAME, Patient.class).setParameter("username", username));
    }

    /**
     * The calling patient's own record: the one bound to their account's id (the token's subject)
     * when there is one; else the one with their username, but only while that record is bound to
     * no account, so a record bound to one account never opens to another that has its username.
     */
    public Optional<Patient> signedIn(Caller caller) {
        Optional<String> subject = caller.subject();
        if (subject.isPresent()) {
            Optional<Patient> bound = boundTo(subject.get());
            if (bound.isPresent()) {
                return bound;
            }
        }
        return byUsername(caller.username()).filter(p -> p.keycloakUserId().isEmpty());
    }

    /** The patient bound to this Keycloak user id, if any. */
    public Optional<Patient> boundTo(String userId) {
        return Queries.first(
                em.createNamedQuery(Patient.BY_ACCOUNT, Patient.class).setParameter("userId", userId));
    }

    /** True when a patient or a clinician has this e-mail address (in any case). */
    public boolean emailTaken(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        return em.createNamedQuery(Patient.COUNT_BY_EMAIL, Long.class)
                                .setParameter("email", lower)
                                .getSingleResult()
                        > 0
                || em.createNamedQuery(Clinician.COUNT_BY_EMAIL, Long.class)
                                .setParameter("email", lower)
                                .getSingleResult()
                        > 0;
    }

    /**
     * The patient, if the clinician (by username) is on their active care team; otherwise the
     * record is "not found", whether it exists or not.
     */
    public Patient visibleToClinician(String clinicianUsername, UUID patientId) {
        if (patientId == null || !isOnCareTeam(clinicianUsername, patientId)) {
            throw new RecordNotFoundException("patient");
        }
        return em.find(Patient.class, patientId);
    }

    /** Every patient of the practice, by last name, then first name (for a practice-wide reader). */
    public List<Patient> all() {
        return em.createNamedQuery(Patient.ALL, Patient.class).getResultList();
    }

    /** The patient with this id, whoever's care team they are on; an unknown id is "not found". */
    public Patient inPractice(UUID patientId) {
        Patient patient = patientId == null ? null : em.find(Patient.class, patientId);
        if (patient == null) {
            throw new RecordNotFoundException("patient");
        }
        return patient;
    }

    /** The patients whose active care team has the clinician (by username), by last name, then first name. */
    public List<Patient> onCareTeamOf(String clinicianUsername) {
        return em.createNamedQuery(CareTeamMember.PATIENTS_OF, Patient.class)
                .setParameter("username", clinicianUsername)
                .getResultList();
    }

    /** True when the clinician (by username) is on the patient's active care team. */
    public boolean isOnCareTeam(String clinicianUsername, UUID patientId) {
        return em.createNamedQuery(CareTeamMember.ACTIVE_FOR, Long.class)
                        .setParameter("patientId", patientId)
                        .setParameter("username", clinicianUsername)
                        .getSingleResult()
                > 0;
    }

    /** E-mail addresses of the patient's active care team but {@code except} (for notifications; never shown). */
    public List<String> careTeamEmails(UUID patientId, String except) {
        return em.createNamedQuery(CareTeamMember.EMAILS_OF_TEAM, String.class)
                .setParameter("patientId", patientId)
                .setParameter("except", except == null ? "" : except)
                .getResultList();
    }

    /**
     * E-mail addresses of the patient's active care team but {@code except}, by each clinician's
     * language tag ("en" when they chose none), for notifications in the reader's language.
     */
    public Map<String, List<String>> careTeamEmailsByLanguage(UUID patientId, String except) {
        return em.createNamedQuery(CareTeamMember.MEMBERS_OF_TEAM, Object[].class)
                .setParameter("patientId", patientId)
                .setParameter("except", except == null ? "" : except)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        row -> Language.ofTag((String) row[1])
                                .orElse(Language.ENGLISH)
                                .tag(),
                        TreeMap::new,
                        Collectors.mapping(row -> (String) row[0], Collectors.toList())));
    }

    /** The patient's language tag ("en" when they chose none), for what Thaw writes to them outside a page. */
    public String language(UUID patientId) {
        return Optional.ofNullable(em.find(Patient.class, patientId))
                .flatMap(Patient::language)
                .map(Language::tag)
                .orElse(Language.ENGLISH.tag());
    }

    /** The patient's e-mail address, if the patient exists and gave one (for notifications; never shown). */
    public Optional<String> email(UUID patientId) {
        return Optional.ofNullable(em.find(Patient.class, patientId)).flatMap(Patient::email);
    }

    /** The clinician with this username, if there is a record of them. */
    public Optional<Clinician> clinician(String username) {
        return Queries.first(
                em.createNamedQuery(Clinician.BY_USERNAME, Clinician.class).setParameter("username", username));
    }

    /** Every clinician of the practice, by last name, then first name. */
    public List<Clinician> clinicians() {
        return em.createNamedQuery(Clinician.ALL, Clinician.class).getResultList();
    }

    /** A clinician's display name ("Sam Rivera"), or the username when there is no record. */
    public String clinicianName(String username) {
        return Queries.first(em.createNamedQuery(Clinician.BY_USERNAME, Clinician.class)
                        .setParameter("username", username))
                .map(Clinician::displayName)
                .orElse(username);
    }
}
