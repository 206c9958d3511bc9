package org.thaw.patient.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One assignment on a patient's care team, as the admin and the team see it: the clinician's
 * username and name, the role, and from when until when ({@code endedAt} null while it lasts).
 * Nothing clinical.
 */
public record TeamMember(String clinician, String name, CareTeamRole role, Instant assignedAt, Instant endedAt)
        implements Serializable {}
