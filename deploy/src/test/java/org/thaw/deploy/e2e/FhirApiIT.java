package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import com.nimbusds.jose.util.JSONArrayUtils;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR API end to end, with real tokens from the real Keycloak: the local realm's
 * thaw-fhir-reader service account (client credentials) reads the practice, a clinician their care
 * team; every resource type read and searched; paging; dates; {@code $everything} of a demo patient
 * validated against base R4 with HAPI's validator (0 errors); errors as OperationOutcome (400,
 * 401, 403, 404 for another team's patient exactly as for an unknown id); a PHQ-9 response parsed
 * back gives the answers and total the REST API shows; reads audited.
 */
class FhirApiIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FHIR_PATH = "/clinician/fhir";
    private static final List<String> TYPES = List.of(
            "Patient",
            "Questionnaire",
            "QuestionnaireResponse",
            "Observation",
            "Flag",
            "MedicationStatement",
            "CarePlan",
            "Goal",
            "Communication");

    private static String reader;

    @BeforeAll
    static void stack() throws Exception {
        TestStack.get();
        reader = readerToken();
    }

    /** A client-credentials token of the local realm's thaw-fhir-reader. */
    static String readerToken() throws Exception {
        String secret = TestStack.get().fhirReaderSecret().orElseThrow();
        String form = "grant_type=client_credentials&client_id=thaw-fhir-reader&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        int start = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    static HttpResponse<String> get(String path, String token, String accept) throws Exception {
        String url = path.startsWith("http") ? path : TestStack.baseUrl() + FHIR_PATH + "/" + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replace("|", "%7C")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static <T extends IBaseResource> T read(HttpResponse<String> response, int status, Class<T> type) {
        assertEquals(status, response.statusCode(), response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        boolean xml = contentType.startsWith("application/fhir+xml");
        assertTrue(xml || contentType.startsWith("application/fhir+json"), contentType);
        IParser parser = xml ? FHIR.newXmlParser() : FHIR.newJsonParser();
        IBaseResource resource = parser.parseResource(response.body());
        return type.cast(resource);
    }

    static Bundle search(String query, String token) throws Exception {
        return read(get(query, token, null), 200, Bundle.class);
    }

    static OperationOutcome outcome(HttpResponse<String> response, int status, String code) {
        OperationOutcome outcome = read(response, status, OperationOutcome.class);
        assertEquals(code, outcome.getIssueFirstRep().getCode().toCode(), response.body());
        assertEquals(
                OperationOutcome.IssueSeverity.ERROR, outcome.getIssueFirstRep().getSeverity());
        return outcome;
    }

    static String patientId(String name, String token) throws Exception {
        Bundle found = search("Patient?name=" + name, token);
        assertEquals(1, found.getTotal(), name);
        return found.getEntryFirstRep().getResource().getIdElement().getIdPart();
    }

    static List<Resource> resources(Bundle bundle) {
        return bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
                .map(Bundle.BundleEntryComponent::getResource)
                .toList();
    }

    @Test
    void theCapabilityStatementListsExactlyWhatIsServedAndNeedsNoToken() throws Exception {
        CapabilityStatement cs = read(get("metadata", null, null), 200, CapabilityStatement.class);
        assertEquals("4.0.1", cs.getFhirVersion().toCode());
        List<String> types = cs.getRestFirstRep().getResource().stream()
                .map(r -> r.getType())
                .sorted()
                .toList();
        assertEquals(TYPES.stream().sorted().toList(), types);
        CapabilityStatement.CapabilityStatementRestResourceComponent patient =
                cs.getRestFirstRep().getResource().stream()
                        .filter(r -> r.getType().equals("Patient"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("everything", patient.getOperationFirstRep().getName());
        assertEquals(
                Set.of("identifier", "name", "_id", "_lastUpdated"),
                patient.getSearchParam().stream().map(p -> p.getName()).collect(Collectors.toSet()));
    }

    @Test
    void everyResourceTypeIsSearchedAndReadByTheFhirReader() throws Exception {
        List<String> patients = new ArrayList<>();
        for (String name : List.of("alex", "blair", "casey", "devon")) {
            patients.add(patientId(name, reader));
        }
        Map<String, Resource> found = new HashMap<>();
        for (String patient : patients) {
            for (String type : TYPES.subList(2, TYPES.size())) {
                Bundle bundle = search(type + "?patient=" + patient + "&_count=200", reader);
                for (Resource r : resources(bundle)) {
                    assertEquals(type, r.fhirType());
                    found.putIfAbsent(type, r);
                }
            }
        }
        for (String type : TYPES.subList(2, TYPES.size())) {
            Resource r = found.get(type);
            assertNotNull(r, "the demo patients have a " + type);
            Resource again = read(get(type + "/" + r.getIdElement().getIdPart(), reader, null), 200, Resource.class);
            assertEquals(
                    FHIR.newJsonParser().encodeResourceToString(r),
                    FHIR.newJsonParser().encodeResourceToString(again),
                    type);
        }
        Bundle questionnaires = search("Questionnaire", reader);
        assertTrue(questionnaires.getTotal() >= 5);
        Questionnaire phq9 = read(get("Questionnaire/phq-9-v1", reader, null), 200, Questionnaire.class);
        assertEquals("44249-1", phq9.getCodeFirstRep().getCode());
        assertEquals("http://loinc.org", phq9.getCodeFirstRep().getSystem());
        Patient alex = read(get("Patient/" + patients.get(0), reader, null), 200, Patient.class);
        assertEquals("urn:thaw:patient-id", alex.getIdentifierFirstRep().getSystem());
        assertEquals(
                1,
                search("Patient?identifier=urn:thaw:patient-id|" + patients.get(0), reader)
                        .getTotal());
        assertTrue(search("Patient", reader).getTotal() >= 5, "the reader sees the whole practice");
    }

    @Test
    void screenerTotalsAndNumbnessAreObservationsFoundByCodeAndDate() throws Exception {
        String alex = patientId("alex", reader);
        Bundle totals = search("Observation?patient=" + alex + "&code=http://loinc.org|44261-6", reader);
        assertTrue(totals.getTotal() >= 1, "alex has PHQ-9 totals");
        Observation total = (Observation) resources(totals).get(0);
        assertEquals("survey", total.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertTrue(total.getDerivedFromFirstRep().getReference().startsWith("QuestionnaireResponse/"));
        Bundle numbness =
                search("Observation?patient=" + alex + "&code=urn:thaw:code|journal-numbness&_count=200", reader);
        assertTrue(numbness.getTotal() >= 10, "alex writes a journal");
        List<String> days = resources(numbness).stream()
                .map(o -> ((Observation) o).getEffectiveDateTimeType().getValueAsString())
                .sorted()
                .toList();
        String from = days.get(2);
        String to = days.get(5);
        Bundle between = search(
                "Observation?patient=" + alex + "&code=urn:thaw:code|journal-numbness&date=ge" + from + "&date=le" + to,
                reader);
        assertEquals(4, between.getTotal(), from + " to " + to);
        for (Resource r : resources(between)) {
            String day = ((Observation) r).getEffectiveDateTimeType().getValueAsString();
            assertTrue(day.compareTo(from) >= 0 && day.compareTo(to) <= 0, day);
        }
    }

    @Test
    void searchesArePagedWithNextLinks() throws Exception {
        String alex = patientId("alex", reader);
        Bundle first = search("Observation?patient=" + alex + "&_count=5", reader);
        assertTrue(first.getTotal() > 10, "enough to page");
        assertEquals(5, first.getEntry().size());
        String next = first.getLink("next").getUrl();
        assertTrue(next.contains("_offset=5"), next);
        Bundle second = read(get(next, reader, null), 200, Bundle.class);
        assertEquals(5, second.getEntry().size());
        Set<String> ids = new LinkedHashSet<>();
        first.getEntry().forEach(e -> ids.add(e.getFullUrl()));
        second.getEntry().forEach(e -> ids.add(e.getFullUrl()));
        assertEquals(10, ids.size(), "the second page goes on where the first ended");
        assertNotNull(second.getLink("previous"));
    }

    @Test
    void everythingOfADemoPatientValidatesAgainstBaseR4WithNoErrors() throws Exception {
        String alex = patientId("alex", reader);
        List<Resource> all = new ArrayList<>();
        List<Bundle> pages = new ArrayList<>();
        String next = "Patient/" + alex + "/$everything?_count=200";
        while (next != null) {
            Bundle page = read(get(next, reader, null), 200, Bundle.class);
            pages.add(page);
            page.getEntry().forEach(e -> all.add(e.getResource()));
            next = page.getLink("next") == null ? null : page.getLink("next").getUrl();
        }
        Set<String> types = all.stream().map(Resource::fhirType).collect(Collectors.toSet());
        for (String type : List.of(
                "Patient", "Questionnaire", "QuestionnaireResponse", "Observation", "Flag", "CarePlan", "Goal")) {
            assertTrue(types.contains(type), "alex's everything holds a " + type + ": " + types);
        }
        PrePopulatedValidationSupport questionnaires = new PrePopulatedValidationSupport(FHIR);
        all.stream().filter(r -> r instanceof Questionnaire).forEach(questionnaires::addResource);
        FhirValidator validator = FHIR.newValidator()
                .registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                        new DefaultProfileValidationSupport(FHIR),
                        questionnaires,
                        new InMemoryTerminologyServerValidationSupport(FHIR),
                        new CommonCodeSystemsTerminologyService(FHIR))));
        for (Bundle page : pages) {
            List<String> errors = validator.validateWithResult(page).getMessages().stream()
                    .filter(m ->
                            m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                    .map(m -> m.getLocationString() + ": " + m.getMessage())
                    .toList();
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void aPhq9ResponseParsedBackHasTheAnswersAndTotalTheRestApiShows() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String alex = patientId("alex", rivera);
        HttpResponse<String> rest = Api.get("/clinician/api/patients/" + alex + "/screeners", rivera);
        assertEquals(200, rest.statusCode(), rest.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) (List<?>) JSONArrayUtils.parse(rest.body());
        Map<String, Object> phq9 = results.stream()
                .filter(r -> "PHQ-9".equals(r.get("instrument")) && !((List<?>) r.get("answers")).isEmpty())
                .findFirst()
                .orElseThrow();
        for (String accept : List.of("application/fhir+json", "application/fhir+xml")) {
            QuestionnaireResponse qr = read(
                    get("QuestionnaireResponse/" + phq9.get("id"), rivera, accept), 200, QuestionnaireResponse.class);
            Map<String, Integer> exported = new HashMap<>();
            Integer total = null;
            for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : qr.getItem()) {
                if (item.getLinkId().equals("total")) {
                    total = item.getAnswerFirstRep().getValueIntegerType().getValue();
                } else {
                    DecimalType score = (DecimalType) item.getAnswerFirstRep()
                            .getValueCoding()
                            .getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/ordinalValue")
                            .getValue();
                    exported.put(item.getLinkId(), score.getValue().intValueExact());
                }
            }
            Map<String, Integer> shown = new HashMap<>();
            for (Object a : (List<?>) phq9.get("answers")) {
                Map<?, ?> answer = (Map<?, ?>) a;
                if (answer.get("score") != null) {
                    shown.put((String) answer.get("linkId"), ((Number) answer.get("score")).intValue());
                }
            }
            assertEquals(shown, exported, accept);
            assertEquals(((Number) phq9.get("total")).intValue(), total, accept);
            assertEquals("urn:thaw:questionnaire:phq-9|1", qr.getQuestionnaire());
        }
    }

    @Test
    void aClinicianSeesTheirCareTeamOnlyAndAnotherTeamsRecordIsNotFoundLikeAnUnknownId() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String chen = Tokens.accessToken("dr.chen");
        String alex = patientId("alex", rivera);
        Set<String> riverasPatients = resources(search("Patient", rivera)).stream()
                .map(r -> ((Patient) r).getNameFirstRep().getGivenAsSingleString())
                // patients invited by InvitationsIT on the same stack (Fern) join dr.rivera's team
                .filter(given -> !"Fern".equals(given))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Alex", "Blair", "Erin"), riverasPatients);
        assertEquals(0, search("Patient?name=alex", chen).getTotal());

        OperationOutcome other = outcome(get("Patient/" + alex, chen, null), 404, "not-found");
        OperationOutcome unknown =
                outcome(get("Patient/00000000-0000-0000-0000-000000000000", chen, null), 404, "not-found");
        assertEquals(
                other.getIssueFirstRep().getDiagnostics().replace(alex, "ID"),
                unknown.getIssueFirstRep().getDiagnostics().replace("00000000-0000-0000-0000-000000000000", "ID"));
        outcome(get("Observation?patient=" + alex, chen, null), 404, "not-found");
        outcome(get("Patient/" + alex + "/$everything", chen, null), 404, "not-found");
        Resource flag = resources(search("Flag?patient=" + alex, rivera)).get(0);
        outcome(get("Flag/" + flag.getIdElement().getIdPart(), chen, null), 404, "not-found");
        read(get("Flag/" + flag.getIdElement().getIdPart(), rivera, null), 200, Resource.class);
    }

    @Test
    void noTokenIs401APatientsTokenIs403AndBadParametersAre400AllAsOperationOutcome() throws Exception {
        HttpResponse<String> none = get("Patient", null, null);
        outcome(none, 401, "login");
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        String forged = reader.substring(0, reader.length() - 4) + "AAAA";
        HttpResponse<String> refused = get("Patient", forged, null);
        outcome(refused, 401, "login");
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));

        String alexToken = Tokens.accessToken("alex");
        String alex = Api.patientId(alexToken);
        outcome(get("Patient/" + alex, alexToken, null), 403, "forbidden");
        outcome(get("Patient", alexToken, null), 403, "forbidden");
        outcome(get("Questionnaire", alexToken, null), 403, "forbidden");

        outcome(get("Observation?patient=" + alex + "&_count=lots", reader, null), 400, "invalid");
        outcome(get("Observation?patient=" + alex + "&colour=blue", reader, null), 400, "invalid");
        outcome(get("Observation?patient=" + alex + "&date=tomorrow", reader, null), 400, "invalid");
        OperationOutcome missing = outcome(get("Observation", reader, null), 400, "invalid");
        assertTrue(missing.getIssueFirstRep().getDiagnostics().contains("patient"));
        outcome(get("Observation?patient=" + alex + "&_format=yaml", reader, null), 400, "invalid");
        outcome(get("Practitioner/1", reader, null), 404, "not-supported");
    }

    @Test
    void xmlWhenAskedByAcceptOrFormat() throws Exception {
        HttpResponse<String> byAccept = get("metadata", null, "application/fhir+xml");
        assertTrue(byAccept.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+xml"));
        read(byAccept, 200, CapabilityStatement.class);
        HttpResponse<String> byFormat = get("Patient?_format=xml", reader, null);
        assertTrue(byFormat.body().startsWith("<Bundle"), byFormat.body());
        read(byFormat, 200, Bundle.class);
    }

    @Test
    void everyReadIsAuditedWithTheReaderAsActor() throws Exception {
        String alex = patientId("alex", reader);
        long before = audits(alex);
        read(get("Patient/" + alex + "/$everything", reader, null), 200, Bundle.class);
        read(get("Patient/" + alex, reader, null), 200, Patient.class);
        assertEquals(before + 2, audits(alex));
    }

    private static long audits(String patient) throws Exception {
        var stack = TestStack.get();
        try (Connection c = DriverManager.getConnection(stack.appJdbcUrl(), stack.appUser(), stack.appPassword());
                PreparedStatement s =
                        c.prepareStatement("select count(*) from thaw.audit_event where patient_id = ?::uuid"
                                + " and actor_username = 'service-account-thaw-fhir-reader' and actor_role = 'fhir-reader'"
                                + " and outcome = 'ALLOWED'")) {
            s.setString(1, patient);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
