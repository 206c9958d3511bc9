package org.thaw.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Patient;

/**
 * Writes what a sign-in changes on a person's record (the account it is bound to, the address
 * notifications go to), each change one audit event; called only when something changes.
 */
@ApplicationScoped
@Transactional
public class AccountRecords {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    Audit audit;

    /** Binds the patient's record to {@code account} (unless null) and keeps {@code email} (unless null). */
    @Audited(action = AuditAction.UPDATE, recordType = "patient")
    public void patient(UUID patientId, String account, String email) {
        Patient patient = em.find(Patient.class, patientId);
        audit.concerns(patientId).record(patientId);
        if (account != null) {
            patient.bindAccount(account);
        }
        if (email != null) {
            patient.reachAt(email);
        }
        em.flush();
    }

    /** The same for a clinician's (or the admin's) record. */
    @Audited(action = AuditAction.UPDATE, recordType = "clinician")
    public void clinician(UUID clinicianId, String account, String email) {
        Clinician clinician = em.find(Clinician.class, clinicianId);
        audit.record(clinicianId);
        if (account != null) {
            clinician.bindAccount(account);
        }
        if (email != null) {
            clinician.reachAt(email);
        }
        em.flush();
    }
}
