package org.thaw.deploy.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.thaw.deploy.Stack;

/**
 * Keycloak stopped (test plan row 17). Before: tokens granted to alex and dr.rivera, and alex
 * signed in through a browser. With Keycloak stopped:
 *
 * <ul>
 *   <li>their bearer tokens keep working on both APIs (the apps kept the realm's keys), and a
 *       forged or missing token is still refused (never access without Keycloak's word);
 *   <li>alex's signed-in browser session keeps working;
 *   <li>a browser with no session that opens a page gets Thaw's own 503 page within 5 s: sign-in is
 *       unavailable, try again in a few minutes, the crisis resources (and on the portal the link to
 *       the help page), with the security headers; never a redirect to the dead sign-in server and
 *       never the page itself.
 * </ul>
 *
 * Then Keycloak starts again and a new visitor is sent to sign in as before.
 */
final class KeycloakOutage {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");

    static final String TOKENS = "keycloak stopped: valid tokens keep working, bad ones are refused";
    static final String SESSIONS = "keycloak stopped: signed-in browser sessions keep working";
    static final String NEW_VISITORS = "keycloak stopped: a new visitor gets Thaw's sign-in unavailable page";
    static final String BACK = "keycloak stopped: sign-in opens again when it is back";

    /** How long the apps keep their answer to "does Keycloak answer?" (SignInAvailability.KEEP). */
    static final int KEPT_SECONDS = 10;

    private final Http http;
    private final CampaignStack campaign;
    private final Tally tally;

    KeycloakOutage(Http http, CampaignStack campaign, Tally tally) {
        this.http = http;
        this.campaign = campaign;
        this.tally = tally;
    }

    void run() throws Exception {
        Stack stack = campaign.stack();
        String alex = http.freshToken("alex");
        String rivera = http.freshToken("dr.rivera");
        BrowserSession signedIn = BrowserSession.signIn(http, campaign.issuer(), "alex", "/portal/");
        // a first visit while Keycloak is up, so the "available" answer is kept and must be re-checked
        new BrowserSession(http.baseUrl()).get("/portal/");

        Instant stopping = Instant.now();
        stack.stopKeycloak();
        LOG.info(() -> "Keycloak stopped in "
                + Duration.between(stopping, Instant.now()).toSeconds() + " s");

        for (String path : List.of("/portal/api/threads", "/portal/api/me", "/portal/api/screeners/due")) {
            expect(TOKENS, "GET " + path + " as alex", http.send("GET", path, alex, (String) null), 200);
        }
        for (String path : List.of("/clinician/api/caseload", "/clinician/api/threads")) {
            expect(TOKENS, "GET " + path + " as dr.rivera", http.send("GET", path, rivera, (String) null), 200);
        }
        String forged = alex.substring(0, alex.length() - 20)
                + (alex.charAt(alex.length() - 20) == 'A' ? 'B' : 'A')
                + alex.substring(alex.length() - 19);
        expect(
                TOKENS,
                "GET /portal/api/threads with a flipped signature",
                http.send("GET", "/portal/api/threads", forged, (String) null),
                401);
        expect(
                TOKENS,
                "GET /clinician/api/caseload without a token",
                http.send("GET", "/clinician/api/caseload", null, (String) null),
                401);

        for (String page : List.of("/portal/", "/portal/journal.xhtml", "/portal/messages.xhtml")) {
            HttpResponse<String> answer = signedIn.get(page);
            tally.record(
                    SESSIONS,
                    answer.statusCode() == 200 && answer.body().contains("id=\"need-help\"")
                            ? null
                            : page + " as alex (signed in before): " + answer.statusCode() + " "
                                    + answer.headers().firstValue("Location").orElse("")
                                    + Http.abbreviate(answer.body()));
        }

        // the apps keep their last answer about Keycloak for 10 s: past that, every new visitor must get
        // the page (within those 10 s one may still be sent to the dead sign-in server)
        Thread.sleep(Math.max(
                0,
                Duration.between(Instant.now(), stopping.plusSeconds(KEPT_SECONDS + 1))
                        .toMillis()));
        long worst = 0;
        for (String page : List.of(
                "/portal/",
                "/portal/journal.xhtml",
                "/portal/thread.xhtml?id=1",
                "/clinician/",
                "/clinician/chart.xhtml")) {
            BrowserSession visitor = new BrowserSession(http.baseUrl());
            long start = System.nanoTime();
            HttpResponse<String> answer = visitor.get(page);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            worst = Math.max(worst, millis);
            tally.record(NEW_VISITORS, unavailablePage(page, answer, millis, page.startsWith("/portal/")));
        }

        Instant starting = Instant.now();
        stack.startKeycloak();
        Duration restart = Duration.between(starting, Instant.now());
        // the apps keep "unavailable" for at most 10 s
        Instant deadline = Instant.now().plusSeconds(30);
        String last = "";
        boolean open = false;
        while (!open && Instant.now().isBefore(deadline)) {
            HttpResponse<String> answer = new BrowserSession(http.baseUrl()).get("/portal/journal.xhtml");
            String location = answer.headers().firstValue("Location").orElse("");
            open = answer.statusCode() == 302 && location.startsWith(campaign.issuer());
            last = answer.statusCode() + " " + location;
            if (!open) {
                Thread.sleep(1000);
            }
        }
        tally.record(BACK, open ? null : "a new visitor is not sent to sign in 30 s after Keycloak is back: " + last);
        tally.figure(String.format(
                "keycloak stopped: worst answer to a new visitor %d ms; Keycloak back in %d s, sign-in open"
                        + " again %s",
                worst, restart.toSeconds(), open ? "within 30 s" : "NOT within 30 s"));
    }

    private void expect(String category, String what, HttpResponse<String> answer, int status) {
        tally.record(
                category,
                answer.statusCode() == status
                        ? null
                        : what + ": " + answer.statusCode() + " " + Http.abbreviate(answer.body()));
    }

    /** Null when the answer is Thaw's sign-in-unavailable page, else what is wrong with it. */
    static String unavailablePage(String page, HttpResponse<String> answer, long millis, boolean helpLink) {
        StringBuilder wrong = new StringBuilder();
        String body = answer.body();
        if (answer.statusCode() != 503) {
            wrong.append(" status ").append(answer.statusCode());
        }
        answer.headers().firstValue("Location").ifPresent(l -> wrong.append(" redirect to ")
                .append(l));
        if (!body.contains("Sign-in is unavailable right now") || !body.contains("try again in a few minutes")) {
            wrong.append(" not the sign-in unavailable text;");
        }
        if (!body.contains("id=\"crisis-text\"")) {
            wrong.append(" no crisis resources;");
        }
        if (helpLink && !body.contains("id=\"need-help\"")) {
            wrong.append(" no link to the help page;");
        }
        if (!String.join(" ", answer.headers().allValues("Content-Security-Policy"))
                        .contains("frame-ancestors 'none'")
                || !answer.headers()
                        .firstValue("X-Content-Type-Options")
                        .orElse("")
                        .equals("nosniff")
                || !answer.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
            wrong.append(" security headers missing;");
        }
        if (millis > DatabaseOutage.LIMIT_MILLIS) {
            wrong.append(" took ").append(millis).append(" ms;");
        }
        return wrong.length() == 0 ? null : page + " (no session):" + wrong + " " + Http.abbreviate(body);
    }
}
