package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thaw.integration.rest.Ids;
import org.thaw.patient.boundary.CareTeamView;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.MemberInput;

/**
 * The practice admin's care teams: {@code GET /clinician/api/care-teams} (every patient's team),
 * {@code GET /clinician/api/care-teams/{patientId}} (the active team and its history) and {@code
 * PUT} the same path (replaces the active team). Names and assignments only; a clinician gets 403.
 */
@Path("care-teams")
@ApplicationScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care teams")
public class CareTeamsResource {

    /** {@code {"members": [{"clinician": "dr.chen", "role": "PRIMARY"}, {"clinician": "dr.okafor", "role": "COVERING"}]}} */
    public static class Team {
        public List<Member> members;
    }

    /** {@code {"clinician": "dr.chen", "role": "PRIMARY"}}: a clinician's username and PRIMARY or COVERING. */
    public static class Member {
        public String clinician;
        public String role;
    }

    @Inject
    CareTeams careTeams;

    @GET
    @Operation(summary = "Every patient with their active care team and its history, by last name (admin)")
    public List<CareTeamView> all() {
        return careTeams.all();
    }

    @GET
    @Path("{patientId}")
    @Operation(summary = "A patient's active care team (the PRIMARY first) and the ended assignments (admin)")
    public CareTeamView team(@PathParam("patientId") String patientId) {
        return careTeams.ofPatient(Ids.of(patientId, "patient"));
    }

    @PUT
    @Path("{patientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a patient's active care team (exactly one PRIMARY): old assignments end and stay in"
                    + " the history (admin); 400 naming members[i].clinician or members[i].role")
    public CareTeamView replace(@PathParam("patientId") String patientId, Team body) {
        List<MemberInput> members = null;
        if (body != null && body.members != null) {
            members = new ArrayList<>();
            for (Member m : body.members) {
                members.add(m == null ? null : new MemberInput(m.clinician, m.role));
            }
        }
        return careTeams.replace(Ids.of(patientId, "patient"), members);
    }
}
