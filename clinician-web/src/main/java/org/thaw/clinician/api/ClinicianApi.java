package org.thaw.clinician.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
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
        classes.add(InvitationsResource.class);
        classes.add(PatientAccountResource.class);
        classes.add(CliniciansResource.class);
        classes.add(FlagsResource.class);
        classes.add(MedicationsResource.class);
        classes.add(PlanResource.class);
        classes.add(ThreadsResource.class);
        classes.add(SummaryResource.class);
        classes.add(CareTeamsResource.class);
        classes.add(AuditResource.class);
        return classes;
    }

    /**
     * Jersey registers no reader or writer named in a jar's {@code META-INF/services}: the war
     * bundles Keycloak's admin client, whose Jackson providers (its own, for RESTEasy's client) would
     * otherwise take over this API's JSON from JSON-B.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.disableMetainfServicesLookup", true);
    }
}
