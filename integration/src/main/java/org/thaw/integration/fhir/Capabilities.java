package org.thaw.integration.fhir;

import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;

/** The CapabilityStatement: exactly the types, interactions, parameters and operation this API serves. */
public final class Capabilities {

    /** The day this statement last changed. */
    static final String DATE = "2026-12-03";

    private Capabilities() {}

    public static CapabilityStatement statement(String base) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDateElement(new DateTimeType(DATE));
        cs.setPublisher("Thaw");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("json");
        cs.addFormat("xml");
        cs.getSoftware().setName("Thaw");
        cs.getImplementation().setDescription("Thaw FHIR R4 read API").setUrl(base);
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .addService(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("A Keycloak bearer token (audience thaw-api): a clinician's sees their care team,"
                        + " a service account with the realm role fhir-reader the whole practice.");
        for (Map.Entry<String, Map<String, String>> type : Searches.PARAMETERS.entrySet()) {
            CapabilityStatement.CapabilityStatementRestResourceComponent resource = rest.addResource();
            resource.setType(type.getKey());
            resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
            resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
            resource.setReadHistory(false);
            for (Map.Entry<String, String> p : new TreeMap<>(type.getValue()).entrySet()) {
                resource.addSearchParam()
                        .setName(p.getKey())
                        .setType(kind(p.getKey()))
                        .setDocumentation(p.getValue());
            }
            resource.addSearchParam()
                    .setName("_id")
                    .setType(Enumerations.SearchParamType.TOKEN)
                    .setDocumentation("The resource's id");
            resource.addSearchParam()
                    .setName("_lastUpdated")
                    .setType(Enumerations.SearchParamType.DATE)
                    .setDocumentation("When the resource last changed; ge, gt, le, lt, eq, ne prefixes");
            if (type.getKey().equals("Patient")) {
                resource.addOperation()
                        .setName("everything")
                        .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything")
                        .setDocumentation("Everything of one patient (GET Patient/{id}/$everything), paged by _count");
            }
        }
        return cs;
    }

    private static Enumerations.SearchParamType kind(String name) {
        return switch (name) {
            case "date", "authored", "effective", "sent" -> Enumerations.SearchParamType.DATE;
            case "name" -> Enumerations.SearchParamType.STRING;
            case "patient" -> Enumerations.SearchParamType.REFERENCE;
            case "questionnaire" -> Enumerations.SearchParamType.REFERENCE;
            case "url" -> Enumerations.SearchParamType.URI;
            default -> Enumerations.SearchParamType.TOKEN;
        };
    }
}
