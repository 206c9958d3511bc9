package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Language;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The language the calling person reads Thaw in, kept on their own record: the patient's in the
 * portal, the clinician's in the clinician app. A language is a preference, not health data, so
 * reading it (on every page) leaves no audit row; changing it does.
 */
@ApplicationScoped
@Transactional
public class MyLanguage {

    /** The languages a person may choose, as BCP 47 tags. */
    public static final String ALLOWED = "en or es";

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    Audit audit;

    /**
     * The tag ("en", "es") of the language the caller chose on their record; empty when they chose
     * none, are not signed in or have no record.
     */
    public Optional<String> chosen() {
        if (!caller.isIdentified()) {
            return Optional.empty();
        }
        if (caller.has(Role.PATIENT)) {
            return patients.byUsername(caller.username())
                    .flatMap(Patient::language)
                    .map(Language::tag);
        }
        return patients.clinician(caller.username())
                .flatMap(Clinician::language)
                .map(Language::tag);
    }

    /**
     * Keeps {@code tag} ("en" or "es") as the caller's language on their own record.
     *
     * @throws InvalidInputException naming {@code language} when Thaw does not speak it
     * @throws RecordNotFoundException when the caller has no record
     */
    @Audited(action = AuditAction.UPDATE, recordType = "patient")
    public String choose(String tag) {
        if (!caller.isIdentified()) {
            throw new AccessDeniedException("Choosing a language needs a signed-in person");
        }
        Language language = tag == null || !tag.strip().matches("(?i)en|es")
                ? null
                : Language.ofTag(tag).orElse(null);
        if (language == null) {
            throw new InvalidInputException("language", "must be " + ALLOWED);
        }
        if (caller.has(Role.PATIENT)) {
            Patient patient =
                    patients.byUsername(caller.username()).orElseThrow(() -> new RecordNotFoundException("patient"));
            audit.concerns(patient.id()).record(patient.id());
            patient.speak(language);
        } else {
            Clinician clinician =
                    patients.clinician(caller.username()).orElseThrow(() -> new RecordNotFoundException("clinician"));
            audit.record("clinician", clinician.id());
            clinician.speak(language);
        }
        return language.tag();
    }
}
