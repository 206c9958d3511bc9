package org.thaw.integration.fhir;

import ca.uhn.fhir.context.FhirContext;

/** The shared FHIR context (expensive to build: one per class loader) and the code systems Thaw uses. */
public final class Fhir {

    /** Thaw's patient id as an identifier. */
    public static final String PATIENT_ID_SYSTEM = "urn:thaw:patient-id";

    /** Thaw's own codes: journal numbness, totals of instruments LOINC has no code for. */
    public static final String THAW_CODES = "urn:thaw:code";

    /** Thaw's flag types. */
    public static final String FLAG_TYPES = "urn:thaw:flag-type";

    /** Thaw's plan interventions. */
    public static final String INTERVENTIONS = "urn:thaw:intervention";

    /** The prefix of a Thaw questionnaire's canonical URL: {@code urn:thaw:questionnaire:phq-9}. */
    public static final String QUESTIONNAIRE_PREFIX = "urn:thaw:questionnaire:";

    public static final String LOINC = "http://loinc.org";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /** The code of journal numbness (0–10) in {@link #THAW_CODES}. */
    public static final String NUMBNESS_CODE = "journal-numbness";

    private Fhir() {}

    /** HAPI's cached R4 context: built once, thread-safe, shared by every request. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }
}
