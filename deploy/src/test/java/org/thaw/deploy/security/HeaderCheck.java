package org.thaw.deploy.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    /** Redirects followed at most per sign-in step. */
    private static final int MAX_HOPS = 12;

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
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
            judge(PAGES, path + " signed out", http.send("GET", path, null, (byte[]) null), false);
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
                        "/clinician/chart.xhtml?patient=" + casey,
                        "/clinician/no-such-page.xhtml"));
    }

    /** Signs in through Keycloak's form like a browser, then reads each page and the first static resources it names. */
    private void signedIn(String user, String start, List<String> pages) throws IOException, InterruptedException {
        Map<String, String> jar = new LinkedHashMap<>();
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Browser browser = new Browser(client, jar);
        HttpResponse<String> login = follow(browser, URI.create(http.baseUrl() + start), null);
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            tally.record(PAGES, "sign-in as " + user + ": no Keycloak login form (" + login.statusCode() + ")");
            return;
        }
        URI post = URI.create(action.group(1).replace("&amp;", "&"));
        if (!Http.isLoopback(post.toString())
                || !post.toString().startsWith(issuer.substring(0, issuer.indexOf("/realms")))) {
            tally.record(PAGES, "sign-in as " + user + ": the form posts off loopback: " + post);
            return;
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + Http.PASSWORD
                + "&credentialId=";
        HttpResponse<String> landed = follow(browser, post, form);
        if (landed.statusCode() != 200 || !landed.uri().getPath().startsWith(start)) {
            tally.record(PAGES, "sign-in as " + user + ": ended at " + landed.uri() + " with " + landed.statusCode());
            return;
        }
        List<String> resources = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> answer = browser.send(URI.create(http.baseUrl() + page), null);
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
            judge(PAGES, r + " (static)", browser.send(URI.create(http.baseUrl() + r), null), true);
        }
    }

    private HttpResponse<String> follow(Browser browser, URI first, String form)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = browser.send(first, form);
        for (int hop = 0; hop < MAX_HOPS && answer.statusCode() / 100 == 3; hop++) {
            URI next =
                    answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            if (!Http.isLoopback(next.toString())) {
                throw new IllegalStateException("a redirect off loopback: " + next);
            }
            answer = browser.send(next, null);
        }
        return answer;
    }

    /**
     * A browser's cookies, kept by hand: Keycloak marks its sign-in cookies Secure, which browsers
     * send to http://localhost (a secure context) and Java's CookieManager does not. One jar per
     * signed-in user, all on localhost, so names and values are enough.
     */
    private record Browser(HttpClient client, Map<String, String> jar) {

        HttpResponse<String> send(URI uri, String form) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(Http.TIMEOUT_SECONDS));
            if (form == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
            if (!jar.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                jar.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
                request.header("Cookie", cookie.toString());
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : answer.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                        jar.remove(name);
                    } else {
                        jar.put(name, value);
                    }
                }
            }
            return answer;
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(Http.TIMEOUT_SECONDS))
                .GET()
                .build();
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
