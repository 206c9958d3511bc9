package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.account.boundary.Invitations;
import org.thaw.account.boundary.Invited;
import org.thaw.account.boundary.PatientInvite;

/**
 * {@code POST /clinician/api/patients}: invites a patient (their record, their Keycloak account and
 * the invitation e-mail, all or nothing). A clinician becomes the patient's primary clinician; the
 * admin names one.
 */
@Path("patients")
@ApplicationScoped
@RolesAllowed({"clinician", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    /**
     * {@code {"firstName", "lastName", "email", "language": "en"|"es", "timeZone": "Europe/Oslo",
     * "intake": ["PHQ-9", "GAD-7"], "primaryClinician": "dr.chen" (admin only)}}
     */
    public static class Invite {
        public String firstName;
        public String lastName;
        public String email;
        public String language;
        public String timeZone;
        public List<String> intake;
        public String primaryClinician;

        PatientInvite input() {
            return new PatientInvite(firstName, lastName, email, language, timeZone, intake, primaryClinician);
        }
    }

    @Inject
    Invitations invitations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Invite a patient: 201 with the patient's id and the invitation (status, expiresAt);"
                    + " 409 naming email when the address has an account; 503 when accounts cannot be created now;"
                    + " nothing is created unless all of it is")
    public Response invite(Invite body) {
        Invited invited = invitations.invitePatient((body == null ? new Invite() : body).input());
        return Response.status(Response.Status.CREATED).entity(invited).build();
    }
}
