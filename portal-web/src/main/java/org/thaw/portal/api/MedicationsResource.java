package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.medication.boundary.MyCourseView;
import org.thaw.medication.boundary.MyMedications;

/**
 * The patient's medications: {@code GET /portal/api/medications}, current and past courses with
 * their dose steps. Never the stop reason, clinicians' notes or revisions: {@link MyCourseView}
 * has no field for them.
 */
@Path("medications")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class MedicationsResource {

    @Inject
    MyMedications medications;

    @GET
    @Operation(summary = "The patient's medication courses, current and past, the latest start first")
    public List<MyCourseView> list() {
        return medications.courses();
    }
}
