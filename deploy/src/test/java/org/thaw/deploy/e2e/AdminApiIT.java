package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The practice admin's REST paths end to end with real tokens: care teams (read, replace with the
 * history kept, refusals naming the field, put back at the end) and the audit log (paged JSON,
 * CSV, bad parameters). Isolation: a clinician gets 403 on the admin paths and 404 for another
 * team's care team; the admin opens no chart. The demo's devon moves from dr.chen to dr.okafor and
 * back, so the other tests find the demo's teams as they were.
 */
class AdminApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void onlyTheAdminMovesPatientsAndTheHistoryIsKept() throws Exception {
        String admin = Tokens.accessToken("admin.kim");
        String rivera = Tokens.accessToken("dr.rivera");
        String okafor = Tokens.accessToken("dr.okafor");
        String devon = Api.patientId(Tokens.accessToken("devon"));
        String alex = Api.patientId(Tokens.accessToken("alex"));
        String team = "/clinician/api/care-teams/" + devon;

        HttpResponse<String> before = Api.get(team, admin);
        assertEquals(200, before.statusCode(), before.body());
        assertEquals(List.of("dr.chen PRIMARY"), members(before, "active"));
        HttpResponse<String> all = Api.get("/clinician/api/care-teams", admin);
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains("\"patientName\":\"Devon"), all.body());

        // a clinician: 403 on the admin paths, their own patient's team only, another team's 404
        assertEquals(403, Api.get(team, rivera).statusCode());
        assertEquals(
                403,
                Api.put(team, rivera, "{\"members\": [{\"clinician\": \"dr.rivera\", \"role\": \"PRIMARY\"}]}")
                        .statusCode());
        assertEquals(403, Api.get("/clinician/api/care-teams", rivera).statusCode());
        assertEquals(
                404,
                Api.get("/clinician/api/patients/" + devon + "/care-team", rivera)
                        .statusCode());
        HttpResponse<String> alexTeam = Api.get("/clinician/api/patients/" + alex + "/care-team", rivera);
        assertEquals(200, alexTeam.statusCode(), alexTeam.body());
        assertTrue(alexTeam.body().contains("\"clinician\":\"dr.okafor\""), alexTeam.body());

        // the admin opens no chart
        assertEquals(
                403,
                Api.get("/clinician/api/patients/" + devon + "/journal", admin).statusCode());
        assertEquals(
                403,
                Api.get("/clinician/api/patients/" + devon + "/care-team", admin)
                        .statusCode());
        assertEquals(403, Api.get("/clinician/api/caseload", admin).statusCode());

        // refusals name the field; nothing changes
        Api.assertRefused(
                Api.put(team, admin, "{\"members\": [{\"clinician\": \"dr.nobody\", \"role\": \"PRIMARY\"}]}"),
                "members[0].clinician");
        Api.assertRefused(
                Api.put(team, admin, "{\"members\": [{\"clinician\": \"dr.chen\", \"role\": \"LEAD\"}]}"),
                "members[0].role");
        Api.assertRefused(
                Api.put(
                        team,
                        admin,
                        "{\"members\": [{\"clinician\": \"dr.chen\", \"role\": \"PRIMARY\"},"
                                + " {\"clinician\": \"dr.okafor\", \"role\": \"PRIMARY\"}]}"),
                "members");
        Api.assertRefused(Api.put(team, admin, "{\"members\": []}"), "members");
        assertEquals(List.of("dr.chen PRIMARY"), members(Api.get(team, admin), "active"));
        assertEquals(
                404,
                Api.get("/clinician/api/patients/" + devon + "/journal", okafor).statusCode());

        try {
            HttpResponse<String> moved = Api.put(
                    team,
                    admin,
                    "{\"members\": [{\"clinician\": \"dr.okafor\", \"role\": \"PRIMARY\"},"
                            + " {\"clinician\": \"dr.chen\", \"role\": \"COVERING\"}]}");
            assertEquals(200, moved.statusCode(), moved.body());
            assertEquals(List.of("dr.okafor PRIMARY", "dr.chen COVERING"), members(moved, "active"));
            assertTrue(members(moved, "history").contains("dr.chen PRIMARY"), moved.body());
            assertEquals(
                    200,
                    Api.get("/clinician/api/patients/" + devon + "/journal", okafor)
                            .statusCode(),
                    "dr.okafor sees devon's chart now");
        } finally {
            HttpResponse<String> back =
                    Api.put(team, admin, "{\"members\": [{\"clinician\": \"dr.chen\", \"role\": \"PRIMARY\"}]}");
            assertEquals(200, back.statusCode(), back.body());
            assertEquals(List.of("dr.chen PRIMARY"), members(back, "active"));
        }
        assertEquals(
                404,
                Api.get("/clinician/api/patients/" + devon + "/journal", okafor).statusCode());

        // the audit log shows the moves, newest first, and its own reading
        String search = "/clinician/api/audit?patient=" + devon + "&user=admin.kim&size=5";
        assertEquals(200, Api.get(search, admin).statusCode());
        HttpResponse<String> log = Api.get(search, admin);
        assertEquals(200, log.statusCode(), log.body());
        Map<String, Object> page = Api.object(log);
        List<?> items = (List<?>) page.get("items");
        assertEquals(5, items.size(), log.body());
        assertTrue(((Number) page.get("total")).longValue() >= 5, log.body());
        Map<?, ?> newest = (Map<?, ?>) items.get(0);
        assertEquals("audit_event", newest.get("recordType"), "reading the log is itself audited: " + log.body());
        Map<?, ?> lastMove = (Map<?, ?>) items.get(1);
        assertEquals("UPDATE", lastMove.get("action"), log.body());
        assertEquals("care_team", lastMove.get("recordType"), log.body());
        assertEquals(devon, lastMove.get("patientId"));
        assertTrue(((String) lastMove.get("patientName")).startsWith("Devon"), log.body());
    }

    @Test
    void theAuditLogIsPagedExportedAsCsvAndRefusesBadParameters() throws Exception {
        String admin = Tokens.accessToken("admin.kim");
        String chen = Tokens.accessToken("dr.chen");
        String casey = Api.patientId(Tokens.accessToken("casey"));
        assertEquals(
                200,
                Api.get("/clinician/api/patients/" + casey + "/timeline", chen).statusCode());

        HttpResponse<String> csv = getCsv("/clinician/api/audit?user=dr.chen&patient=" + casey, admin);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        assertTrue(
                csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                csv.headers().toString());
        String[] lines = csv.body().split("\r\n");
        assertEquals(
                "\"occurred_at_utc\",\"user\",\"role\",\"action\",\"record_type\",\"record_id\",\"patient_id\","
                        + "\"patient\",\"outcome\"",
                lines[0]);
        assertTrue(lines.length >= 2, csv.body());
        assertTrue(lines[1].contains("\"dr.chen\",\"clinician\",\"LIST\",\"timeline\""), lines[1]);
        assertTrue(lines[1].contains("\"" + casey + "\""), lines[1]);

        HttpResponse<String> second = Api.get("/clinician/api/audit?page=1&size=2", admin);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(1L, ((Number) Api.object(second).get("page")).longValue());
        assertEquals(2, ((List<?>) Api.object(second).get("items")).size());

        Api.assertRefused(Api.get("/clinician/api/audit?patient=not-an-id", admin), "patient");
        Api.assertRefused(Api.get("/clinician/api/audit?from=2026-13-01", admin), "from");
        Api.assertRefused(Api.get("/clinician/api/audit?to=yesterday", admin), "to");
        Api.assertRefused(Api.get("/clinician/api/audit?from=2026-03-05&to=2026-03-04", admin), "from");
        Api.assertRefused(Api.get("/clinician/api/audit?size=1000", admin), "size");
        Api.assertRefused(Api.get("/clinician/api/audit?page=-1", admin), "page");
        Api.assertRefused(getCsv("/clinician/api/audit?patient=x", admin), "patient");

        assertEquals(403, Api.get("/clinician/api/audit", chen).statusCode());
        assertEquals(403, getCsv("/clinician/api/audit", chen).statusCode());
        assertEquals(401, Api.get("/clinician/api/audit", null).statusCode());
    }

    /** "dr.chen PRIMARY" for each member of the answer's {@code active} or {@code history}. */
    private static List<String> members(HttpResponse<String> response, String which) throws Exception {
        return ((List<?>) Api.object(response).get(which))
                .stream()
                        .map(m -> ((Map<?, ?>) m).get("clinician") + " " + ((Map<?, ?>) m).get("role"))
                        .toList();
    }

    private static HttpResponse<String> getCsv(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/csv")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
