package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/** The patient's own record, for the portal: the caller is the patient. */
@ApplicationScoped
@Transactional
public class MyRecord {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    Audit audit;

    /**
     * The calling patient's profile.
     *
     * @throws RecordNotFoundException when the account has no patient record (yet)
     */
    @Audited(action = AuditAction.READ, recordType = "patient")
    public PatientProfile me() {
        caller.require(Role.PATIENT);
        Patient patient = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(patient.id()).record(patient.id());
        return new PatientProfile(
                patient.id(),
                patient.displayName(),
                patient.firstName(),
                patient.zone(settings::timeZone).getId());
    }
}
