package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.integration.rest.Dates;
import org.thaw.medication.boundary.MyMedications;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.medication.boundary.SideEffectInput;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.platform.InvalidInputException;

/**
 * The patient's side-effect reports: {@code POST /portal/api/side-effects} (201 with the report),
 * {@code GET /portal/api/side-effects} (their own, newest first).
 */
@Path("side-effects")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class SideEffectsResource {

    /**
     * {@code {"courseId": "…", "blunting": 7, "effects": ["drowsiness"], "note": "…", "since":
     * "2026-11-02"}}; leave {@code courseId} out for "not sure". Only {@code blunting} is required.
     */
    public static class Report {
        public String courseId;

        @Min(0)
        @Max(10)
        public Integer blunting;

        public List<String> effects;
        public String note;
        public String since;

        SideEffectInput input() {
            return new SideEffectInput(course(courseId), blunting, effects, note, Dates.parse("since", since));
        }

        /** A course id in the body: one that is no id at all is refused naming the field, as any bad value is. */
        private static UUID course(String id) {
            if (id == null || id.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(id.strip());
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidInputException(
                        PatientMedications.COURSE_ID, "is not one of your medications; leave it out if not sure");
            }
        }
    }

    @Inject
    MyMedications medications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a side effect (which medication or not sure, blunting 0-10, other effects): 201")
    public Response report(Report body) {
        Report report = body == null ? new Report() : body;
        return Response.status(Response.Status.CREATED)
                .entity(medications.report(report.input()))
                .build();
    }

    @GET
    @Operation(summary = "The patient's own side-effect reports, newest first")
    public List<SideEffectView> list() {
        return medications.reports();
    }
}
