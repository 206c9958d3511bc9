package org.thaw.deploy.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.thaw.deploy.security.Fixtures.Patient;
import org.thaw.deploy.security.Fixtures.Team;
import org.thaw.deploy.security.OpenApi.Operation;

/**
 * Every operation of both OpenAPI documents, called by every kind of wrong caller:
 *
 * <ul>
 *   <li>no token, and a token that is not one: 401;
 *   <li>a token of a role the API is not for (a clinician and the practice admin on the portal
 *       API, a patient and the admin on the clinician API, a patient and a clinician on the
 *       admin's care-team and audit paths): 403;
 *   <li>a patient with another patient's thread and homework ids, a clinician with another care
 *       team's patient (with that patient's own plan goal for {@code {goalId}}), flag, thread,
 *       message and medication course ids (as that team lists them), in the path or as a new
 *       thread's {@code patientId}: 404 with exactly the body the same caller gets for an id that
 *       does not exist, so the answer does not tell whether the record is there;
 *   <li>a patient naming another patient's medication course in a side-effect report's {@code
 *       courseId}: exactly the answer an unknown course id gets;
 *   <li>every list the caller may read holds none of the other party's ids.
 * </ul>
 *
 * Each call carries a valid body for its operation, so a missing check would succeed. Passes with
 * 0 successes and 0 5xx.
 */
final class IsolationSweep {

    static final String NO_TOKEN = "isolation: no or bad token (401)";
    static final String WRONG_ROLE = "isolation: wrong role (403)";
    static final String OTHER_PARTY = "isolation: another party's ids (404, same body)";
    static final String LISTS = "isolation: lists hold no other party's ids";
    /** Reads of the caller's own record that answer 404 until it exists: the patient's plan before the care team writes one. */
    private static final Set<String> MAY_BE_ABSENT = Set.of("GET /portal/api/plan");

    private final Http http;
    private final Fixtures f;
    private final Tally tally;

    IsolationSweep(Http http, Fixtures fixtures, Tally tally) {
        this.http = http;
        this.f = fixtures;
        this.tally = tally;
    }

    void run(List<Operation> operations) throws IOException, InterruptedException {
        for (Operation op : operations) {
            Map<String, String> own = ownIds(op);
            String path = op.fill(own) + query(op);
            String body = op.hasBody() ? ValidBodies.of(op, f, own) : null;
            check(NO_TOKEN, op, "no token", http.send(op.method(), path, null, body), 401);
            check(NO_TOKEN, op, "a token that is not one", http.send(op.method(), path, "not.a.token", body), 401);
            List<String> wrongRoles = op.app().equals("portal")
                    ? List.of("dr.rivera", Fixtures.ADMIN)
                    : op.adminOnly() ? List.of("alex", "dr.rivera") : List.of("alex", Fixtures.ADMIN);
            for (String caller : wrongRoles) {
                check(WRONG_ROLE, op, caller, http.send(op.method(), path, http.token(caller), body), 403);
            }
            if (op.app().equals("portal")) {
                patientAgainstPatients(op);
            } else if (!op.adminOnly()) {
                // the admin's paths have no care-team boundary to cross: every patient is the admin's
                clinicianAgainstOtherTeam(op);
            }
        }
    }

    /** The ids of the party a call is meant for: alex's on the portal, dr.rivera's team (alex) on the clinician API. */
    private Map<String, String> ownIds(Operation op) {
        Map<String, String> ids = new LinkedHashMap<>();
        Patient alex = f.patients.get("alex");
        for (String p : op.pathParams()) {
            ids.put(
                    p,
                    switch (p) {
                        case "date" -> date(op, alex);
                        case "code" -> "GAD-7";
                        case "courseId" -> f.teamA.courses().get(0);
                        case "goalId" -> alex.plan().goals().get(0);
                        case "number" -> "1";
                        case "patientId" -> alex.id();
                        default ->
                            op.app().equals("portal")
                                    ? (kind(op).equals("homework")
                                            ? alex.plan().homework().get(0)
                                            : alex.threads().get(0))
                                    : f.teamA.ids(kind(op)).get(0);
                    });
        }
        return ids;
    }

    /** A {@code {date}}: the patient's today for their own journal, a paper-diary day for a clinician's typing-in. */
    static String date(Operation op, Patient p) {
        return (op.app().equals("portal") ? p.today() : p.paperDay()).toString();
    }

    /** The path parameter naming the record a call is about: {@code {courseId}} or {@code {id}}. */
    static String recordParam(Operation op) {
        return op.pathParams().contains("courseId") ? "courseId" : "id";
    }

    /** What an {@code {id}} names: the path segment before it (patients, flags, threads, messages); courses for {@code {courseId}}. */
    static String kind(Operation op) {
        if (op.pathParams().contains("courseId")) {
            return "courses";
        }
        String before = op.path().substring(0, op.path().indexOf("/{id}"));
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static String query(Operation op) {
        StringBuilder query = new StringBuilder();
        if (op.queryParams().contains("size")) {
            query.append("&size=100");
        }
        requiredQuery(op)
                .forEach((name, value) ->
                        query.append('&').append(name).append('=').append(value));
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    /** The query parameters an operation cannot do without: two revisions to compare (1 and 2, which Fixtures saves). */
    static Map<String, String> requiredQuery(Operation op) {
        Map<String, String> required = new LinkedHashMap<>();
        if (op.queryParams().contains("older") && op.queryParams().contains("newer")) {
            required.put("older", "1");
            required.put("newer", "2");
        }
        return required;
    }

    private void patientAgainstPatients(Operation op) throws IOException, InterruptedException {
        for (String caller : Fixtures.concat(Fixtures.TEAM_A_PATIENTS, Fixtures.TEAM_B_PATIENTS)) {
            List<String> othersThreads = new ArrayList<>();
            List<String> othersHomework = new ArrayList<>();
            List<String> othersIds = new ArrayList<>();
            for (Patient other : f.patients.values()) {
                if (!other.username().equals(caller)) {
                    othersThreads.addAll(other.threads());
                    othersHomework.addAll(other.plan().homework());
                    othersIds.add(other.id());
                    othersIds.addAll(other.threads());
                    othersIds.addAll(other.messages());
                    othersIds.addAll(other.plan().goals());
                    othersIds.addAll(other.plan().homework());
                }
            }
            List<String> othersCourses = new ArrayList<>();
            for (Patient other : f.patients.values()) {
                if (!other.username().equals(caller)) {
                    othersIds.addAll(other.courses());
                    othersCourses.addAll(other.courses());
                }
            }
            othersIds.addAll(f.teamA.flags());
            othersIds.addAll(f.teamB.flags());
            othersIds.removeAll(ownAll(caller));
            othersCourses.removeAll(ownAll(caller));
            if (op.pathParams().contains("id")) {
                String body = op.hasBody() ? ValidBodies.of(op, f, Map.of("id", "")) : null;
                HttpResponse<String> unknown = http.send(
                        op.method(), op.fill(Map.of("id", UUID.randomUUID().toString())), http.token(caller), body);
                for (String id : kind(op).equals("homework") ? othersHomework : othersThreads) {
                    sameAsUnknown(
                            op,
                            caller,
                            id,
                            unknown,
                            http.send(op.method(), op.fill(Map.of("id", id)), http.token(caller), body));
                }
            } else if (op.hasBody() && op.bodyFields().containsKey("courseId")) {
                HttpResponse<String> unknown = http.send(
                        op.method(),
                        op.path(),
                        http.token(caller),
                        ValidBodies.with(
                                op, f, "courseId", Http.quote(UUID.randomUUID().toString())));
                for (String id : othersCourses) {
                    sameAnswer(
                            op,
                            caller,
                            "courseId " + id,
                            unknown,
                            http.send(
                                    op.method(),
                                    op.path(),
                                    http.token(caller),
                                    ValidBodies.with(op, f, "courseId", Http.quote(id))));
                }
            } else if (op.method().equals("GET") && op.pathParams().isEmpty()) {
                noneListed(op, caller, op.path() + query(op), othersIds);
            }
        }
    }

    private Set<String> ownAll(String patient) {
        Patient p = f.patients.get(patient);
        Set<String> own = new java.util.HashSet<>(p.threads());
        own.addAll(p.messages());
        own.addAll(p.courses());
        own.addAll(p.plan().goals());
        own.addAll(p.plan().homework());
        own.add(p.id());
        return own;
    }

    private void clinicianAgainstOtherTeam(Operation op) throws IOException, InterruptedException {
        for (String caller : Fixtures.concat(Fixtures.TEAM_A_CLINICIANS, Fixtures.TEAM_B_CLINICIANS)) {
            Team other = f.otherTeam(caller);
            Team own = f.teamOf(caller);
            String param = recordParam(op);
            if (op.pathParams().contains(param)) {
                String kind = kind(op);
                String body = op.hasBody()
                        ? ValidBodies.of(op, f, Map.of(param, own.ids(kind).get(0)))
                        : null;
                HttpResponse<String> unknown = http.send(
                        op.method(), fillOther(op, param, UUID.randomUUID().toString()), http.token(caller), body);
                for (String id : other.ids(kind)) {
                    sameAsUnknown(
                            op,
                            caller,
                            id,
                            unknown,
                            http.send(op.method(), fillOther(op, param, id), http.token(caller), body));
                }
            } else if (op.hasBody() && op.bodyFields().containsKey("patientId")) {
                HttpResponse<String> unknown = http.send(
                        op.method(),
                        op.path(),
                        http.token(caller),
                        ValidBodies.withPatient(op, f, UUID.randomUUID().toString()));
                for (String id : other.patients()) {
                    sameAsUnknown(
                            op,
                            caller,
                            "patientId " + id,
                            unknown,
                            http.send(op.method(), op.path(), http.token(caller), ValidBodies.withPatient(op, f, id)));
                }
            } else if (op.method().equals("GET")) {
                noneListed(op, caller, op.path() + query(op), new ArrayList<>(other.all()));
            }
        }
    }

    /**
     * The path with the record {@code id} and any other parameter: {@code {date}} alex's
     * paper-diary day, {@code {goalId}} a goal of the patient {@code id} names (an unknown id for
     * anyone else), {@code {number}} revision 1.
     */
    private String fillOther(Operation op, String param, String id) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : op.pathParams()) {
            values.put(
                    p,
                    p.equals(param)
                            ? id
                            : switch (p) {
                                case "goalId" -> goalOf(id);
                                case "number" -> "1";
                                default -> date(op, f.patients.get("alex"));
                            });
        }
        return op.fill(values) + query(op);
    }

    private String goalOf(String patientId) {
        for (Patient p : f.patients.values()) {
            if (p.id().equals(patientId) && !p.plan().goals().isEmpty()) {
                return p.plan().goals().get(0);
            }
        }
        return UUID.randomUUID().toString();
    }

    private void noneListed(Operation op, String caller, String path, List<String> othersIds)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send("GET", path, http.token(caller), (byte[]) null);
        String failure = null;
        boolean absent = answer.statusCode() == 404 && MAY_BE_ABSENT.contains(op.key());
        if (answer.statusCode() != 200 && !absent) {
            failure = op.key() + " as " + caller + ": " + answer.statusCode() + " " + Http.abbreviate(answer.body());
        } else {
            for (String id : othersIds) {
                if (answer.body().contains(id)) {
                    failure = op.key() + " as " + caller + " lists another party's " + id;
                    break;
                }
            }
        }
        tally.record(LISTS, failure);
    }

    /** Another party's id in a body member: exactly the answer (status and body) an unknown id gets, never a success. */
    private void sameAnswer(
            Operation op, String caller, String id, HttpResponse<String> unknown, HttpResponse<String> answer) {
        String failure = null;
        if (unknown.statusCode() < 400 || unknown.statusCode() >= 500) {
            failure = op.key() + " as " + caller + " with an unknown id: " + unknown.statusCode() + " "
                    + Http.abbreviate(unknown.body());
        } else if (answer.statusCode() != unknown.statusCode() || !answer.body().equals(unknown.body())) {
            failure = op.key() + " as " + caller + " with " + id + ": " + answer.statusCode() + " "
                    + Http.abbreviate(answer.body()) + " vs an unknown id's " + unknown.statusCode() + " "
                    + Http.abbreviate(unknown.body());
        }
        tally.record(OTHER_PARTY, failure);
    }

    private void sameAsUnknown(
            Operation op, String caller, String id, HttpResponse<String> unknown, HttpResponse<String> answer) {
        String failure = null;
        if (unknown.statusCode() != 404) {
            failure = op.key() + " as " + caller + " with an unknown id: " + unknown.statusCode() + " "
                    + Http.abbreviate(unknown.body());
        } else if (answer.statusCode() != 404) {
            failure = op.key() + " as " + caller + " with " + id + ": " + answer.statusCode() + " "
                    + Http.abbreviate(answer.body());
        } else if (!answer.body().equals(unknown.body())) {
            failure = op.key() + " as " + caller + " with " + id + ": 404 body differs from an unknown id's: "
                    + Http.abbreviate(answer.body()) + " vs " + Http.abbreviate(unknown.body());
        }
        tally.record(OTHER_PARTY, failure);
    }

    private void check(String category, Operation op, String caller, HttpResponse<String> answer, int expected) {
        tally.record(
                category,
                answer.statusCode() == expected
                        ? null
                        : op.key() + " as " + caller + ": expected " + expected + ", got " + answer.statusCode() + " "
                                + Http.abbreviate(answer.body()));
    }
}
