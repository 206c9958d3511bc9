package org.thaw.patient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.thaw.patient.entity.CareTeamMember;
import org.thaw.patient.entity.Patient;
import org.thaw.security.boundary.RecordNotFoundException;

/** Finds patients and answers who may see them. */
@ApplicationScoped
public class Patients {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    public Optional<Patient> byUsername(String username) {
        return em.createNamedQuery(Patient.BY_USERNAME, Patient.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
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
}
