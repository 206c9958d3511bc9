package org.thaw.deploy.security;

import java.util.LinkedHashMap;
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
     * @param patientId the patient a clinician's new thread is for
     */
    static Map<String, String> members(Operation op, Fixtures f, String patientId) {
        Map<String, String> m = new LinkedHashMap<>();
        String key = "campaign-" + UUID.randomUUID();
        switch (op.key()) {
            case "PUT /portal/api/journal/{date}" -> {
                m.put("numbness", "5");
                m.put("note", "\"Security campaign check-in\"");
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
            default -> {
                return null;
            }
        }
        return m;
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

    static String withPatient(Operation op, Fixtures f, String patientId) {
        Map<String, String> m = members(op, f, patientId);
        return m == null ? "{}" : render(m);
    }
}
