package org.thaw.clinician.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.thaw.integration.rest.RestApi;

/** The clinician REST API under {@code /clinician/api}: Keycloak bearer tokens only. */
@ApplicationPath("api")
public class ClinicianApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RestApi.providers());
        classes.add(CaseloadResource.class);
        classes.add(PatientsResource.class);
        classes.add(FlagsResource.class);
        classes.add(MedicationsResource.class);
        classes.add(PlanResource.class);
        classes.add(ThreadsResource.class);
        classes.add(SummaryResource.class);
        classes.add(CareTeamsResource.class);
        classes.add(AuditResource.class);
        return classes;
    }
}
