package org.thaw.deploy.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.deploy.security.OpenApi.Operation;

/**
 * A valid body for every operation that takes one, member by member (JSON literals): the wrong
 * caller of the isolation sweep sends it, so that a missing check would succeed, and the fuzzer
 * spoils one member at a time of it, so that a refusal is that member's. An operation missing here
 * fails the campaign: add its body when the API grows.
 */
final class ValidBodies {

    private ValidBodies() {}

    /**
     * The members, or null when the campaign does not know this operation yet.
     *
     * @param patientId the patient a clinician's new thread is for, and whose course a side-effect
     *     report names
     */
    static Map<String, String> members(Operation op, Fixtures f, String patientId) {
        Map<String, String> m = new LinkedHashMap<>();
        String key = "campaign-" + UUID.randomUUID();
        LocalDate today = f.patients.get("blair").today();
        switch (op.key()) {
            case "PUT /portal/api/journal/{date}" -> {
                m.put("numbness", "5");
                m.put("note", "\"Security campaign check-in\"");
                m.put("medicationAffectsFeeling", "\"NOT_SURE\"");
            }
            case "PUT /clinician/api/patients/{id}/journal/{date}" -> {
                // the day is the path's: a paper-diary day of the patient's (Fixtures), typed in again: 200
                m.put("numbness", "4");
                m.put("note", "\"Security campaign: typed in from the paper diary\"");
                m.put("medicationAffectsFeeling", "\"NO\"");
            }
            case "POST /clinician/api/patients/{id}/medications", "PUT /clinician/api/medications/{courseId}" -> {
                m.put("rxnorm", "\"36437\"");
                m.put("name", "\"sertraline\"");
                m.put("dose", "50");
                m.put("unit", "\"mg\"");
                m.put("frequency", "\"daily\"");
                m.put("startedOn", Http.quote(today.minusDays(30).toString()));
                m.put("prescriber", "\"Security campaign\"");
            }
            case "POST /clinician/api/medications/{courseId}/entered-in-error" ->
                m.put("reason", "\"Security campaign: recorded for the wrong patient\"");
            case "POST /clinician/api/medications/{courseId}/dose-changes" -> {
                m.put("on", Http.quote(today.minusDays(2).toString()));
                m.put("dose", "100");
            }
            case "POST /clinician/api/medications/{courseId}/stop" -> {
                m.put("on", Http.quote(today.minusDays(1).toString()));
                m.put("reason", "\"Security campaign\"");
            }
            case "POST /clinician/api/medications/{courseId}/notes" -> m.put("text", "\"Security campaign note\"");
            case "PUT /clinician/api/care-teams/{patientId}" ->
                // the team alex and blair have in the demo, so a call that succeeds changes nothing
                m.put(
                        "members",
                        "[{\"clinician\": \"dr.rivera\", \"role\": \"PRIMARY\"},"
                                + " {\"clinician\": \"dr.okafor\", \"role\": \"COVERING\"}]");
            case "POST /portal/api/side-effects" -> {
                m.put("courseId", Http.quote(courseOf(f, patientId)));
                m.put("blunting", "6");
                m.put("effects", "[\"drowsiness\"]");
                m.put("note", "\"Security campaign report\"");
                m.put("since", Http.quote(today.minusDays(3).toString()));
            }
            case "POST /portal/api/screeners/{code}/responses" -> {
                m.put("answers", gad7("0"));
                m.put("version", "\"1\"");
                m.put("idempotencyKey", Http.quote(key));
            }
            case "POST /portal/api/threads" -> {
                m.put("subject", "\"Security campaign\"");
                m.put("body", "\"A message the campaign sends.\"");
                m.put("idempotencyKey", Http.quote(key));
            }
            case "POST /portal/api/threads/{id}/messages", "POST /clinician/api/threads/{id}/messages" -> {
                m.put("body", "\"A reply the campaign sends.\"");
                m.put("idempotencyKey", Http.quote(key));
            }
            case "POST /clinician/api/flags/{id}/resolve" -> m.put("note", "\"Security campaign: resolved\"");
            case "POST /clinician/api/messages/{id}/hide" -> m.put("reason", "\"Security campaign\"");
            case "POST /clinician/api/messages/{id}/task" -> {
                m.put("title", "\"Security campaign task\"");
                m.put(
                        "dueOn",
                        Http.quote(f.patients.get("blair").today().plusDays(7).toString()));
            }
            case "POST /clinician/api/patients/{id}/assignments" -> m.put("instrument", "\"PCL-5\"");
            case "POST /clinician/api/patients/{id}/external-scores" -> {
                m.put("instrument", "\"ODQ\"");
                m.put("score", "64");
                m.put(
                        "date",
                        Http.quote(f.patients.get("blair").today().minusDays(3).toString()));
            }
            case "PUT /clinician/api/patients/{id}/schedule" -> {
                m.put("instrument", "\"PHQ-9\"");
                m.put("everyDays", "28");
            }
            case "POST /clinician/api/threads" -> {
                m.put("patientId", Http.quote(patientId));
                m.put("subject", "\"Security campaign\"");
                m.put("body", "\"A message the campaign sends.\"");
                m.put("idempotencyKey", Http.quote(key));
            }
            case "POST /clinician/api/threads/{id}/assignee" -> m.put("clinician", "\"dr.okafor\"");
            case "PUT /clinician/api/patients/{id}/plan" ->
                m.putAll(planMembers(today, planOf(f, patientId).version()));
            case "POST /clinician/api/patients/{id}/plan/reviews" -> {
                List<String> goals = planOf(f, patientId).goals();
                String goal = goals.isEmpty() ? UUID.randomUUID().toString() : goals.get(0);
                m.put("goals", "[{\"goalId\": " + Http.quote(goal) + ", \"note\": \"Security campaign\"}]");
                m.put("note", "\"Security campaign review\"");
                m.put("nextReviewOn", Http.quote(today.plusDays(28).toString()));
            }
            case "POST /clinician/api/patients/{id}/plan/goals/{goalId}/met" -> m.put("met", "true");
            case "POST /portal/api/plan/homework/{id}/done" -> m.put("day", Http.quote(today.toString()));
            default -> {
                return null;
            }
        }
        return m;
    }

    /**
     * A whole treatment plan: a TEXT goal first (one a clinician may mark met), a PHQ-9 goal, an
     * intervention, a homework item, a review day four weeks on; {@code version} the plan's current
     * one (null: the first save).
     */
    static Map<String, String> planMembers(LocalDate today, Long version) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("problem", "\"Security campaign: feels flat\"");
        m.put(
                "goals",
                "[{\"kind\": \"TEXT\", \"text\": \"Security campaign goal\"},"
                        + " {\"kind\": \"SCORE\", \"instrument\": \"PHQ-9\", \"target\": 10}]");
        m.put("interventions", "[{\"code\": \"cbt\", \"frequency\": \"weekly\"}]");
        m.put("homework", "[{\"text\": \"Security campaign homework\"}]");
        m.put("reviewOn", Http.quote(today.plusDays(28).toString()));
        m.put("privateNote", "\"Security campaign note\"");
        if (version != null) {
            m.put("version", version.toString());
        }
        return m;
    }

    /** The plan as JSON, for the fixtures' saves. */
    static String plan(LocalDate today, Long version) {
        return render(planMembers(today, version));
    }

    /** The plan of the patient with this id (Fixtures saves one for alex, blair and casey); none for an unknown id. */
    private static Fixtures.Plan planOf(Fixtures f, String patientId) {
        for (Fixtures.Patient p : f.patients.values()) {
            if (p.id().equals(patientId)) {
                return p.plan();
            }
        }
        return new Fixtures.Plan(List.of(), List.of(), null);
    }

    /** The patient's first course (Fixtures records one for alex, blair and casey), or an unknown id. */
    private static String courseOf(Fixtures f, String patientId) {
        for (Fixtures.Patient p : f.patients.values()) {
            if (p.id().equals(patientId) && !p.courses().isEmpty()) {
                return p.courses().get(0);
            }
        }
        return UUID.randomUUID().toString();
    }

    /** GAD-7 answered completely, item 1 with {@code first} (a JSON literal), the rest 0. */
    static String gad7(String first) {
        StringBuilder sb = new StringBuilder("{\"gad7-1\": ").append(first);
        for (int i = 2; i <= 7; i++) {
            sb.append(", \"gad7-").append(i).append("\": 0");
        }
        return sb.append('}').toString();
    }

    static String render(Map<String, String> members) {
        StringBuilder sb = new StringBuilder("{");
        members.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "")
                .append(Http.quote(k))
                .append(": ")
                .append(v));
        return sb.append('}').toString();
    }

    /** The valid body as JSON; "{}" for an operation the campaign does not know (the fuzzer reports it). */
    static String of(Operation op, Fixtures f, Map<String, String> ids) {
        Map<String, String> m = members(op, f, f.patients.get("alex").id());
        return m == null ? "{}" : render(m);
    }

    /** The valid body with one member replaced (a JSON literal). */
    static String with(Operation op, Fixtures f, String member, String value) {
        Map<String, String> m = members(op, f, f.patients.get("alex").id());
        if (m == null) {
            return "{}";
        }
        m.put(member, value);
        return render(m);
    }

    static String withPatient(Operation op, Fixtures f, String patientId) {
        Map<String, String> m = members(op, f, patientId);
        return m == null ? "{}" : render(m);
    }
}
