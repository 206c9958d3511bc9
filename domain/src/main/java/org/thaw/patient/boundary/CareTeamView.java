package org.thaw.patient.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A patient's care team as the practice admin manages it: the patient's name, the active
 * assignments (the PRIMARY first) and the ended ones, the latest first. Names and assignments
 * only, never anything of the chart.
 */
public record CareTeamView(UUID patientId, String patientName, List<TeamMember> active, List<TeamMember> history)
        implements Serializable {

    public CareTeamView {
        active = List.copyOf(active);
        history = List.copyOf(history);
    }

    /** The active PRIMARY's name, or null while the patient has none. */
    public String primaryName() {
        return active.stream()
                .filter(m -> m.role() == CareTeamRole.PRIMARY)
                .map(TeamMember::name)
                .findFirst()
                .orElse(null);
    }
}
