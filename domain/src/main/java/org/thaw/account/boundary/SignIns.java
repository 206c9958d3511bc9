package org.thaw.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thaw.account.control.AccountRecords;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Patient;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * What a sign-in tells Thaw about the caller's own record, applied when the web layer has
 * identified them:
 *
 * <ul>
 *   <li>a record not yet bound to an account (the demo records, made before accounts were bound) is
 *       bound to the caller's account id (the token's subject) at the first sign-in, exactly as an
 *       invitation binds a new record; from then on that account reaches that record by its id, and
 *       a record bound to another account is never touched nor opened;
 *   <li>the account's verified e-mail address (Keycloak is the source of truth for it) becomes the
 *       address notification e-mails go to, unless another record already has it.
 * </ul>
 *
 * A patient's record is the patient's; a clinician's or an admin's is their clinician record. Each
 * instance remembers what it applied for an account, so the records are read once per account and
 * address, not on every request; only an actual change is written, and audited.
 */
@ApplicationScoped
@Transactional
public class SignIns {

    private static final int REMEMBERED = 10_000;

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    AccountRecords records;

    private final Map<String, String> applied = new ConcurrentHashMap<>();

    /**
     * Applies the sign-in to the caller's record.
     *
     * @param verifiedEmail the account's address when the identity provider says it is verified, else null
     */
    public void arrived(String verifiedEmail) {
        Optional<String> subject = caller.subject();
        if (!caller.isIdentified() || subject.isEmpty()) {
            return;
        }
        String email = verifiedEmail == null || verifiedEmail.isBlank() || verifiedEmail.length() > 320
                ? null
                : verifiedEmail.strip();
        String key = caller.username() + "|"
                + caller.actingRole().map(Role::roleName).orElse("") + "|" + email;
        if (key.equals(applied.get(subject.get()))) {
            return;
        }
        if (caller.has(Role.PATIENT)) {
            patient(subject.get(), email);
        }
        if (caller.has(Role.CLINICIAN) || caller.has(Role.ADMIN)) {
            clinician(subject.get(), email);
        }
        if (applied.size() >= REMEMBERED) {
            applied.clear();
        }
        applied.put(subject.get(), key);
    }

    private void patient(String subject, String email) {
        Optional<Patient> record = patients.boundTo(subject).or(() -> patients.byUsername(caller.username())
                .filter(p -> p.keycloakUserId().isEmpty()));
        record.ifPresent(p -> {
            boolean bind = p.keycloakUserId().isEmpty();
            String address = newAddress(p.email(), email);
            if (bind || address != null) {
                records.patient(p.id(), bind ? subject : null, address);
            }
        });
    }

    private void clinician(String subject, String email) {
        Optional<Clinician> record = patients.clinician(caller.username())
                .filter(c -> c.keycloakUserId().map(subject::equals).orElse(true));
        record.ifPresent(c -> {
            boolean bind = c.keycloakUserId().isEmpty();
            String address = newAddress(c.email(), email);
            if (bind || address != null) {
                records.clinician(c.id(), bind ? subject : null, address);
            }
        });
    }

    /** The address to keep, when it differs from the record's and no other record has it; else null. */
    private String newAddress(Optional<String> current, String email) {
        if (email == null
                || current.map(c -> c.equalsIgnoreCase(email)).orElse(false)
                || patients.emailTaken(email.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return email;
    }
}
