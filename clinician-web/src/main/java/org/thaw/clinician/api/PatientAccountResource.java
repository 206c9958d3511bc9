package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.account.boundary.InvitationView;
import org.thaw.account.boundary.Invitations;
import org.thaw.integration.rest.Ids;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A patient's invitation and account: {@code GET/POST/DELETE /clinician/api/patients/{id}/invitation}
 * (read, send again, cancel) and {@code POST .../account/disable}, {@code .../account/enable}. The
 * care team for their patients, the admin for any; another team's patient is 404.
 */
@Path("patients/{id}")
@ApplicationScoped
@RolesAllowed({"clinician", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class PatientAccountResource {

    @Inject
    Invitations invitations;

    @GET
    @Path("invitation")
    @Operation(summary = "The patient's invitation: status SENT, ACCEPTED, EXPIRED or CANCELLED, sentAt, expiresAt")
    public InvitationView invitation(@PathParam("id") String id) {
        return invitations
                .ofPatient(Ids.of(id, "patient"))
                .orElseThrow(() -> new RecordNotFoundException("invitation"));
    }

    @POST
    @Path("invitation")
    @Operation(summary = "Send the invitation again with a new link and expiry; 409 naming invitation once accepted")
    public InvitationView resend(@PathParam("id") String id) {
        return invitations.resend(Ids.of(id, "patient"));
    }

    @DELETE
    @Path("invitation")
    @Operation(summary = "Cancel an invitation not yet accepted: its link opens nothing; 409 once accepted")
    public InvitationView cancel(@PathParam("id") String id) {
        return invitations.cancel(Ids.of(id, "patient"));
    }

    @POST
    @Path("account/disable")
    @Operation(summary = "Disable the patient's account and end its sessions: refused at the next token refresh")
    public Response disable(@PathParam("id") String id) {
        invitations.disableAccount(Ids.of(id, "patient"));
        return Response.noContent().build();
    }

    @POST
    @Path("account/enable")
    @Operation(summary = "Let the patient's account sign in again")
    public Response enable(@PathParam("id") String id) {
        invitations.enableAccount(Ids.of(id, "patient"));
        return Response.noContent().build();
    }
}
