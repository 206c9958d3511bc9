package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.rest.Ids;

/**
 * Working flags: {@code POST /clinician/api/flags/{id}/acknowledge} and
 * {@code POST /clinician/api/flags/{id}/resolve} with {@code {"note": "..."}} (required).
 */
@Path("flags/{id}")
@ApplicationScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    /** The body of a resolve. */
    public static class Resolution {
        public String note;
    }

    @Inject
    Flags flags;

    @POST
    @Path("acknowledge")
    public FlagView acknowledge(@PathParam("id") String id) {
        return flags.acknowledge(Ids.of(id, "flag"));
    }

    @POST
    @Path("resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlagView resolve(@PathParam("id") String id, Resolution body) {
        return flags.resolve(Ids.of(id, "flag"), body == null ? null : body.note);
    }
}
