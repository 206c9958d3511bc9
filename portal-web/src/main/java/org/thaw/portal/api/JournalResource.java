package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.integration.rest.Dates;
import org.thaw.integration.rest.JournalRequest;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.SavedDay;

/**
 * The patient's journal: {@code PUT /portal/api/journal/{yyyy-mm-dd}} writes a day's whole check-in
 * (201 created, 200 updated; today or yesterday only; a field left out is cleared), {@code GET
 * /portal/api/journal?from=&to=} reads a window (default: the last 30 days). Fields are named as in
 * {@link JournalInput} (the body: {@link JournalRequest}); a refused field comes back as a 400
 * problem naming it.
 */
@Path("journal")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Inject
    MyJournal journal;

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a day's whole check-in (today or yesterday): 201 created, 200 updated")
    public Response put(@PathParam("date") String date, JournalRequest body) {
        JournalRequest entry = body == null ? new JournalRequest() : body;
        SavedDay saved = journal.save(Dates.parse("date", date), entry.input());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.day())
                .build();
    }

    @GET
    public List<JournalDay> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = Dates.parse("to", to);
        LocalDate start = Dates.parse("from", from);
        if (end == null) {
            end = start == null ? journal.today() : start.plusDays(29);
        }
        if (start == null) {
            start = end.minusDays(29);
        }
        return journal.between(start, end);
    }
}
