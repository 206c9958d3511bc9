package org.thaw.deploy.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's side of the pages: its own cookies, kept by hand (Keycloak marks its sign-in cookies
 * Secure, which browsers send to http://localhost, a secure context, and Java's CookieManager does
 * not), redirects never followed unless asked, loopback only. {@link #signIn} goes through
 * Keycloak's real form.
 */
final class BrowserSession {

    /** Redirects followed at most per sign-in step. */
    private static final int MAX_HOPS = 12;

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, String> jar = new LinkedHashMap<>();
    private final String baseUrl;

    BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Opens {@code start}, follows the redirects to Keycloak's form, signs in as {@code user} and
     * follows the redirects back; fails with the reason when it did not land on {@code start}.
     */
    static BrowserSession signIn(Http http, String issuer, String user, String start)
            throws IOException, InterruptedException {
        BrowserSession browser = new BrowserSession(http.baseUrl());
        HttpResponse<String> login = browser.follow(URI.create(http.baseUrl() + start), null);
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("sign-in as " + user + ": no Keycloak login form (" + login.statusCode()
                    + " at " + login.uri() + ")");
        }
        URI post = URI.create(action.group(1).replace("&amp;", "&"));
        if (!Http.isLoopback(post.toString())
                || !post.toString().startsWith(issuer.substring(0, issuer.indexOf("/realms")))) {
            throw new IllegalStateException("sign-in as " + user + ": the form posts off loopback: " + post);
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + Http.PASSWORD
                + "&credentialId=";
        HttpResponse<String> landed = browser.follow(post, form);
        if (landed.statusCode() != 200 || !landed.uri().getPath().startsWith(start)) {
            throw new IllegalStateException(
                    "sign-in as " + user + ": ended at " + landed.uri() + " with " + landed.statusCode());
        }
        return browser;
    }

    /** A GET of a path of the apps, redirects not followed. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(URI.create(baseUrl + path), null);
    }

    /** Follows redirects (loopback only) from {@code first}, posting {@code form} to it when not null. */
    HttpResponse<String> follow(URI first, String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(first, form);
        for (int hop = 0; hop < MAX_HOPS && answer.statusCode() / 100 == 3; hop++) {
            URI next =
                    answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            if (!Http.isLoopback(next.toString())) {
                throw new IllegalStateException("a redirect off loopback: " + next);
            }
            answer = send(next, null);
        }
        return answer;
    }

    HttpResponse<String> send(URI uri, String form) throws IOException, InterruptedException {
        if (!Http.isLoopback(uri.toString())) {
            throw new IllegalArgumentException("the campaign only calls loopback addresses: " + uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(Http.TIMEOUT_SECONDS));
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        synchronized (jar) {
            if (!jar.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                jar.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
                request.header("Cookie", cookie.toString());
            }
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (jar) {
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
        }
        return answer;
    }
}
