package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The medications REST contract end to end with real tokens: dr.rivera records courses for blair
 * (who has none in the demo data; erin's belong to the browser tests), changes a dose, stops a
 * course, adds a note holding a canary, corrects a course and marks one entered in error; blair
 * lists her medications (never the note or the stop reason) and reports a side effect (blunting 5:
 * below the MEDICATION_ONSET threshold, so blair's flags stay as other tests expect them); the
 * timeline lists it all; dr.chen, of another team, gets 404; bad input is a 400 naming the field;
 * the paper diary answers 201, 200, 409 and 400. Blair's days typed in from paper are 80 days
 * back, far from her streak and from any window that may open a flag.
 */
class MedicationsApiIT {

    private static final String CANARY = "CANARY-7c2d discussed blunting, clinician only";
    private static final String STOP_CANARY = "CANARY-stop-reason-91ab";

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void theMedicationsContractFromCourseToTimeline() throws Exception {
        String blair = Tokens.accessToken("blair");
        String rivera = Tokens.accessToken("dr.rivera");
        String chen = Tokens.accessToken("dr.chen");
        String patient = Api.patientId(blair);
        LocalDate today = Api.today(blair);
        String medications = "/clinician/api/patients/" + patient + "/medications";

        HttpResponse<String> recorded = Api.post(
                medications,
                rivera,
                "{\"rxnorm\": \"36437\", \"name\": \"sertraline\", \"dose\": 50, \"unit\": \"mg\","
                        + " \"frequency\": \"daily\", \"startedOn\": \"" + today.minusDays(100)
                        + "\", \"prescriber\": \"Dr. Lee\"}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        Map<String, Object> sertraline = Api.object(recorded);
        String course = (String) sertraline.get("id");
        assertNotNull(course);
        assertEquals("sertraline", sertraline.get("name"));
        assertEquals("SSRI", sertraline.get("drugClass"));

        HttpResponse<String> doseChange = Api.post(
                "/clinician/api/medications/" + course + "/dose-changes",
                rivera,
                "{\"on\": \"" + today.minusDays(85) + "\", \"dose\": 100}");
        assertEquals(201, doseChange.statusCode(), doseChange.body());
        assertEquals(100L, ((Number) Api.object(doseChange).get("dose")).longValue());

        HttpResponse<String> note =
                Api.post("/clinician/api/medications/" + course + "/notes", rivera, "{\"text\": \"" + CANARY + "\"}");
        assertEquals(201, note.statusCode(), note.body());

        HttpResponse<String> corrected = Api.put(
                "/clinician/api/medications/" + course,
                rivera,
                "{\"rxnorm\": \"36437\", \"dose\": 50, \"unit\": \"mg\", \"frequency\": \"daily\","
                        + " \"startedOn\": \"" + today.minusDays(100) + "\", \"prescriber\": \"Dr. Lee Park\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(1, ((List<?>) Api.object(corrected).get("revisions")).size(), "the old values kept");

        String fluoxetine = (String) Api.object(Api.post(
                        medications,
                        rivera,
                        "{\"rxnorm\": \"4493\", \"dose\": 20, \"unit\": \"mg\", \"frequency\": \"daily\","
                                + " \"startedOn\": \"" + today.minusDays(95) + "\"}"))
                .get("id");
        HttpResponse<String> stopped = Api.post(
                "/clinician/api/medications/" + fluoxetine + "/stop",
                rivera,
                "{\"on\": \"" + today.minusDays(88) + "\", \"reason\": \"" + STOP_CANARY + "\"}");
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertEquals(today.minusDays(88).toString(), Api.object(stopped).get("stoppedOn"));

        HttpResponse<String> other = Api.post(
                medications,
                rivera,
                "{\"name\": \"melatonin\", \"antidepressant\": false, \"dose\": 7.5, \"unit\": \"mg\","
                        + " \"frequency\": \"as_needed\", \"startedOn\": \"" + today.minusDays(30) + "\"}");
        assertEquals(201, other.statusCode(), "a dose of 7.5 is a dose: " + other.body());
        String mistake = (String) Api.object(other).get("id");
        HttpResponse<String> inError = Api.post(
                "/clinician/api/medications/" + mistake + "/entered-in-error",
                rivera,
                "{\"reason\": \"recorded for the wrong patient\"}");
        assertEquals(200, inError.statusCode(), inError.body());
        assertEquals(Boolean.TRUE, Api.object(inError).get("enteredInError"));

        // bad input: a 400 naming the field, nothing coerced
        Api.assertRefused(
                Api.post(
                        medications,
                        rivera,
                        "{\"rxnorm\": \"36437\", \"dose\": \"50\", \"unit\": \"mg\", \"frequency\": \"daily\","
                                + " \"startedOn\": \"" + today.minusDays(3) + "\"}"),
                "dose");
        Api.assertRefused(
                Api.post(
                        medications,
                        rivera,
                        "{\"rxnorm\": \"36437\", \"dose\": -5, \"unit\": \"mg\", \"frequency\": \"daily\","
                                + " \"startedOn\": \"" + today.minusDays(3) + "\"}"),
                "dose");
        Api.assertRefused(
                Api.post(
                        medications,
                        rivera,
                        "{\"rxnorm\": \"99999999\", \"dose\": 5, \"unit\": \"mg\", \"frequency\": \"daily\","
                                + " \"startedOn\": \"" + today.minusDays(3) + "\"}"),
                "rxnorm");
        Api.assertRefused(
                Api.post(
                        "/clinician/api/medications/" + course + "/dose-changes",
                        rivera,
                        "{\"on\": \"" + today.minusDays(101) + "\", \"dose\": 100}"),
                "on");
        Api.assertRefused(
                Api.post("/clinician/api/medications/" + course + "/notes", rivera, "{\"text\": \" \"}"), "text");
        Api.assertRefused(
                Api.post(
                        "/clinician/api/medications/" + mistake + "/dose-changes",
                        rivera,
                        "{\"on\": \"" + today.minusDays(3) + "\", \"dose\": 10}"),
                "courseId");

        // the care team reads everything, notes included
        String clinicianList = Api.get(medications, rivera).body();
        assertTrue(clinicianList.contains(CANARY), "the care team reads its notes");
        assertTrue(clinicianList.contains(STOP_CANARY));

        // the patient: her courses, never a note or the stop reason, never the course entered in error
        HttpResponse<String> mine = Api.get("/portal/api/medications", blair);
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(mine.body().contains("CANARY"), mine.body());
        assertFalse(mine.body().contains("stopReason"), mine.body());
        assertFalse(mine.body().contains("notes"), mine.body());
        List<?> own = list(mine.body());
        assertEquals(2, own.size(), "sertraline and fluoxetine; melatonin was entered in error: " + mine.body());

        HttpResponse<String> report = Api.post(
                "/portal/api/side-effects",
                blair,
                "{\"courseId\": \"" + course + "\", \"blunting\": 5, \"effects\": [\"drowsiness\"],"
                        + " \"note\": \"sleepy afternoons\", \"since\": \"" + today.minusDays(10) + "\"}");
        assertEquals(201, report.statusCode(), report.body());
        String reportId = (String) Api.object(report).get("id");
        Api.assertRefused(Api.post("/portal/api/side-effects", blair, "{\"blunting\": 11}"), "blunting");
        Api.assertRefused(
                Api.post("/portal/api/side-effects", blair, "{\"blunting\": 3, \"effects\": [\"happy\"]}"), "effects");
        Api.assertRefused(
                Api.post("/portal/api/side-effects", blair, "{\"courseId\": \"" + mistake + "\", \"blunting\": 3}"),
                "courseId");
        assertTrue(Api.get("/clinician/api/patients/" + patient + "/side-effects", rivera)
                .body()
                .contains(reportId));

        // the timeline lists them, in date order
        HttpResponse<String> timeline = Api.get(
                "/clinician/api/patients/" + patient + "/timeline?from=" + today.minusDays(120) + "&to=" + today,
                rivera);
        assertEquals(200, timeline.statusCode(), timeline.body());
        List<Map<?, ?>> events = list(timeline.body()).stream()
                .<Map<?, ?>>map(e -> (Map<?, ?>) e)
                .toList();
        assertTrue(has(events, "COURSE_START", course), timeline.body());
        assertTrue(
                events.stream().anyMatch(e -> "DOSE_CHANGE".equals(e.get("type")) && course.equals(e.get("courseId"))));
        assertTrue(has(events, "COURSE_STOP", fluoxetine));
        assertTrue(has(events, "SIDE_EFFECT", reportId));
        assertTrue(events.stream().anyMatch(e -> "JOURNAL".equals(e.get("type"))));
        assertFalse(events.stream().anyMatch(e -> mistake.equals(e.get("courseId"))), "entered in error: not there");
        assertFalse(timeline.body().contains("CANARY"));
        List<String> dates = events.stream().map(e -> (String) e.get("date")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "sorted by date");
        Api.assertRefused(
                Api.get(
                        "/clinician/api/patients/" + patient + "/timeline?from=" + today + "&to=" + today.minusDays(1),
                        rivera),
                "from");
        Api.assertRefused(
                Api.get(
                        "/clinician/api/patients/" + patient + "/timeline?from=" + today.minusDays(400) + "&to="
                                + today,
                        rivera),
                "to");

        // another team's clinician: not found, whatever the call
        assertEquals(404, Api.get(medications, chen).statusCode());
        assertEquals(
                404,
                Api.get("/clinician/api/patients/" + patient + "/timeline", chen)
                        .statusCode());
        assertEquals(
                404,
                Api.post("/clinician/api/medications/" + course + "/notes", chen, "{\"text\": \"not mine\"}")
                        .statusCode());
        assertEquals(
                404,
                Api.put(
                                "/clinician/api/patients/" + patient + "/journal/" + today.minusDays(80),
                                chen,
                                "{\"numbness\": 3}")
                        .statusCode());
    }

    @Test
    void thePaperDiaryAnswers201Then200And409OnThePatientsOwnDayAnd400OutsideTwoToNinetyDaysBack() throws Exception {
        String blair = Tokens.accessToken("blair");
        String rivera = Tokens.accessToken("dr.rivera");
        String patient = Api.patientId(blair);
        LocalDate today = Api.today(blair);
        String journal = "/clinician/api/patients/" + patient + "/journal/";

        HttpResponse<String> created = Api.put(
                journal + today.minusDays(80),
                rivera,
                "{\"numbness\": 3, \"emotions\": [\"calm\"], \"medicationAffectsFeeling\": \"NOT_SURE\"}");
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> day = Api.object(created);
        assertEquals("Sam Rivera", day.get("enteredBy"));
        assertEquals("NOT_SURE", day.get("medicationAffectsFeeling"));

        HttpResponse<String> updated =
                Api.put(journal + today.minusDays(80), rivera, "{\"numbness\": 4, \"note\": \"from the paper diary\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(day.get("id"), Api.object(updated).get("id"));

        HttpResponse<String> own = Api.put(journal + today.minusDays(3), rivera, "{\"numbness\": 9}");
        assertEquals(409, own.statusCode(), own.body());
        assertTrue(own.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("date", ((Map<?, ?>) ((List<?>) Api.object(own).get("errors")).get(0)).get("field"));

        Api.assertRefused(Api.put(journal + today.minusDays(1), rivera, "{\"numbness\": 4}"), "date");
        Api.assertRefused(Api.put(journal + today.minusDays(91), rivera, "{\"numbness\": 4}"), "date");
        Api.assertRefused(
                Api.put(
                        journal + today.minusDays(80),
                        rivera,
                        "{\"numbness\": 4, \"medicationAffectsFeeling\": \"MAYBE\"}"),
                "medicationAffectsFeeling");

        String read = Api.get(
                        "/clinician/api/patients/" + patient + "/journal?from=" + today.minusDays(80) + "&to="
                                + today.minusDays(80),
                        rivera)
                .body();
        assertTrue(read.contains("\"enteredBy\":\"Sam Rivera\""), read);
        assertTrue(
                Api.get("/portal/api/journal?from=" + today.minusDays(80) + "&to=" + today.minusDays(80), blair)
                        .body()
                        .contains("Sam Rivera"),
                "the patient sees who typed it in");
    }

    private static List<?> list(String body) throws Exception {
        return (List<?>) JSONObjectUtils.parse("{\"list\": " + body + "}").get("list");
    }

    private static boolean has(List<Map<?, ?>> events, String type, String id) {
        return events.stream().anyMatch(e -> type.equals(e.get("type")) && id.equals(e.get("id")));
    }
}
