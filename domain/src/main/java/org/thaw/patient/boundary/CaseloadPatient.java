package org.thaw.patient.boundary;

import java.util.UUID;
import org.thaw.patient.entity.CareTeamRole;

/** One patient on a clinician's caseload, as the dashboard lists them. */
public record CaseloadPatient(UUID id, String firstName, String lastName, CareTeamRole careTeamRole) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
