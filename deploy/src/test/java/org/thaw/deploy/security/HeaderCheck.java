package org.thaw.deploy.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thaw.deploy.security.OpenApi.Operation;

/**
 * The headers of every route: every operation of both documents (with its right caller, and with
 * none), the pages signed out and signed in (as alex and dr.rivera, through the real Keycloak
 * sign-in), the error pages and static resources. Each answer: a Content-Security-Policy with
 * {@code frame-ancestors 'none'}, {@code X-Content-Type-Options: nosniff}, no Server banner naming
 * Payara, no X-Powered-By; every answer but a static file also {@code Cache-Control: no-store}.
 */
final class HeaderCheck {

    static final String API = "headers: API operations";
    static final String PAGES = "headers: pages, errors, static";
    private static final Pattern RESOURCE =
            Pattern.compile("(?:src|href)=\"(/(?:portal|clinician)/jakarta\\.faces\\.resource/[^\"]+)\"");

    private final Http http;
    private final Fixtures f;
    private final Tally tally;
    private final String issuer;

    HeaderCheck(Http http, Fixtures fixtures, Tally tally, String issuer) {
        this.http = http;
        this.f = fixtures;
        this.tally = tally;
        this.issuer = issuer;
    }

    void run(List<Operation> operations) throws IOException, InterruptedException {
        for (Operation op : operations) {
            boolean portal = op.app().equals("portal");
            String caller = portal ? "alex" : "dr.rivera";
            Map<String, String> ids = new LinkedHashMap<>();
            for (String p : op.pathParams()) {
                ids.put(
                        p,
                        switch (p) {
                            case "date" -> f.patients.get("alex").today().toString();
                            case "code" -> "GAD-7";
                            default ->
                                op.method().equals("GET")
                                        ? (portal
                                                ? f.patients
                                                        .get("alex")
                                                        .threads()
                                                        .get(0)
                                                : f.teamA
                                                        .ids(IsolationSweep.kind(op))
                                                        .get(0))
                                        : UUID.randomUUID().toString();
                        });
            }
            String path = op.fill(ids);
            // a write is answered without changing anything: an unknown record (404), or a body that is not an object
            // (400)
            String body = op.method().equals("GET") ? null : "[]";
            judge(API, op.key() + " as " + caller, http.send(op.method(), path, http.token(caller), body), false);
            judge(API, op.key() + " without a token", http.send(op.method(), path, null, body), false);
        }
        for (String app : List.of("portal", "clinician")) {
            judge(
                    PAGES,
                    "/" + app + "/openapi/openapi.json",
                    http.send("GET", "/" + app + "/openapi/openapi.json", null, (byte[]) null),
                    true);
        }
        for (String path : List.of(
                "/portal/",
                "/portal/help.xhtml",
                "/portal/journal.xhtml",
                "/clinician/",
                "/clinician/chart.xhtml",
                "/portal/no-such-page.xhtml",
                "/clinician/no-such-page.xhtml",
                "/portal/errors/not-found.xhtml",
                "/portal/errors/oops.xhtml",
                "/clinician/errors/forbidden.xhtml",
                "/portal/logout",
                "/no-such-app/",
                "/portal/api/instruments/%00",
                "/clinician/api/threads/%ED%A0%80")) {
            HttpResponse<String> answer = http.send("GET", path, null, (byte[]) null);
            if (ContainerLimits.malformedPathRefused(path, answer)) {
                tally.known(PAGES, path + " signed out", ContainerLimits.MALFORMED_PATH);
            } else {
                judge(PAGES, path + " signed out", answer, false);
            }
        }
        String alexThread = f.patients.get("alex").threads().get(0);
        String caseyThread = f.patients.get("casey").threads().get(0);
        signedIn(
                "alex",
                "/portal/",
                List.of(
                        "/portal/",
                        "/portal/journal.xhtml",
                        "/portal/results.xhtml",
                        "/portal/screeners.xhtml",
                        "/portal/messages.xhtml",
                        "/portal/thread.xhtml?id=" + alexThread,
                        "/portal/help.xhtml",
                        "/portal/thread.xhtml?id=" + caseyThread,
                        "/portal/no-such-page.xhtml"));
        String alex = f.patients.get("alex").id();
        String casey = f.patients.get("casey").id();
        signedIn(
                "dr.rivera",
                "/clinician/",
                List.of(
                        "/clinician/",
                        "/clinician/chart.xhtml?patient=" + alex,
                        "/clinician/inbox.xhtml",
                        "/clinician/thread.xhtml?id=" + alexThread,
                        "/clinician/settings.xhtml",
                        "/clinician/care-teams.xhtml",
                        "/clinician/audit.xhtml",
                        "/clinician/invite.xhtml",
                        "/clinician/clinicians.xhtml",
                        "/clinician/chart.xhtml?patient=" + casey,
                        "/clinician/no-such-page.xhtml"));
        signedIn(
                Fixtures.ADMIN,
                "/clinician/",
                List.of(
                        "/clinician/care-teams.xhtml",
                        "/clinician/audit.xhtml",
                        "/clinician/clinicians.xhtml",
                        "/clinician/invite.xhtml",
                        "/clinician/chart.xhtml?patient=" + alex));
    }

    /** Signs in through Keycloak's form like a browser, then reads each page and the first static resources it names. */
    private void signedIn(String user, String start, List<String> pages) throws IOException, InterruptedException {
        BrowserSession browser;
        try {
            browser = BrowserSession.signIn(http, issuer, user, start);
        } catch (IllegalStateException failed) {
            tally.record(PAGES, failed.getMessage());
            return;
        }
        List<String> resources = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> answer = browser.get(page);
            judge(PAGES, page + " as " + user, answer, false);
            if (answer.statusCode() == 200 && !answer.body().contains("kc-form-login")) {
                Matcher m = RESOURCE.matcher(answer.body());
                while (m.find() && resources.size() < 3) {
                    String r = m.group(1).replace("&amp;", "&");
                    if (!resources.contains(r)) {
                        resources.add(r);
                    }
                }
            } else if (answer.statusCode() == 302 || answer.statusCode() == 303) {
                tally.record(
                        PAGES,
                        page + " as " + user + ": sent to sign in again ("
                                + answer.headers().firstValue("Location").orElse("") + ")");
            }
        }
        for (String r : resources) {
            judge(PAGES, r + " (static)", browser.get(r), true);
        }
    }

    private void judge(String category, String what, HttpResponse<String> answer, boolean isStatic) {
        List<String> wrong = new ArrayList<>();
        String csp = String.join(" ; ", answer.headers().allValues("Content-Security-Policy"));
        if (!csp.contains("frame-ancestors 'none'")) {
            wrong.add("no CSP frame-ancestors 'none' [" + csp + "]");
        }
        if (!answer.headers().firstValue("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff")) {
            wrong.add("no nosniff");
        }
        String server = String.join(" ", answer.headers().allValues("Server"));
        if (server.toLowerCase().contains("payara")
                || server.toLowerCase().contains("glassfish")
                || server.toLowerCase().contains("grizzly")) {
            wrong.add("Server: " + server);
        }
        if (!answer.headers().allValues("X-Powered-By").isEmpty()) {
            wrong.add("X-Powered-By: " + answer.headers().allValues("X-Powered-By"));
        }
        String cache = String.join(", ", answer.headers().allValues("Cache-Control"));
        if (!isStatic && !cache.contains("no-store")) {
            wrong.add("Cache-Control [" + cache + "]");
        }
        tally.record(
                category,
                wrong.isEmpty() ? null : what + " (" + answer.statusCode() + "): " + String.join("; ", wrong));
    }
}
