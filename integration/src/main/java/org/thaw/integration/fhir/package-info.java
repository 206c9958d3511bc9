/**
 * Thaw's records as FHIR R4 resources, built with HAPI FHIR's R4 structures: {@code RecordMapper}
 * maps the domain's export records (the domain knows no FHIR), {@code Questionnaires} the
 * instruments, {@code Searches} filters and pages them into Bundles, {@code Capabilities} says what
 * the API supports, {@code Outcomes} writes errors as OperationOutcome and {@code FhirFormat}
 * encodes JSON or XML with the one shared {@code FhirContext}. Only the clinician war serves FHIR
 * and brings HAPI at run time; nothing outside this package names a HAPI type.
 */
package org.thaw.integration.fhir;
