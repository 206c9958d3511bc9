package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import org.thaw.integration.rest.Dates;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.SavedDay;

/**
 * The patient's journal: {@code PUT /portal/api/journal/{yyyy-mm-dd}} writes a day (201 created,
 * 200 updated; today or yesterday only), {@code GET /portal/api/journal?from=&to=} reads a window
 * (default: the last 30 days).
 */
@Path("journal")
@RequestScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    /** The body of a PUT: {@code {"numbness": 0-10, "note": "..."}}. */
    public static class Entry {
        public Integer numbness;
        public String note;
    }

    @Inject
    MyJournal journal;

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("date") String date, Entry body) {
        Entry entry = body == null ? new Entry() : body;
        SavedDay saved = journal.save(Dates.parse("date", date), new JournalInput(entry.numbness, entry.note));
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
