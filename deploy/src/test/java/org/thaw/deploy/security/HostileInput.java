package org.thaw.deploy.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thaw.deploy.security.Fixtures.Patient;
import org.thaw.deploy.security.OpenApi.Operation;

/**
 * Hostile input over every writable field: each member of every request body schema in the OpenAPI
 * documents, spoilt one at a time inside an otherwise valid body, the body as a whole, and every
 * path and query parameter. Each case must answer a 4xx problem+json naming the field (or {@code
 * body}; a malformed record id is "not found", like another party's record; a plan's {@code
 * version} that is a whole number but not the current one is the 409 conflict naming it), never
 * 5xx, and what the fuzzed patient (blair) and her care team (dr.rivera) read back must be
 * unchanged. A member inside a list is named by its path ({@code goals[0].kind}).
 */
final class HostileInput {

    static final String READ_BACK = "fuzz: data read back unchanged";
    private static final String HUGE = "x".repeat(300_000);
    private static final Set<String> DATE_FIELDS =
            Set.of("date", "dueOn", "startedOn", "stoppedOn", "on", "since", "reviewOn", "nextReviewOn", "day");
    /** Members whose well-formed but wrong value is a conflict (409 naming the member), not a refusal: a plan's version. */
    private static final Set<String> CONFLICT_FIELDS = Set.of("version");

    private static final Set<String> ID_FIELDS = Set.of("patientId", "courseId");
    private static final Set<String> CODE_FIELDS =
            Set.of("functioningImpact", "clinician", "medicationAffectsFeeling", "rxnorm", "unit", "frequency");

    /** One hostile request: the category it counts under, the body (null: none), and who may be named. */
    private record Case(
            String category, String label, String path, byte[] body, Set<String> fields, boolean idNotFound) {}

    private final Http http;
    private final Fixtures f;
    private final Tally tally;
    private final Patient blair;
    private final String clinician = "dr.rivera";

    HostileInput(Http http, Fixtures fixtures, Tally tally) {
        this.http = http;
        this.f = fixtures;
        this.tally = tally;
        this.blair = fixtures.patients.get("blair");
    }

    void run(List<Operation> operations) throws IOException, InterruptedException {
        for (Operation op : operations) {
            String caller = op.app().equals("portal") ? "blair" : op.adminOnly() ? Fixtures.ADMIN : clinician;
            Map<String, String> ids = ids(op);
            List<Case> cases = new ArrayList<>();
            Map<String, String> valid = op.hasBody() ? ValidBodies.members(op, f, blair.id()) : null;
            if (op.hasBody() && valid == null) {
                tally.record(
                        "fuzz: operations with a known valid body", op.key() + " has no valid body in ValidBodies");
                continue;
            }
            if (op.hasBody()) {
                tally.record("fuzz: operations with a known valid body", null);
                bodyCases(op, op.fill(ids), valid, cases);
            }
            parameterCases(op, ids, valid, cases);
            String before = op.method().equals("GET") ? null : snapshot();
            for (Case c : cases) {
                HttpResponse<String> answer;
                try {
                    answer = http.send(op.method(), c.path(), http.token(caller), c.body());
                } catch (java.io.IOException noAnswer) {
                    tally.record(c.category(), op.key() + " " + c.label() + ": no answer (" + noAnswer + ")");
                    continue;
                }
                String wrong = judge(op, c, answer);
                if (wrong != null && ContainerLimits.malformedPathRefused(c.path(), answer)) {
                    tally.known(c.category(), op.key() + " " + c.label(), ContainerLimits.MALFORMED_PATH);
                } else {
                    tally.record(c.category(), wrong);
                }
                if (before != null) {
                    String after = snapshot();
                    tally.record(
                            READ_BACK,
                            after.equals(before)
                                    ? null
                                    : op.key() + " " + c.label() + " (answered " + answer.statusCode()
                                            + ") changed what is read back: " + firstDifference(before, after));
                    before = after;
                }
            }
        }
    }

    /**
     * The fuzzed party's records: blair's journal day, screeners, due list, threads, plan; her care
     * team's view, her medication courses (with dose changes, notes, revisions), side-effect
     * reports, her paper-diary day, her plan (with check-offs and reviews) and its revisions.
     */
    private String snapshot() throws IOException, InterruptedException {
        String today = blair.today().toString();
        String flagPatient = f.teamA.patients().get(0);
        return String.join(
                "\n--\n",
                http.read("/portal/api/journal?from=" + today + "&to=" + today, "blair"),
                http.read("/portal/api/screeners/responses", "blair"),
                http.read("/portal/api/screeners/due", "blair"),
                http.read("/portal/api/threads?size=100", "blair"),
                http.read("/clinician/api/patients/" + blair.id() + "/flags", clinician),
                http.read("/clinician/api/patients/" + flagPatient + "/flags", clinician),
                http.read("/clinician/api/patients/" + blair.id() + "/screeners", clinician),
                http.read("/clinician/api/threads?size=100", clinician),
                http.read("/clinician/api/threads/" + blair.threads().get(0), clinician),
                http.read("/clinician/api/patients/" + blair.id() + "/medications", clinician),
                http.read("/clinician/api/patients/" + blair.id() + "/side-effects", clinician),
                http.read(
                        "/clinician/api/patients/" + blair.id() + "/journal?from=" + blair.paperDay() + "&to="
                                + blair.paperDay(),
                        clinician),
                http.read("/portal/api/plan", "blair"),
                http.read("/clinician/api/patients/" + blair.id() + "/plan", clinician),
                http.read("/clinician/api/patients/" + blair.id() + "/plan/revisions?size=100", clinician));
    }

    private Map<String, String> ids(Operation op) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String p : op.pathParams()) {
            ids.put(
                    p,
                    switch (p) {
                        case "date" -> IsolationSweep.date(op, blair);
                        case "code" -> "GAD-7";
                        case "courseId" -> blair.courses().get(0);
                        case "goalId" -> blair.plan().goals().get(0);
                        case "number" -> "1";
                        case "patientId" -> blair.id();
                        default ->
                            switch (IsolationSweep.kind(op)) {
                                case "patients" -> blair.id();
                                case "homework" -> blair.plan().homework().get(0);
                                case "threads" -> blair.threads().get(0);
                                case "messages" -> blair.messages().get(0);
                                case "flags" -> f.teamA.flags().get(0);
                                default -> throw new IllegalStateException("no id for " + op.key());
                            };
                    });
        }
        return ids;
    }

    private String judge(Operation op, Case c, HttpResponse<String> answer) {
        String where = op.key() + " " + c.label() + ": ";
        int status = answer.statusCode();
        if (status >= 500) {
            return where + status + " " + Http.abbreviate(answer.body());
        }
        if (status < 400) {
            return where + "accepted (" + status + ") " + Http.abbreviate(answer.body());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return where + status + " not a problem (" + type + ") " + Http.abbreviate(answer.body());
        }
        if (status == 404 && c.idNotFound()) {
            return null;
        }
        boolean conflict = status == 409 && c.fields().stream().anyMatch(CONFLICT_FIELDS::contains);
        if (status != 400 && !conflict) {
            return where + status + " " + Http.abbreviate(answer.body());
        }
        Object errors = Http.object(answer.body()).get("errors");
        if (errors instanceof List<?> list) {
            for (Object e : list) {
                Object field = ((Map<?, ?>) e).get("field");
                for (String expected : c.fields()) {
                    if (expected.equals(field)
                            || (field instanceof String s
                                    && (s.startsWith(expected + ".") || s.startsWith(expected + "[")))) {
                        return null;
                    }
                }
            }
        }
        return where + status + " does not name " + c.fields() + ": " + Http.abbreviate(answer.body());
    }

    // ---- bodies ----

    private void bodyCases(Operation op, String path, Map<String, String> valid, List<Case> cases) {
        for (Map.Entry<String, Map<String, Object>> field : op.bodyFields().entrySet()) {
            String name = field.getKey();
            for (String[] v : fieldValues(op, name, field.getValue())) {
                Map<String, String> spoilt = new LinkedHashMap<>(valid);
                spoilt.put(name, v[1]);
                cases.add(new Case(
                        v[0],
                        name + "="
                                + Http.abbreviate(v[1])
                                        .substring(
                                                0,
                                                Math.min(
                                                        40,
                                                        Http.abbreviate(v[1]).length())),
                        path,
                        utf8(ValidBodies.render(spoilt)),
                        named(name),
                        ID_FIELDS.contains(name)));
            }
            // the same member twice
            Map<String, String> once = new LinkedHashMap<>(valid);
            once.putIfAbsent(name, "null");
            String single = ValidBodies.render(once);
            String dup =
                    single.substring(0, single.length() - 1) + ", " + Http.quote(name) + ": " + once.get(name) + "}";
            cases.add(new Case("fuzz: duplicate keys", name + " twice", path, utf8(dup), Set.of(name), false));
        }
        String body = ValidBodies.render(valid);
        String firstText = firstTextMember(op, valid);
        Set<String> bodyOnly = Set.of("body");
        // invalid UTF-8 inside a text member
        for (byte[] bad : new byte[][] {
            {(byte) 0xE9},
            {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        }) {
            Map<String, String> m = new LinkedHashMap<>(valid);
            m.put(firstText, "\"caf@\"");
            String json = ValidBodies.render(m);
            int at = json.indexOf("caf@") + 3;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] before = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] after = json.substring(at + 1).getBytes(StandardCharsets.UTF_8);
            out.write(before, 0, before.length);
            out.write(bad, 0, bad.length);
            out.write(after, 0, after.length);
            cases.add(new Case(
                    "fuzz: invalid UTF-8",
                    "bytes " + hex(bad) + " in " + firstText,
                    path,
                    out.toByteArray(),
                    bodyOnly,
                    false));
        }
        for (String tail : List.of(" x", " " + body, "]", "}", ",", " null", " //", "\u0000")) {
            cases.add(new Case(
                    "fuzz: trailing garbage",
                    "then " + Http.quote(tail.trim()),
                    path,
                    utf8(body + tail),
                    bodyOnly,
                    false));
        }
        for (String other : List.of("[]", "null", "1", "\"text\"", "true", "[" + body + "]", "numbness=5", "{", "")) {
            if (other.isEmpty()) {
                continue; // an empty body is "left out", answered per operation: not a hostile shape
            }
            cases.add(new Case("fuzz: non-object bodies", Http.quote(other), path, utf8(other), bodyOnly, false));
        }
        cases.add(new Case(
                "fuzz: deep nesting",
                "600 arrays in " + firstText,
                path,
                utf8("{" + Http.quote(firstText) + ": " + "[".repeat(600) + "]".repeat(600) + "}"),
                bodyOnly,
                false));
        cases.add(new Case(
                "fuzz: deep nesting",
                "17 arrays in " + firstText,
                path,
                utf8("{" + Http.quote(firstText) + ": " + "[".repeat(17) + "]".repeat(17) + "}"),
                bodyOnly,
                false));
        cases.add(new Case(
                "fuzz: deep nesting",
                "200 objects",
                path,
                utf8("{\"a\": ".repeat(200) + "1" + "}".repeat(200)),
                Set.of("body", "a"),
                false));
        cases.add(new Case(
                "fuzz: deep nesting",
                "10,000 arrays",
                path,
                utf8("[".repeat(10_000) + "]".repeat(10_000)),
                bodyOnly,
                false));
        for (String unknown :
                List.of("zzz", "__proto__", "id", "patientId", "author", "createdAt", firstText + " ", "")) {
            if (op.bodyFields().containsKey(unknown)) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>(valid);
            m.put(
                    unknown,
                    unknown.equals("patientId")
                            ? Http.quote(f.patients.get("casey").id())
                            : "1");
            cases.add(new Case(
                    "fuzz: unknown members",
                    Http.quote(unknown),
                    path,
                    utf8(ValidBodies.render(m)),
                    named(unknown),
                    false));
        }
    }

    private String firstTextMember(Operation op, Map<String, String> valid) {
        for (Map.Entry<String, Map<String, Object>> e : op.bodyFields().entrySet()) {
            if ("string".equals(e.getValue().get("type"))) {
                return e.getKey();
            }
        }
        return op.bodyFields().keySet().iterator().next();
    }

    /** {category, JSON literal} pairs for one member, by its schema type. */
    private List<String[]> fieldValues(Operation op, String name, Map<String, Object> schema) {
        List<String[]> v = new ArrayList<>();
        Object type = schema.get("type");
        String wrong = "fuzz: wrong JSON types";
        if ("integer".equals(type)) {
            for (String s : List.of(
                    "4294967301",
                    "2147483648",
                    "-2147483649",
                    "99999999999999999999999",
                    "7.9",
                    "7.0",
                    "1e1",
                    "7E0",
                    "-0.5",
                    "\"7\"",
                    "\"0x10\"")) {
                v.add(new String[] {"fuzz: integers (range, fraction, exponent, as text)", s});
            }
            for (String s : List.of("true", "[]", "{}", "[7]")) {
                v.add(new String[] {wrong, s});
            }
        } else if ("number".equals(type)) {
            // a dose is any number above 0; sleep hours end at 24
            List<String> out = name.equals("dose")
                    ? List.of("1e400", "-1e400", "-1", "0", "-0.0", "\"50\"")
                    : List.of("1e400", "-1e400", "-1", "25", "\"6.5\"");
            for (String s : out) {
                v.add(new String[] {"fuzz: integers (range, fraction, exponent, as text)", s});
            }
            for (String s : List.of("true", "[]", "{}")) {
                v.add(new String[] {wrong, s});
            }
        } else if ("boolean".equals(type)) {
            for (String s : List.of("\"true\"", "\"false\"", "\"yes\"", "1", "0", "\"1\"")) {
                v.add(new String[] {"fuzz: booleans as text or numbers", s});
            }
            for (String s : List.of("[]", "{}", "0.5")) {
                v.add(new String[] {wrong, s});
            }
        } else if ("array".equals(type)) {
            for (String s : List.of("\"sad\"", "[1]", "[true]", "[[\"sad\"]]", "[{}]", "{}", "[\"not-a-code\"]")) {
                v.add(new String[] {wrong, s});
            }
            v.add(new String[] {"fuzz: NUL", "[\"sad\\u0000\"]"});
            v.add(new String[] {"fuzz: half surrogates", "[\"\\ud800\"]"});
            v.add(new String[] {"fuzz: huge strings", "[\"" + HUGE + "\"]"});
        } else if ("string".equals(type)) {
            v.add(new String[] {"fuzz: NUL", "\"a\\u0000b\""});
            v.add(new String[] {"fuzz: NUL", "\"\\u0000\""});
            v.add(new String[] {"fuzz: half surrogates", "\"\\ud800\""});
            v.add(new String[] {"fuzz: half surrogates", "\"x\\udfffy\""});
            v.add(new String[] {"fuzz: half surrogates", "\"\\udc00\\ud800\""});
            for (String s : List.of("5", "true", "[]", "{}", "[\"a\"]", "1.5")) {
                v.add(new String[] {wrong, s});
            }
            v.add(new String[] {"fuzz: huge strings", "\"" + HUGE + "\""});
            if (DATE_FIELDS.contains(name)) {
                for (String s : List.of(
                        "+999999999-12-31",
                        "-999999999-01-01",
                        "+10000-01-01",
                        "2026-02-30",
                        "0000-00-00",
                        "31/12/2026")) {
                    v.add(new String[] {"fuzz: extreme or malformed dates", Http.quote(s)});
                }
            }
            if (CODE_FIELDS.contains(name)
                    || (name.equals("instrument") && !op.path().endsWith("external-scores"))
                    || name.equals("flagId")
                    || ID_FIELDS.contains(name)) {
                for (String s : List.of("NOT_A_CODE", "' OR 1=1 --", "../../etc/passwd")) {
                    v.add(new String[] {"fuzz: unknown codes and ids", Http.quote(s)});
                }
            }
        } else if (name.equals("answers")) {
            for (String s : List.of("[]", "\"x\"", "1", "true")) {
                v.add(new String[] {wrong, s});
            }
            for (String s : List.of("2.5", "2.0", "1e0", "4294967301", "\"2\"", "-1", "99")) {
                v.add(new String[] {"fuzz: integers (range, fraction, exponent, as text)", ValidBodies.gad7(s)});
            }
            for (String s : List.of("true", "[0]", "{}")) {
                v.add(new String[] {wrong, ValidBodies.gad7(s)});
            }
            v.add(new String[] {"fuzz: NUL", ValidBodies.gad7("\"\\u0000\"")});
            v.add(new String[] {"fuzz: half surrogates", ValidBodies.gad7("\"\\ud800\"")});
            v.add(new String[] {"fuzz: huge strings", ValidBodies.gad7("\"" + HUGE + "\"")});
            v.add(new String[] {"fuzz: unknown members", ValidBodies.gad7("0").replace("}", ", \"gad7-99\": 0}")});
        } else {
            // an untyped member (a screener's version: a string or an integer)
            for (String s : List.of("1.5", "1e0", "true", "[]", "{}", "\"999\"")) {
                v.add(new String[] {wrong, s});
            }
            v.add(new String[] {"fuzz: integers (range, fraction, exponent, as text)", "4294967301"});
            v.add(new String[] {"fuzz: NUL", "\"\\u0000\""});
            v.add(new String[] {"fuzz: half surrogates", "\"\\ud800\""});
            v.add(new String[] {"fuzz: huge strings", "\"" + HUGE + "\""});
        }
        return v;
    }

    // ---- path and query parameters ----

    private void parameterCases(Operation op, Map<String, String> ids, Map<String, String> valid, List<Case> cases) {
        byte[] body = valid == null ? null : utf8(ValidBodies.render(valid));
        String category = "fuzz: path and query parameters";
        String longText = "x".repeat(5000);
        for (String p : op.pathParams()) {
            List<String> values =
                    switch (p) {
                        case "date" ->
                            List.of(
                                    "2026-13-01",
                                    "%2B999999999-12-31",
                                    "-999999999-01-01",
                                    "yesterday",
                                    "%00",
                                    "2000-01-01",
                                    longText,
                                    "%ED%A0%80");
                        case "code" -> List.of("NOPE", "%00", "%27%20OR%201%3D1--", longText, "%ED%A0%80", "..");
                        default ->
                            List.of(
                                    "not-an-id",
                                    "%00",
                                    "%27%20OR%201%3D1--",
                                    "00000000-0000-0000-0000-000000000000",
                                    longText,
                                    "%ED%A0%80",
                                    "%C0%AF",
                                    ids.get(p) + "%00",
                                    ids.get(p) + "x");
                    };
            StringBuilder required = new StringBuilder();
            IsolationSweep.requiredQuery(op).forEach((name, value) -> required.append(required.isEmpty() ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(value));
            for (String value : values) {
                Map<String, String> spoilt = new LinkedHashMap<>(ids);
                spoilt.put(p, value);
                cases.add(new Case(
                        category,
                        "{" + p + "}=" + Http.abbreviate(value).substring(0, Math.min(30, value.length())),
                        op.fill(spoilt) + required,
                        body,
                        Set.of(p),
                        !p.equals("date")));
            }
        }
        for (String q : op.queryParams()) {
            List<String> values =
                    switch (q) {
                        case "from", "to" ->
                            List.of("%2B999999999-12-31", "-999999999-01-01", "2026-02-30", "x", "%00", longText);
                        case "page", "size" -> List.of("4294967301", "1.5", "1e2", "abc", "%00", "0x10", longText);
                        default -> List.of("NOPE", "%00", "%27%20OR%201%3D1--", longText, "%ED%A0%80");
                    };
            StringBuilder others = new StringBuilder();
            IsolationSweep.requiredQuery(op).forEach((name, value) -> {
                if (!name.equals(q)) {
                    others.append('&').append(name).append('=').append(value);
                }
            });
            for (String value : values) {
                cases.add(new Case(
                        category,
                        q + "=" + value.substring(0, Math.min(30, value.length())),
                        op.fill(ids) + "?" + q + "=" + value + others,
                        body,
                        Set.of(q),
                        false));
            }
        }
    }

    private static String firstDifference(String before, String after) {
        int i = 0;
        while (i < before.length() && i < after.length() && before.charAt(i) == after.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "was ..." + Http.abbreviate(before.substring(from, Math.min(before.length(), i + 60))) + " now ..."
                + Http.abbreviate(after.substring(from, Math.min(after.length(), i + 60)));
    }

    /** The member, or the body as a whole. */
    private static Set<String> named(String member) {
        return member.equals("body") ? Set.of("body") : Set.of(member, "body");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }
}
