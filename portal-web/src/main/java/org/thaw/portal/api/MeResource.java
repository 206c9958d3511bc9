package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;

/** {@code GET /portal/api/me}: who the calling patient is. */
@Path("me")
@ApplicationScoped
@RolesAllowed("patient")
public class MeResource {

    /** The answer's shape: {@code {"id", "displayName", "timeZone"}}. */
    public record Me(UUID id, String displayName, String timeZone) {}

    @Inject
    MyRecord myRecord;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        PatientProfile profile = myRecord.me();
        return new Me(profile.id(), profile.displayName(), profile.timeZone());
    }
}
