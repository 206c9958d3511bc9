package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.rest.Dates;
import org.thaw.integration.rest.Ids;
import org.thaw.integration.rest.JournalRequest;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.TeamMember;
import org.thaw.screener.boundary.PatientScreeners;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.timeline.boundary.PatientTimeline;
import org.thaw.timeline.boundary.TimelineEvent;

/**
 * A care-team patient's records: {@code GET /clinician/api/patients/{id}/journal?from=&to=},
 * {@code PUT .../journal/{date}} (a day from the patient's paper diary), {@code GET
 * /clinician/api/patients/{id}/flags}, {@code GET .../screeners}, {@code POST .../assignments},
 * {@code PUT .../schedule}, {@code POST .../external-scores}, {@code GET/POST .../medications},
 * {@code GET .../side-effects}, {@code GET .../timeline?from=&to=}, {@code GET .../care-team}. Another team's patient is 404.
 */
@Path("patients/{id}")
@ApplicationScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class PatientsResource {

    @Inject
    PatientJournal journal;

    @Inject
    Flags flags;

    @Inject
    PatientScreeners screeners;

    @Inject
    PatientMedications medications;

    @Inject
    PatientTimeline timeline;

    @Inject
    CareTeams careTeams;

    @GET
    @Path("flags")
    public List<FlagView> flags(@PathParam("id") String id) {
        return flags.ofPatient(Ids.of(id, "patient"));
    }

    @GET
    @Path("journal")
    public List<JournalDay> journal(
            @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return journal.between(Ids.of(id, "patient"), Dates.parse("from", from), Dates.parse("to", to));
    }

    @PUT
    @Path("journal/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Type in a day from the patient's paper diary (2 to 90 days back; the patient's journal fields):"
                    + " 201 created, 200 updated; 409 naming date on a day the patient wrote themselves")
    public Response paperDay(@PathParam("id") String id, @PathParam("date") String date, JournalRequest body) {
        UUID patient = Ids.of(id, "patient");
        JournalRequest entry = body == null ? new JournalRequest() : body;
        SavedDay saved = journal.enterFromPaper(patient, Dates.parse("date", date), entry.input());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.day())
                .build();
    }

    @GET
    @Path("care-team")
    @Operation(summary = "The patient's active care team, the PRIMARY first: usernames, names and roles")
    public List<TeamMember> careTeam(@PathParam("id") String id) {
        return careTeams.teamOf(Ids.of(id, "patient"));
    }

    @GET
    @Path("timeline")
    @Operation(
            summary = "One list of dated events (journal, screeners, medication courses, dose changes, stops,"
                    + " side-effect reports, flags), oldest first; default: the last 90 days")
    public List<TimelineEvent> timeline(
            @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return timeline.between(Ids.of(id, "patient"), Dates.parse("from", from), Dates.parse("to", to));
    }

    @GET
    @Path("medications")
    @Operation(summary = "Every medication course with dose changes, notes and revisions, the latest start first")
    public List<CourseView> medications(@PathParam("id") String id) {
        return medications.ofPatient(Ids.of(id, "patient"));
    }

    @POST
    @Path("medications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a medication course (a catalogue drug by rxnorm, or any other by name): 201")
    public Response recordCourse(@PathParam("id") String id, MedicationRequests.Course body) {
        UUID patient = Ids.of(id, "patient");
        MedicationRequests.Course course = body == null ? new MedicationRequests.Course() : body;
        return Response.status(Response.Status.CREATED)
                .entity(medications.record(patient, course.input()))
                .build();
    }

    @GET
    @Path("side-effects")
    @Operation(summary = "The patient's side-effect reports, newest first")
    public List<SideEffectView> sideEffects(@PathParam("id") String id) {
        return medications.sideEffects(Ids.of(id, "patient"));
    }

    /** {@code {"instrument": "PCL-5"}} */
    public static class Assignment {
        public String instrument;
    }

    /** {@code {"instrument": "PHQ-9", "everyDays": 28}}; 0 stops scheduled follow-ups. */
    public static class Schedule {
        public String instrument;
        public Integer everyDays;
    }

    /** {@code {"instrument": "ODQ", "score": 64, "date": "2026-11-02"}} */
    public static class ExternalScore {
        public String instrument;
        public Integer score;
        public String date;
    }

    @GET
    @Path("screeners")
    @Operation(summary = "Every screener result, oldest first, with answers, bands and change labels")
    public List<ScreenerResult> screeners(@PathParam("id") String id) {
        return screeners.results(Ids.of(id, "patient"));
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the patient to answer an instrument now")
    public Response assign(@PathParam("id") String id, Assignment body) {
        UUID patient = Ids.of(id, "patient");
        screeners.assign(patient, body == null ? null : body.instrument);
        return Response.status(Response.Status.CREATED)
                .entity(screeners.due(patient))
                .build();
    }

    @PUT
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how often an instrument comes due again (days; 0: never by schedule)")
    public Map<String, Integer> schedule(@PathParam("id") String id, Schedule body) {
        UUID patient = Ids.of(id, "patient");
        Schedule s = body == null ? new Schedule() : body;
        screeners.schedule(patient, s.instrument, s.everyDays);
        return screeners.schedules(patient);
    }

    @POST
    @Path("external-scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a score administered elsewhere (any instrument by name, a number and a date)")
    public Response external(@PathParam("id") String id, ExternalScore body) {
        ExternalScore e = body == null ? new ExternalScore() : body;
        ScreenerResult result =
                screeners.recordExternal(Ids.of(id, "patient"), e.instrument, e.score, Dates.parse("date", e.date));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }
}
