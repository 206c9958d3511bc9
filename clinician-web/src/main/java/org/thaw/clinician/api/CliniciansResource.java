package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.account.boundary.ClinicianInvite;
import org.thaw.account.boundary.ClinicianView;
import org.thaw.account.boundary.Invitations;

/**
 * The practice admin's clinicians: {@code GET /clinician/api/clinicians} lists them, {@code POST}
 * adds one (record, Keycloak account with the {@code clinician} role and OTP required, invitation
 * e-mail; all or nothing). Anyone else: 403.
 */
@Path("clinicians")
@ApplicationScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class CliniciansResource {

    /** {@code {"firstName", "lastName", "email", "language": "en"|"es"}} */
    public static class Invite {
        public String firstName;
        public String lastName;
        public String email;
        public String language;
    }

    @Inject
    Invitations invitations;

    @GET
    @Operation(summary = "The practice's clinicians by name, with the invitation of those Thaw invited")
    public List<ClinicianView> clinicians() {
        return invitations.clinicians();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a clinician: 201 with the id and the invitation; their account must set a password and"
                    + " OTP at first sign-in; 409 naming email when the address has an account")
    public Response add(Invite body) {
        Invite b = body == null ? new Invite() : body;
        return Response.status(Response.Status.CREATED)
                .entity(invitations.inviteClinician(new ClinicianInvite(b.firstName, b.lastName, b.email, b.language)))
                .build();
    }
}
