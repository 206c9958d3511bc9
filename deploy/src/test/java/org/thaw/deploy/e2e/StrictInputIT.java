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
