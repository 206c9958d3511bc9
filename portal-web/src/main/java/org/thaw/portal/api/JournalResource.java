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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.thaw.integration.rest.Dates;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.SavedDay;

/**
 * The patient's journal: {@code PUT /portal/api/journal/{yyyy-mm-dd}} writes a day's whole check-in
 * (201 created, 200 updated; today or yesterday only; a field left out is cleared), {@code GET
 * /portal/api/journal?from=&to=} reads a window (default: the last 30 days). Fields are named as in
 * {@link JournalInput}; a refused field comes back as a 400 problem naming it.
 */
@Path("journal")
@RequestScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    /**
     * The body of a PUT: {@code numbness} (0–10) is required, every other field may be left out.
     *
     * <pre>
     * {"numbness": 7, "positiveIntensity": 2, "negativeIntensity": 6, "emotions": ["sad", "empty"],
     *  "sleepHours": 6.5, "activityMinutes": 20, "meaningfulContact": false,
     *  "copingTried": ["grounding"], "hopeless": true, "functioningImpact": "VERY", "note": "..."}
     * </pre>
     */
    public static class Entry {
        public Integer numbness;
        public Integer positiveIntensity;
        public Integer negativeIntensity;
        public List<String> emotions;
        public BigDecimal sleepHours;
        public Integer activityMinutes;
        public Boolean meaningfulContact;
        public List<String> copingTried;
        public Boolean hopeless;
        /** Text, converted here: an unknown answer is then a 400 naming this field, not an unreadable body. */
        public String functioningImpact;

        public String note;

        JournalInput input() {
            return new JournalInput(
                    numbness,
                    positiveIntensity,
                    negativeIntensity,
                    emotions,
                    sleepHours,
                    activityMinutes,
                    meaningfulContact,
                    copingTried,
                    hopeless,
                    FunctioningImpact.parse(functioningImpact),
                    note);
        }
    }

    @Inject
    MyJournal journal;

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("date") String date, Entry body) {
        Entry entry = body == null ? new Entry() : body;
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
