package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.rest.Dates;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A care-team patient's records: {@code GET /clinician/api/patients/{id}/journal?from=&to=},
 * {@code GET /clinician/api/patients/{id}/flags}. Another team's patient is 404.
 */
@Path("patients/{id}")
@RequestScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class PatientsResource {

    @Inject
    PatientJournal journal;

    @Inject
    Flags flags;

    @GET
    @Path("flags")
    public List<FlagView> flags(@PathParam("id") String id) {
        return flags.ofPatient(patientId(id));
    }

    @GET
    @Path("journal")
    public List<JournalDay> journal(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return journal.between(patientId(id), Dates.parse("from", from), Dates.parse("to", to));
    }

    /** A malformed id names no record: not found, like another team's patient. */
    static UUID patientId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("patient");
        }
    }
}
