package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.integration.rest.Ids;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.PatientMedications;

/**
 * One medication course of a care-team patient: {@code PUT /clinician/api/medications/{courseId}}
 * corrects it (the previous values kept as a revision), {@code POST .../entered-in-error}, {@code
 * POST .../dose-changes} (201), {@code POST .../stop} (200 with the course), {@code POST .../notes}
 * (201, clinician-only). Another team's course is 404; a course entered in error can no longer
 * change (400 naming {@code courseId}).
 */
@Path("medications/{courseId}")
@ApplicationScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class MedicationsResource {

    @Inject
    PatientMedications medications;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a course: every value replaced, the previous ones kept as a revision")
    public CourseView correct(@PathParam("courseId") String courseId, MedicationRequests.Course body) {
        MedicationRequests.Course course = body == null ? new MedicationRequests.Course() : body;
        return medications.correct(Ids.of(courseId, "medication course"), course.input());
    }

    @POST
    @Path("entered-in-error")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a course entered in error, with the reason: out of the timeline and the rules, kept")
    public CourseView enteredInError(@PathParam("courseId") String courseId, MedicationRequests.EnteredInError body) {
        MedicationRequests.EnteredInError e = body == null ? new MedicationRequests.EnteredInError() : body;
        return medications.enteredInError(Ids.of(courseId, "medication course"), e.input());
    }

    @POST
    @Path("dose-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a dose change from a day on: 201")
    public Response doseChange(@PathParam("courseId") String courseId, MedicationRequests.DoseChange body) {
        MedicationRequests.DoseChange change = body == null ? new MedicationRequests.DoseChange() : body;
        return Response.status(Response.Status.CREATED)
                .entity(medications.addDoseChange(Ids.of(courseId, "medication course"), change.input()))
                .build();
    }

    @POST
    @Path("stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a running course on a day, with an optional reason (clinician-only)")
    public CourseView stop(@PathParam("courseId") String courseId, MedicationRequests.Stop body) {
        MedicationRequests.Stop stop = body == null ? new MedicationRequests.Stop() : body;
        return medications.stop(Ids.of(courseId, "medication course"), stop.input());
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a clinician's note to a course (clinician-only: never shown to the patient): 201")
    public Response note(@PathParam("courseId") String courseId, MedicationRequests.Note body) {
        MedicationRequests.Note note = body == null ? new MedicationRequests.Note() : body;
        return Response.status(Response.Status.CREATED)
                .entity(medications.addNote(Ids.of(courseId, "medication course"), note.input()))
                .build();
    }
}
