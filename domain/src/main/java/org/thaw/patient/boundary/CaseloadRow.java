package org.thaw.patient.boundary;

import java.time.LocalDate;
import java.util.UUID;
import org.thaw.patient.entity.CareTeamRole;

/**
 * One patient on the dashboard: who, the caller's place on their team, and the journal at a
 * glance (last entry's date and numbness, mean numbness of the last 7 days; null when none).
 */
public record CaseloadRow(
        UUID id,
        String firstName,
        String lastName,
        CareTeamRole careTeamRole,
        LocalDate lastEntryDate,
        Integer lastNumbness,
        Double meanNumbness7Days) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
