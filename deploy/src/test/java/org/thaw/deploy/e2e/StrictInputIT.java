package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quick rows of the hostile-input campaign, against the running stack: a value that does not
 * fit is refused with a 400 problem naming the field, never coerced, and nothing is stored.
 */
class StrictInputIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aJournalValueThatDoesNotFitIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
        String token = Tokens.accessToken("devon");
        String today = Api.today(token).toString();
        String path = "/portal/api/journal/" + today;
        String before = Api.send("GET", "/portal/api/journal?from=" + today + "&to=" + today, token, null)
                .body();

        Map<String, String> hostile = Map.ofEntries(
                Map.entry("{\"numbness\": 4294967301}", "numbness"),
                Map.entry("{\"numbness\": 1e308}", "numbness"),
                Map.entry("{\"numbness\": 7.9}", "numbness"),
                Map.entry("{\"numbness\": \"7\"}", "numbness"),
                Map.entry("{\"numbness\": 5, \"activityMinutes\": 4294968296}", "activityMinutes"),
                Map.entry("{\"numbness\": 5, \"hopeless\": \"yes\"}", "hopeless"),
                Map.entry("{\"numbness\": 5, \"hopeless\": 1}", "hopeless"),
                Map.entry("{\"numbness\": 5, \"meaningfulContact\": \"' OR 1=1\"}", "meaningfulContact"),
                Map.entry("{\"numbness\": 5, \"note\": \"a\\u0000b\"}", "note"),
                Map.entry("{\"numbness\": 5, \"note\": \"\\ud800\"}", "note"),
                Map.entry("{\"numbness\": 5, \"numbness\": 6}", "numbness"),
                Map.entry("{\"numbness\": 5, \"hopless\": true}", "hopless"),
                Map.entry("{\"numbness\": 5} {\"numbness\": 6}", "body"),
                Map.entry("[]", "body"),
                Map.entry("null", "body"));
        for (Map.Entry<String, String> attempt : hostile.entrySet()) {
            Api.assertRefused(Api.send("PUT", path, token, attempt.getKey()), attempt.getValue());
        }
        byte[] latin1 = "{\"numbness\": 5, \"note\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Api.assertRefused(Api.sendBytes("PUT", path, token, latin1), "body");

        assertEquals(
                before,
                Api.send("GET", "/portal/api/journal?from=" + today + "&to=" + today, token, null)
                        .body(),
                "nothing of any refused write was stored");
    }

    /**
     * The same refused field, asked in Spanish and in English: the words a person reads follow
     * Accept-Language, what a program reads (status, type, field) does not.
     */
    @Test
    void aRefusedFieldIsNamedInTheCallersLanguage() throws Exception {
        String token = Tokens.accessToken("devon");
        String path = "/portal/api/journal/" + Api.today(token);
        byte[] hostile = "{\"numbness\": 5, \"note\": \"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8);

        for (String spanish : List.of("es", "es-MX,en;q=0.5", "fr-CA, es;q=0.8, en;q=0.6")) {
            HttpResponse<String> refused = Api.sendIn(spanish, "PUT", path, token, hostile);
            Api.assertRefused(refused, "note");
            Map<String, Object> problem = Api.object(refused);
            Map<?, ?> error = (Map<?, ?>) ((List<?>) problem.get("errors")).get(0);
            assertEquals("no puede contener el carácter U+0000", error.get("message"), refused.body());
            assertEquals("Solicitud incorrecta", problem.get("title"), refused.body());
            assertEquals("La solicitud contiene campos no válidos.", problem.get("detail"), refused.body());
            assertEquals("about:blank", problem.get("type"), refused.body());
            assertEquals(400L, ((Number) problem.get("status")).longValue(), refused.body());
            assertEquals("es", refused.headers().firstValue("Content-Language").orElse(""), spanish);
            assertTrue(varies(refused), "a cache must not serve one language's problem for the other");
        }

        for (String english : new String[] {null, "en-GB", "de, fr;q=0.5"}) {
            HttpResponse<String> refused = Api.sendIn(english, "PUT", path, token, hostile);
            Api.assertRefused(refused, "note");
            Map<String, Object> problem = Api.object(refused);
            Map<?, ?> error = (Map<?, ?>) ((List<?>) problem.get("errors")).get(0);
            assertEquals("must not contain the character U+0000", error.get("message"), refused.body());
            assertEquals("Bad Request", problem.get("title"), refused.body());
            assertEquals("The request has invalid fields.", problem.get("detail"), refused.body());
            assertEquals("en", refused.headers().firstValue("Content-Language").orElse(""), english);
            assertTrue(varies(refused), "a cache must not serve one language's problem for the other");
        }

        // the clinician API answers in the same language: a path that is not there
        HttpResponse<String> missing =
                Api.sendIn("es", "GET", "/clinician/api/no-such-thing", Tokens.accessToken("dr.okafor"), null);
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("No existe ese recurso.", Api.object(missing).get("detail"), missing.body());

        // and the sign-in's 401, written before JAX-RS, too
        HttpResponse<String> noToken = Api.sendIn("es", "GET", "/portal/api/me", null, null);
        assertEquals(401, noToken.statusCode(), noToken.body());
        assertEquals(
                "Se requiere un token de portador (bearer).",
                Api.object(noToken).get("detail"),
                noToken.body());
        assertEquals("No autorizado", Api.object(noToken).get("title"), noToken.body());
        assertEquals("es", noToken.headers().firstValue("Content-Language").orElse(""));
        assertTrue(varies(noToken));
        HttpResponse<String> noTokenEnglish = Api.sendIn(null, "GET", "/portal/api/me", null, null);
        assertEquals("A bearer token is required.", Api.object(noTokenEnglish).get("detail"), noTokenEnglish.body());
        assertEquals(
                "en", noTokenEnglish.headers().firstValue("Content-Language").orElse(""));
    }

    private static boolean varies(HttpResponse<String> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(v -> List.of(v.split(",")).stream())
                .anyMatch(v -> v.strip().equalsIgnoreCase("Accept-Language"));
    }

    @Test
    void aScreenerBodyThatIsNotAnObjectIsA400ProblemAndStartsNoSession() throws Exception {
        String token = Tokens.accessToken("devon");
        for (String body : List.of("[]", "null", "1", "{\"answers\": " + "[".repeat(600) + "]".repeat(600) + "}")) {
            HttpResponse<String> response = Api.send("POST", "/portal/api/screeners/GAD-7/responses", token, body);
            Api.assertRefused(response, "body");
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "an API call starts no session");
        }
        Api.assertRefused(
                Api.send("POST", "/portal/api/screeners/PHQ-9/responses", token, "{\"answers\": {\"phq9-1\": 2.0}}"),
                "answers.phq9-1");
        Api.assertRefused(
                Api.send("POST", "/portal/api/threads", token, "{\"subject\": \"a\\u0000\", \"body\": \"hello\"}"),
                "subject");
    }

    @Test
    void aCliniciansNumberThatDoesNotFitIsRefusedNotTurnedIntoZero() throws Exception {
        String blair = Api.patientId(Tokens.accessToken("blair"));
        String token = Tokens.accessToken("dr.okafor");
        Api.assertRefused(
                Api.send(
                        "PUT",
                        "/clinician/api/patients/" + blair + "/schedule",
                        token,
                        "{\"instrument\": \"PHQ-9\", \"everyDays\": 1e308}"),
                "everyDays");
        Api.assertRefused(
                Api.send(
                        "POST",
                        "/clinician/api/patients/" + blair + "/external-scores",
                        token,
                        "{\"instrument\": \"ODQ\", \"score\": 1e308, \"date\": \"2026-01-05\"}"),
                "score");
        Api.assertRefused(
                Api.send(
                        "POST",
                        "/clinician/api/patients/" + blair + "/external-scores",
                        token,
                        "{\"instrument\": \"ODQ\", \"score\": 64, \"date\": \"+999999999-12-31\"}"),
                "date");
    }
}
