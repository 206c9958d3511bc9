package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** A care-team patient's record header, for the chart; anyone off the care team gets "not found". */
@ApplicationScoped
@Transactional
public class PatientRecords {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    Audit audit;

    @Audited(action = AuditAction.READ, recordType = "patient")
    public PatientProfile profile(UUID patientId) {
        caller.require(Role.CLINICIAN);
        // a refusal names no patient (as in every clinical boundary): only a chart the caller may open is named
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id()).record(patient.id());
        return new PatientProfile(
                patient.id(),
                patient.displayName(),
                patient.firstName(),
                patient.zone(settings::timeZone).getId());
    }
}
