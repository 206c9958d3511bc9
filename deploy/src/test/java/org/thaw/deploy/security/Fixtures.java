package org.thaw.deploy.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo practice as each party sees it through the API: its ids are the campaign's ammunition
 * (another party's real records, never guessed ones). Two care teams: dr.rivera and dr.okafor with
 * alex, blair and erin; dr.chen with casey and devon. A thread with a reply is started for alex,
 * blair and casey first, so that every team has threads and messages of both authors, and a
 * medication course is recorded for the same patients, so that every team and the fuzzed patient
 * have courses ({@code {courseId}}) another party can be tried with, and a treatment plan is saved
 * (twice, so it has revisions 1 and 2 whatever the demo held) with a TEXT goal and a homework item,
 * so that the plan calls have a plan, a goal ({@code {goalId}}) and homework ({@code {id}} on the
 * portal) of every team and of the fuzzed patient to use. Each patient's paper-diary day
 * is one 3 to 89 days back that the patient did not write themselves: a clinician's typing-in of it
 * is allowed (201 once, 200 again).
 */
final class Fixtures {

    static final List<String> TEAM_A_CLINICIANS = List.of("dr.rivera", "dr.okafor");
    static final List<String> TEAM_B_CLINICIANS = List.of("dr.chen");
    static final List<String> TEAM_A_PATIENTS = List.of("alex", "blair", "erin");
    static final List<String> TEAM_B_PATIENTS = List.of("casey", "devon");
    static final String ADMIN = "admin.kim";
    /** Ids taken of each kind per team or patient: enough to show a pattern, bounded. */
    static final int IDS_PER_KIND = 3;

    /** What one care team holds, as one of its clinicians lists it. */
    record Team(
            List<String> patients,
            List<String> flags,
            List<String> threads,
            List<String> messages,
            List<String> courses) {

        List<String> ids(String kind) {
            return switch (kind) {
                case "patients" -> patients;
                case "flags" -> flags;
                case "threads" -> threads;
                case "messages" -> messages;
                case "courses" -> courses;
                default -> throw new IllegalArgumentException(kind);
            };
        }

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(patients);
            all.addAll(flags);
            all.addAll(threads);
            all.addAll(messages);
            all.addAll(courses);
            return all;
        }
    }

    /** A patient's treatment plan as the care team reads it: goal ids (TEXT goals first), homework ids, version (null: no plan). */
    record Plan(List<String> goals, List<String> homework, Long version) {}

    /** What one patient holds, as the patient lists it. */
    record Patient(
            String username,
            String id,
            String timeZone,
            List<String> threads,
            List<String> messages,
            List<String> courses,
            LocalDate paperDay,
            Plan plan) {

        LocalDate today() {
            return LocalDate.now(ZoneId.of(timeZone));
        }
    }

    final Team teamA;
    final Team teamB;
    final Map<String, Patient> patients = new LinkedHashMap<>();

    private Fixtures(Team teamA, Team teamB) {
        this.teamA = teamA;
        this.teamB = teamB;
    }

    static Fixtures discover(Http http) throws IOException, InterruptedException {
        startThread(http, "alex", "dr.rivera");
        startThread(http, "blair", "dr.rivera");
        startThread(http, "casey", "dr.chen");
        Map<String, String> ids = new LinkedHashMap<>();
        for (String p : concat(TEAM_A_PATIENTS, TEAM_B_PATIENTS)) {
            ids.put(p, (String) Http.object(http.read("/portal/api/me", p)).get("id"));
        }
        recordCourse(http, ids.get("alex"), "dr.rivera");
        recordCourse(http, ids.get("blair"), "dr.rivera");
        recordCourse(http, ids.get("casey"), "dr.chen");
        savePlan(http, ids.get("alex"), "dr.rivera");
        savePlan(http, ids.get("blair"), "dr.rivera");
        savePlan(http, ids.get("casey"), "dr.chen");
        Fixtures f = new Fixtures(team(http, "dr.rivera"), team(http, "dr.chen"));
        for (String p : concat(TEAM_A_PATIENTS, TEAM_B_PATIENTS)) {
            f.patients.put(p, patient(http, p, TEAM_A_PATIENTS.contains(p) ? "dr.rivera" : "dr.chen"));
        }
        return f;
    }

    Team teamOf(String clinician) {
        return TEAM_A_CLINICIANS.contains(clinician) ? teamA : teamB;
    }

    Team otherTeam(String clinician) {
        return TEAM_A_CLINICIANS.contains(clinician) ? teamB : teamA;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void startThread(Http http, String patient, String clinician)
            throws IOException, InterruptedException {
        HttpResponse<String> started = http.send(
                "POST",
                "/portal/api/threads",
                http.token(patient),
                "{\"subject\": \"Security campaign\", \"body\": \"A thread the campaign attacks.\", \"idempotencyKey\": \"campaign-"
                        + patient + "\"}");
        if (started.statusCode() != 201 && started.statusCode() != 200) {
            throw new IllegalStateException(
                    patient + " could not start a thread: " + started.statusCode() + " " + started.body());
        }
        String thread = (String) Http.object(started.body()).get("threadId");
        HttpResponse<String> reply = http.send(
                "POST",
                "/clinician/api/threads/" + thread + "/messages",
                http.token(clinician),
                "{\"body\": \"A reply the campaign attacks.\", \"idempotencyKey\": \"campaign-reply-" + patient
                        + "\"}");
        if (reply.statusCode() != 201 && reply.statusCode() != 200) {
            throw new IllegalStateException(clinician + " could not reply: " + reply.statusCode() + " " + reply.body());
        }
    }

    /** A sertraline course started 30 days ago, recorded by the patient's clinician through the API. */
    private static void recordCourse(Http http, String patientId, String clinician)
            throws IOException, InterruptedException {
        LocalDate startedOn = LocalDate.now(ZoneId.of("UTC")).minusDays(30);
        HttpResponse<String> recorded = http.send(
                "POST",
                "/clinician/api/patients/" + patientId + "/medications",
                http.token(clinician),
                "{\"rxnorm\": \"36437\", \"name\": \"sertraline\", \"dose\": 50, \"unit\": \"mg\","
                        + " \"frequency\": \"daily\", \"startedOn\": \"" + startedOn
                        + "\", \"prescriber\": \"Security campaign\"}");
        if (recorded.statusCode() != 201) {
            throw new IllegalStateException(
                    clinician + " could not record a course: " + recorded.statusCode() + " " + recorded.body());
        }
    }

    /**
     * Saves the patient's plan through the API (a TEXT goal first, a PHQ-9 goal, an intervention, a
     * homework item), from the version the clinician reads, twice: revisions 1 and 2 always exist.
     * A 503 (the database away for a moment, nothing saved or not confirmed) is read and tried again,
     * at most three times, as the answer asks.
     */
    private static void savePlan(Http http, String patientId, String clinician)
            throws IOException, InterruptedException {
        String path = "/clinician/api/patients/" + patientId + "/plan";
        int saves = 0;
        for (int attempt = 0; saves < 2; attempt++) {
            HttpResponse<String> current = http.send("GET", path, http.token(clinician), (byte[]) null);
            Long version = current.statusCode() == 200
                    ? ((Number) Http.object(current.body()).get("version")).longValue()
                    : null;
            HttpResponse<String> saved = current.statusCode() == 503
                    ? current
                    : http.send(
                            "PUT",
                            path,
                            http.token(clinician),
                            ValidBodies.plan(LocalDate.now(ZoneId.of("UTC")), version));
            if (saved.statusCode() == 201 || saved.statusCode() == 200) {
                saves++;
            } else if (saved.statusCode() != 503 || attempt >= 3) {
                throw new IllegalStateException(
                        clinician + " could not save a plan: " + saved.statusCode() + " " + saved.body());
            } else {
                Thread.sleep(2000);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Plan plan(Http http, String patientId, String clinician) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                "GET", "/clinician/api/patients/" + patientId + "/plan", http.token(clinician), (byte[]) null);
        if (answer.statusCode() == 404) {
            return new Plan(List.of(), List.of(), null);
        }
        Map<String, Object> plan = Http.object(answer.body());
        List<String> goals = new ArrayList<>();
        for (Object o : (List<Object>) plan.get("goals")) {
            Map<String, Object> goal = (Map<String, Object>) o;
            goals.add("TEXT".equals(goal.get("kind")) ? 0 : goals.size(), (String) goal.get("id"));
        }
        List<String> homework = new ArrayList<>();
        for (Object o : (List<Object>) plan.get("homework")) {
            homework.add((String) ((Map<String, Object>) o).get("id"));
        }
        return new Plan(goals, homework, ((Number) plan.get("version")).longValue());
    }

    @SuppressWarnings("unchecked")
    private static List<String> courses(Http http, String patientId, String clinician)
            throws IOException, InterruptedException {
        List<String> courses = new ArrayList<>();
        for (Object o : (List<Object>)
                Http.array(http.read("/clinician/api/patients/" + patientId + "/medications", clinician))) {
            Map<String, Object> course = (Map<String, Object>) o;
            if (!Boolean.TRUE.equals(course.get("enteredInError"))) {
                add(courses, (String) course.get("id"));
            }
        }
        return courses;
    }

    /** A day 3 to 89 days back without an entry of the patient's (a day typed in from paper may be typed again). */
    @SuppressWarnings("unchecked")
    private static LocalDate paperDay(Http http, String patientId, LocalDate today, String clinician)
            throws IOException, InterruptedException {
        Set<String> written = new java.util.HashSet<>();
        for (Object o : (List<Object>) Http.array(http.read(
                "/clinician/api/patients/" + patientId + "/journal?from=" + today.minusDays(89) + "&to="
                        + today.minusDays(3),
                clinician))) {
            Map<String, Object> day = (Map<String, Object>) o;
            if (day.get("enteredBy") == null) {
                written.add((String) day.get("date"));
            }
        }
        for (LocalDate d = today.minusDays(3); !d.isBefore(today.minusDays(89)); d = d.minusDays(1)) {
            if (!written.contains(d.toString())) {
                return d;
            }
        }
        throw new IllegalStateException("the demo data left no paper-diary day for " + patientId);
    }

    @SuppressWarnings("unchecked")
    private static Team team(Http http, String clinician) throws IOException, InterruptedException {
        List<String> patients = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (Object o : (List<Object>) Http.object(http.read("/clinician/api/caseload?size=100", clinician))
                .get("items")) {
            Map<String, Object> row = (Map<String, Object>) o;
            add(patients, (String) row.get("patientId"));
            for (Object flag : (List<Object>) row.getOrDefault("flags", List.of())) {
                add(flags, (String) ((Map<String, Object>) flag).get("id"));
            }
        }
        List<String> threads = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Object o : (List<Object>) Http.object(http.read("/clinician/api/threads?size=100", clinician))
                .get("items")) {
            String thread = (String) ((Map<String, Object>) o).get("id");
            if (add(threads, thread)) {
                Map<String, Object> view = Http.object(http.read("/clinician/api/threads/" + thread, clinician));
                for (Object m : (List<Object>) view.get("messages")) {
                    add(messages, (String) ((Map<String, Object>) m).get("id"));
                }
            }
        }
        require(clinician, "patients", patients);
        require(clinician, "flags", flags);
        require(clinician, "threads", threads);
        require(clinician, "messages", messages);
        List<String> courses = new ArrayList<>();
        for (String patient : patients) {
            for (String course : courses(http, patient, clinician)) {
                add(courses, course);
            }
        }
        require(clinician, "courses", courses);
        return new Team(patients, flags, threads, messages, courses);
    }

    @SuppressWarnings("unchecked")
    private static Patient patient(Http http, String username, String clinician)
            throws IOException, InterruptedException {
        Map<String, Object> me = Http.object(http.read("/portal/api/me", username));
        List<String> threads = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Object o : (List<Object>)
                Http.object(http.read("/portal/api/threads?size=100", username)).get("items")) {
            String thread = (String) ((Map<String, Object>) o).get("id");
            if (add(threads, thread)) {
                for (Object m : (List<Object>) Http.object(http.read("/portal/api/threads/" + thread, username))
                        .get("messages")) {
                    add(messages, (String) ((Map<String, Object>) m).get("id"));
                }
            }
        }
        String id = (String) me.get("id");
        String zone = (String) me.get("timeZone");
        return new Patient(
                username,
                id,
                zone,
                threads,
                messages,
                courses(http, id, clinician),
                paperDay(http, id, LocalDate.now(ZoneId.of(zone)), clinician),
                plan(http, id, clinician));
    }

    private static boolean add(List<String> ids, String id) {
        if (id != null && ids.size() < IDS_PER_KIND && !ids.contains(id)) {
            ids.add(id);
            return true;
        }
        return false;
    }

    private static void require(String who, String kind, List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalStateException("the demo data gave " + who + " no " + kind + " to attack with");
        }
    }
}
