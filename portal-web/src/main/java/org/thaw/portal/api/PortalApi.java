package org.thaw.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.thaw.integration.rest.RestApi;

/** The patient REST API under {@code /portal/api}: Keycloak bearer tokens only; the caller is the patient. */
@ApplicationPath("api")
public class PortalApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RestApi.providers());
        classes.add(MeResource.class);
        classes.add(JournalResource.class);
        classes.add(InstrumentsResource.class);
        classes.add(ScreenersResource.class);
        classes.add(ThreadsResource.class);
        classes.add(MedicationsResource.class);
        classes.add(SideEffectsResource.class);
        classes.add(PlanResource.class);
        return classes;
    }
}
