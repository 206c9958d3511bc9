package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thaw.deploy.Stack;

/**
 * The treatment plan REST contract end to end with real tokens. The e2e tests share one stack, and
 * erin's first plan belongs to the browser test, so the first save here is for a patient of this
 * test's own: Robin, on dr.rivera's team only (dr.okafor's caseload stays the demo's three), written
 * into the database like the demo data, with no sign-in of their own. dr.rivera saves Robin's
 * plan (201), saves again from its version (200), is refused a stale version (409, nothing saved)
 * and bad input (400 naming the field, nothing saved), lists the revisions, finds Robin among the
 * reviews due once the review day has come and no longer after a review; dr.chen gets 404. The
 * patient's side is blair's demo plan, whatever it holds when this runs: dr.rivera saves it from
 * the version she reads, with canaries in the private note and a goal's comment, and a new homework
 * item; blair reads her plan without either and checks the item off (201, then 200); dr.rivera
 * sees the check-off; alex and dr.chen get 404.
 */
class PlansApiIT {

    private static final String NOTE_CANARY = "CANARY-plan-note-5e1f formulation, clinician only";
    private static final String COMMENT_CANARY = "CANARY-goal-comment-0a93 clinician only";

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aPlanIsCreatedRevisedRefusedWhenStaleOrWrongAndReviewed() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String chen = Tokens.accessToken("dr.chen");
        ZoneId zone = ZoneId.of((String) Api.me(Tokens.accessToken("blair")).get("timeZone"));
        String robin = patientWithoutAPlan(zone);
        LocalDate today = LocalDate.now(zone);
        String plan = "/clinician/api/patients/" + robin + "/plan";

        assertEquals(404, Api.get(plan, rivera).statusCode(), "no plan yet");

        HttpResponse<String> created =
                Api.put(plan, rivera, robinsPlan("Flat and cut off since the spring", today.plusDays(28), null));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> first = Api.object(created);
        long v1 = number(first, "version");
        assertEquals(1L, number(first, "revision"));
        assertEquals(3, list(first, "goals").size());
        Map<?, ?> phq9 = (Map<?, ?>) list(first, "goals").get(0);
        assertEquals("PHQ-9 below 10", phq9.get("description"));
        assertTrue(((Map<?, ?>) phq9.get("progress")).containsKey("summary"), "each goal has its progress");

        HttpResponse<String> revised =
                Api.put(plan, rivera, robinsPlan("Flat since spring; sleeping badly", today.plusDays(28), first));
        assertEquals(200, revised.statusCode(), revised.body());
        Map<String, Object> second = Api.object(revised);
        long v2 = number(second, "version");
        assertNotEquals(v1, v2);
        assertEquals(2L, number(second, "revision"));
        assertEquals(id(list(first, "homework"), 0), id(list(second, "homework"), 0), "the homework item keeps its id");

        HttpResponse<String> stale =
                Api.put(plan, rivera, robinsPlan("A late edit from the first version", today.plusDays(28), first));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("version", ((Map<?, ?>) list(Api.object(stale), "errors").get(0)).get("field"));
        assertSaved(plan, rivera, "Flat since spring; sleeping badly", v2, 2);

        // bad input: 400 naming the field, nothing stored
        String good = robinsPlan("Flat since spring; sleeping badly", today.plusDays(28), second);
        Api.assertRefused(Api.put(plan, rivera, robinsPlan("Past review", today.minusDays(1), second)), "reviewOn");
        Api.assertRefused(
                Api.put(plan, rivera, good.replace("\"text\": \"Back to choir practice\"", "\"text\": \"  \"")),
                "goals[2].text");
        Api.assertRefused(
                Api.put(plan, rivera, good.replace("\"code\": \"cbt\"", "\"code\": \"hypnosis\"")),
                "interventions[0].code");
        Api.assertRefused(Api.put(plan, rivera, good.replace("\"target\": 10", "\"target\": 7.9")), "goals[0].target");
        Api.assertRefused(
                Api.put(plan, rivera, good.replace("\"version\": " + v2, "\"version\": \"" + v2 + "\"")), "version");
        assertSaved(plan, rivera, "Flat since spring; sleeping badly", v2, 2);

        // the history, in the paged envelope, newest first; two revisions side by side
        HttpResponse<String> history = Api.get(plan + "/revisions?page=0&size=10", rivera);
        assertEquals(200, history.statusCode(), history.body());
        Map<String, Object> page = Api.object(history);
        assertEquals(2L, number(page, "total"));
        assertEquals(0L, number(page, "page"));
        assertEquals(10L, number(page, "size"));
        Map<?, ?> newest = (Map<?, ?>) list(page, "items").get(0);
        assertEquals(2L, ((Number) newest.get("number")).longValue());
        assertEquals("dr.rivera", newest.get("savedBy"));
        assertEquals(List.of("Problem changed"), newest.get("changes"));
        HttpResponse<String> compared = Api.get(plan + "/revisions/compare?older=1&newer=2", rivera);
        assertEquals(200, compared.statusCode(), compared.body());
        assertTrue(compared.body().contains("Flat and cut off since the spring")
                && compared.body().contains("sleeping badly"));

        // the review day comes: the caseload's "review due" lists Robin; a review moves the day on
        HttpResponse<String> dueToday =
                Api.put(plan, rivera, robinsPlan("Flat since spring; sleeping badly", today, second));
        assertEquals(200, dueToday.statusCode(), dueToday.body());
        assertEquals(Boolean.TRUE, Api.object(dueToday).get("reviewDue"));
        assertTrue(reviewsDue(rivera).contains(robin), "Robin's review day has come");
        assertFalse(reviewsDue(chen).contains(robin), "not on another team's list");

        String goalId =
                (String) ((Map<?, ?>) list(Api.object(dueToday), "goals").get(0)).get("id");
        HttpResponse<String> review = Api.post(
                plan + "/reviews",
                rivera,
                "{\"goals\": [{\"goalId\": \"" + goalId
                        + "\", \"note\": \"No PHQ-9 yet\"}], \"note\": \"Start slowly\"," + " \"nextReviewOn\": \""
                        + today.plusDays(28) + "\"}");
        assertEquals(201, review.statusCode(), review.body());
        Map<String, Object> reviewed = Api.object(Api.get(plan, rivera));
        assertEquals(today.plusDays(28).toString(), reviewed.get("reviewOn"), "the review day moved on");
        assertEquals(Boolean.FALSE, reviewed.get("reviewDue"));
        assertEquals(1, list(reviewed, "reviews").size());
        assertFalse(reviewsDue(rivera).contains(robin), "no longer due");
        Api.assertRefused(Api.post(plan + "/reviews", rivera, "{\"nextReviewOn\": \"" + today + "\"}"), "nextReviewOn");

        // another team's clinician: not found, whatever the call
        assertEquals(404, Api.get(plan, chen).statusCode());
        assertEquals(404, Api.put(plan, chen, good).statusCode());
        assertEquals(404, Api.get(plan + "/revisions", chen).statusCode());
        assertEquals(
                404,
                Api.post(plan + "/reviews", chen, "{\"nextReviewOn\": \"" + today.plusDays(7) + "\"}")
                        .statusCode());
        assertEquals(
                4L,
                number(Api.object(Api.get(plan + "/revisions", rivera)), "total"),
                "two saves, the save that made the review due and the review; nothing of dr.chen's");
    }

    @Test
    void thePatientReadsHerPlanWithoutClinicianOnlyFieldsAndChecksOffHomework() throws Exception {
        String blair = Tokens.accessToken("blair");
        String alex = Tokens.accessToken("alex");
        String rivera = Tokens.accessToken("dr.rivera");
        String chen = Tokens.accessToken("dr.chen");
        String patient = Api.patientId(blair);
        LocalDate today = Api.today(blair);
        String plan = "/clinician/api/patients/" + patient + "/plan";

        HttpResponse<String> current = Api.get(plan, rivera);
        assertEquals(200, current.statusCode(), "blair has a demo plan: " + current.body());
        long version = number(Api.object(current), "version");
        String homework = "Notice one thing you enjoyed today " + UUID.randomUUID();
        HttpResponse<String> saved = Api.put(
                plan,
                rivera,
                "{\"problem\": \"Numb and detached after a year of stress at work\","
                        + " \"goals\": [{\"kind\": \"SCORE\", \"instrument\": \"PHQ-9\", \"target\": 10,"
                        + " \"clinicianComment\": \"" + COMMENT_CANARY + "\"}],"
                        + " \"interventions\": [{\"code\": \"mindfulness\", \"frequency\": \"daily\"}],"
                        + " \"homework\": [{\"text\": \"" + homework + "\"}],"
                        + " \"reviewOn\": \"" + today.plusDays(21) + "\", \"privateNote\": \"" + NOTE_CANARY + "\","
                        + " \"version\": " + version + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(
                saved.body().contains(NOTE_CANARY) && saved.body().contains(COMMENT_CANARY),
                "the care team reads both");
        String item = (String) ((Map<?, ?>) list(Api.object(saved), "homework").get(0)).get("id");

        HttpResponse<String> mine = Api.get("/portal/api/plan", blair);
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(mine.body().contains("CANARY"), "no clinician-only text reaches the patient: " + mine.body());
        assertFalse(mine.body().contains("privateNote") || mine.body().contains("clinicianComment"), mine.body());
        assertFalse(mine.body().contains("\"reviews\""), mine.body());
        assertTrue(mine.body().contains("PHQ-9 below 10") && mine.body().contains(homework), mine.body());

        HttpResponse<String> done = Api.post("/portal/api/plan/homework/" + item + "/done", blair, null);
        assertEquals(201, done.statusCode(), done.body());
        assertEquals(today.toString(), Api.object(done).get("day"));
        HttpResponse<String> again = Api.post("/portal/api/plan/homework/" + item + "/done", blair, "{}");
        assertEquals(200, again.statusCode(), "the same day again: " + again.body());

        Map<?, ?> seen =
                (Map<?, ?>) list(Api.object(Api.get(plan, rivera)), "homework").get(0);
        assertEquals(item, seen.get("id"));
        List<?> checkOffs = (List<?>) seen.get("checkOffs");
        assertEquals(1, checkOffs.size(), "one check-off for the day: " + seen);
        assertEquals(today.toString(), ((Map<?, ?>) checkOffs.get(0)).get("day"));

        // another patient and another team: not found
        assertEquals(
                404,
                Api.post("/portal/api/plan/homework/" + item + "/done", alex, null)
                        .statusCode());
        assertFalse(Api.get("/portal/api/plan", alex).body().contains(item), "alex's plan is his own");
        assertEquals(404, Api.get(plan, chen).statusCode());
        Api.assertRefused(
                Api.post(
                        "/portal/api/plan/homework/" + item + "/done",
                        blair,
                        "{\"day\": \"" + today.minusDays(5) + "\"}"),
                "day");
    }

    /**
     * A plan of every goal kind: PHQ-9 below 10, numbness 4 or less over 14 days, and a goal in
     * words; {@code previous} the plan as last read (null: the first save), whose version and goal
     * and homework ids the save sends back, as an editor does.
     */
    private static String robinsPlan(String problem, LocalDate reviewOn, Map<String, Object> previous) {
        List<?> goals = previous == null ? List.of() : list(previous, "goals");
        List<?> homework = previous == null ? List.of() : list(previous, "homework");
        return "{\"problem\": \"" + problem + "\","
                + " \"goals\": [{" + id(goals, 0) + "\"kind\": \"SCORE\", \"instrument\": \"PHQ-9\", \"target\": 10},"
                + " {" + id(goals, 1)
                + "\"kind\": \"JOURNAL\", \"measure\": \"numbness\", \"target\": 4, \"days\": 14},"
                + " {" + id(goals, 2) + "\"kind\": \"TEXT\", \"text\": \"Back to choir practice\"}],"
                + " \"interventions\": [{\"code\": \"cbt\", \"frequency\": \"weekly\"}],"
                + " \"homework\": [{" + id(homework, 0) + "\"text\": \"A 20-minute walk\"}],"
                + " \"reviewOn\": \"" + reviewOn + "\""
                + (previous == null ? "" : ", \"version\": " + number(previous, "version")) + "}";
    }

    /** The {@code "id": "…", } member of the item at {@code index}, if there is one. */
    private static String id(List<?> items, int index) {
        return items.size() > index ? "\"id\": \"" + ((Map<?, ?>) items.get(index)).get("id") + "\", " : "";
    }

    /** The plan as stored: its problem, version and number of revisions. */
    private static void assertSaved(String plan, String token, String problem, long version, long revisions)
            throws Exception {
        Map<String, Object> now = Api.object(Api.get(plan, token));
        assertEquals(problem, now.get("problem"));
        assertEquals(version, number(now, "version"));
        assertEquals(revisions, number(Api.object(Api.get(plan + "/revisions", token)), "total"));
    }

    /** The patient ids of the caller's "review due" caseload; every row listed is due. */
    private static List<String> reviewsDue(String token) throws Exception {
        HttpResponse<String> due = Api.get("/clinician/api/caseload?reviewDue=true&size=100", token);
        assertEquals(200, due.statusCode(), due.body());
        List<?> items = list(Api.object(due), "items");
        for (Object row : items) {
            assertEquals(Boolean.TRUE, ((Map<?, ?>) row).get("reviewDue"), due.body());
        }
        return items.stream()
                .map(r -> (String) ((Map<?, ?>) r).get("patientId"))
                .toList();
    }

    /**
     * A new patient on dr.rivera's team with no plan, written as the launcher writes the demo
     * practice (the schema owner); no Keycloak account, so only the care team's API reaches them.
     */
    private static String patientWithoutAPlan(ZoneId zone) throws Exception {
        Stack stack = TestStack.get();
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(stack.appJdbcUrl(), stack.ownerUser(), stack.ownerPassword());
                PreparedStatement patient = c.prepareStatement(
                        "insert into thaw.patient (id, username, first_name, last_name, time_zone) values (?, ?, 'Robin', 'Plans', ?)");
                PreparedStatement team = c.prepareStatement(
                        "insert into thaw.care_team_member (id, patient_id, clinician_id, role, assigned_at)"
                                + " select gen_random_uuid(), ?, id, 'PRIMARY', now() from thaw.clinician"
                                + " where username = 'dr.rivera'")) {
            patient.setObject(1, id);
            patient.setString(2, "plans-api-it-" + id);
            patient.setString(3, zone.getId());
            patient.executeUpdate();
            team.setObject(1, id);
            assertEquals(1, team.executeUpdate());
        }
        return id.toString();
    }

    private static long number(Map<String, Object> object, String field) {
        return ((Number) object.get(field)).longValue();
    }

    private static List<?> list(Map<String, Object> object, String field) {
        return (List<?>) object.get(field);
    }
}
