package org.thaw.clinician.fhir;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The FHIR R4 read API under {@code /clinician/fhir}: Keycloak bearer tokens only (a clinician's
 * sees their care team, a {@code fhir-reader} service account the practice). A JAX-RS resource that
 * writes HAPI's structures with the app's one {@code FhirContext}, beside the REST API, so that it
 * shares its sign-in, request-scoped caller and audited boundaries (docs/architecture.md, "FHIR").
 */
@ApplicationPath("fhir")
public class FhirApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(FhirResource.class);
    }
}
