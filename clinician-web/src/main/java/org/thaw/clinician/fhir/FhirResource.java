package org.thaw.clinician.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.thaw.exchange.boundary.PatientExport;
import org.thaw.exchange.boundary.RecordExport;
import org.thaw.integration.fhir.Capabilities;
import org.thaw.integration.fhir.FhirFormat;
import org.thaw.integration.fhir.FhirRequestException;
import org.thaw.integration.fhir.Outcomes;
import org.thaw.integration.fhir.Questionnaires;
import org.thaw.integration.fhir.RecordMapper;
import org.thaw.integration.fhir.Searches;
import org.thaw.integration.security.ThawAuthenticationMechanism;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * {@code GET metadata}, {@code GET {type}} (search), {@code GET {type}/{id}} (read) and {@code GET
 * Patient/{id}/$everything}. Every answer is a FHIR resource in JSON or XML; every error an
 * OperationOutcome: 400 a refused parameter, 401 no (valid) token, 403 a caller who is neither a
 * clinician nor a fhir-reader, 404 an unknown id or a patient the caller may not read (the same).
 * Each read goes through {@link RecordExport}, which checks access and audits.
 */
@Path("")
@RequestScoped
public class FhirResource {

    private static final Logger LOG = Logger.getLogger(FhirResource.class.getName());

    @Inject
    RecordExport export;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("metadata")
    @Operation(hidden = true)
    public Response metadata() {
        return answer(false, () -> Capabilities.statement(base()));
    }

    @GET
    @Path("{type}")
    @Operation(hidden = true)
    public Response search(@PathParam("type") String type) {
        return answer(true, () -> {
            requireType(type);
            Map<String, List<String>> params = params();
            if (type.equals("Questionnaire")) {
                List<Resource> all = new ArrayList<>(questionnaires());
                return Searches.page(base(), type, params, Searches.filter(type, all, params), List.of());
            }
            if (type.equals("Patient")) {
                Searches.requireKnown(type, params);
                List<Resource> patients = new ArrayList<>();
                export.patients().forEach(p -> patients.add(RecordMapper.patient(p)));
                return Searches.page(base(), type, params, Searches.filter(type, patients, params), List.of());
            }
            Searches.requireKnown(type, params);
            UUID patient = patientParameter(params);
            List<Resource> all = mapper().all(export.record(patient));
            return Searches.page(base(), type, params, Searches.filter(type, all, params), List.of());
        });
    }

    @GET
    @Path("{type}/{id}")
    @Operation(hidden = true)
    public Response read(@PathParam("type") String type, @PathParam("id") String id) {
        return answer(true, () -> {
            requireType(type);
            params();
            if (type.equals("Questionnaire")) {
                return questionnaires().stream()
                        .filter(q -> q.getIdElement().getIdPart().equals(id))
                        .findFirst()
                        .orElseThrow(() -> FhirRequestException.notFound(type, id));
            }
            UUID recordId = recordId(type, id);
            PatientExport record;
            try {
                record = type.equals("Patient") ? export.record(recordId) : export.recordHolding(recordId);
            } catch (RecordNotFoundException e) {
                throw FhirRequestException.notFound(type, id);
            }
            return mapper().all(record).stream()
                    .filter(r -> r.fhirType().equals(type)
                            && r.getIdElement().getIdPart().equals(id))
                    .findFirst()
                    .orElseThrow(() -> FhirRequestException.notFound(type, id));
        });
    }

    @GET
    @Path("Patient/{id}/{operation}")
    @Operation(hidden = true)
    public Response everything(@PathParam("id") String id, @PathParam("operation") String operation) {
        return answer(true, () -> {
            if (!operation.equals("$everything")) {
                throw new FhirRequestException(404, "not-supported", "Patient has no operation '" + operation + "'");
            }
            Map<String, List<String>> params = params();
            for (String name : params.keySet()) {
                if (!Searches.COMMON.contains(name) || name.equals("_id") || name.equals("_lastUpdated")) {
                    throw FhirRequestException.badParameter(
                            "$everything takes _count, _offset, _format and _pretty only, not '" + name + "'");
                }
            }
            PatientExport record;
            try {
                record = export.record(recordId("Patient", id));
            } catch (RecordNotFoundException e) {
                throw FhirRequestException.notFound("Patient", id);
            }
            List<Resource> all = mapper().all(record);
            Set<String> answered = new LinkedHashSet<>();
            all.stream()
                    .filter(r -> r instanceof QuestionnaireResponse)
                    .forEach(r -> answered.add(((QuestionnaireResponse) r).getQuestionnaire()));
            List<Questionnaire> included = questionnaires().stream()
                    .filter(q -> answered.contains(q.getUrl() + "|" + q.getVersion()))
                    .toList();
            return Searches.page(base(), "Patient/" + id + "/$everything", params, all, included);
        });
    }

    private Response answer(boolean needsCaller, Supplier<Resource> work) {
        FhirFormat format = FhirFormat.JSON;
        try {
            format = FhirFormat.choose(first("_format"), headers.getHeaderString(HttpHeaders.ACCEPT));
            if (needsCaller && !caller.isIdentified()) {
                boolean refused = request.getAttribute(ThawAuthenticationMechanism.REFUSED_TOKEN) != null;
                return Response.status(401)
                        .header(
                                "WWW-Authenticate",
                                refused ? "Bearer realm=\"thaw\", error=\"invalid_token\"" : "Bearer realm=\"thaw\"")
                        .type(format.contentType())
                        .entity(format.encode(
                                Outcomes.error(
                                        "login",
                                        refused ? "The access token is not valid." : "A bearer token is required."),
                                pretty()))
                        .build();
            }
            return Response.ok(format.encode(work.get(), pretty()), format.contentType())
                    .build();
        } catch (FhirRequestException e) {
            return error(format, e.status(), e.issueCode(), e.getMessage());
        } catch (AccessDeniedException e) {
            return error(format, 403, "forbidden", "Reading records needs a clinician's token or a fhir-reader's.");
        } catch (RecordNotFoundException e) {
            return error(format, 404, "not-found", "Not known");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "FHIR request failed", e);
            return error(format, 500, "exception", "The request could not be answered.");
        }
    }

    private Response error(FhirFormat format, int status, String code, String diagnostics) {
        return Response.status(status)
                .type(format.contentType())
                .entity(format.encode(Outcomes.error(code, diagnostics), pretty()))
                .build();
    }

    private static void requireType(String type) {
        if (!Searches.supports(type)) {
            throw new FhirRequestException(
                    404,
                    "not-supported",
                    "This server has no resource type '" + type + "'; see the CapabilityStatement at metadata");
        }
    }

    /** The id of a Thaw record in a resource id: the UUID itself, or after total- or numbness-. */
    private static UUID recordId(String type, String id) {
        String raw = id;
        if (type.equals("Observation")) {
            if (id.startsWith(RecordMapper.TOTAL_PREFIX)) {
                raw = id.substring(RecordMapper.TOTAL_PREFIX.length());
            } else if (id.startsWith(RecordMapper.NUMBNESS_PREFIX)) {
                raw = id.substring(RecordMapper.NUMBNESS_PREFIX.length());
            } else {
                throw FhirRequestException.notFound(type, id);
            }
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw FhirRequestException.notFound(type, id);
        }
    }

    /** {@code patient}: one patient, as an id or Patient/id; required. */
    private static UUID patientParameter(Map<String, List<String>> params) {
        List<String> values = params.getOrDefault("patient", List.of());
        if (values.size() != 1) {
            throw FhirRequestException.badParameter(
                    "patient is required, once: the patient's id or Patient/<id> (search Patient to find it)");
        }
        String value = values.get(0);
        if (value.startsWith("Patient/")) {
            value = value.substring("Patient/".length());
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw FhirRequestException.badParameter("patient must be a patient's id or Patient/<id>");
        }
    }

    private Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> params.put(name, List.copyOf(values)));
        return params;
    }

    private String first(String name) {
        return uri.getQueryParameters().getFirst(name);
    }

    private boolean pretty() {
        return "true".equals(first("_pretty"));
    }

    private String base() {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private List<Questionnaire> questionnaires() {
        Questionnaires q = new Questionnaires(export.instruments());
        return q.instruments().stream().map(q::questionnaire).toList();
    }

    private RecordMapper mapper() {
        return new RecordMapper(new Questionnaires(export.instruments()));
    }
}
