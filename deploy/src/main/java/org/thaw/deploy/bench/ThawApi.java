package org.thaw.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST APIs as a script calls them: real access tokens from the local realm's {@code thaw-cli}
 * client (password grant; the local realm only), one HTTP/1.1 keep-alive client. A token is
 * renewed before a call when it has less than a minute left, outside the timed part.
 */
final class ThawApi {

    static final String DEMO_PASSWORD = "thaw-demo";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final Pattern PATIENT_ID = Pattern.compile("\"patientId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private record Token(String value, Instant renewAfter, Instant expires) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private final String issuer;
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();

    ThawApi(String baseUrl, String issuer) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
    }

    /** Signs {@code username} in with {@code password} from now on (an account the benchmark created). */
    void account(String username, String password) {
        passwords.put(username, password);
    }

    /** The user's access token, valid for at least {@code validFor} more (renewed otherwise). */
    String bearer(String username, Duration validFor) throws IOException, InterruptedException {
        Token t = tokens.get(username);
        if (t == null || Instant.now().plus(validFor).isAfter(t.expires().minusSeconds(10))) {
            t = grant(username);
            tokens.put(username, t);
        }
        return t.value();
    }

    /** A request ready to send as {@code username}, with a token valid for at least a minute. */
    HttpRequest caseload(String username, int page, int size) throws IOException, InterruptedException {
        return authorized(username, "/clinician/api/caseload?page=" + page + "&size=" + size)
                .GET()
                .build();
    }

    HttpRequest putJournal(String username, LocalDate date, String json) throws IOException, InterruptedException {
        return authorized(username, "/portal/api/journal/" + date)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** The smallest audited call: token, one lookup, one audit row, a small JSON. */
    HttpRequest me(String username) throws IOException, InterruptedException {
        return authorized(username, "/portal/api/me").GET().build();
    }

    /** The caseload without a token: what the HTTP stack and the security filter cost alone (401). */
    HttpRequest caseloadWithoutToken() {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/clinician/api/caseload?page=0&size=20"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    HttpResponse<String> sendForResponse(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and reads the whole body; fails unless the status is one of {@code expected}. */
    String send(HttpRequest request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(
                request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }

    static List<String> patientIds(String caseloadJson) {
        List<String> ids = new ArrayList<>();
        Matcher m = PATIENT_ID.matcher(caseloadJson);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static long total(String caseloadJson) {
        Matcher m = TOTAL.matcher(caseloadJson);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private HttpRequest.Builder authorized(String username, String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token(username));
    }

    private String token(String username) throws IOException, InterruptedException {
        Token t = tokens.get(username);
        if (t == null || Instant.now().isAfter(t.renewAfter())) {
            t = grant(username);
            tokens.put(username, t);
        }
        return t.value();
    }

    private Token grant(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=thaw-cli&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(passwords.getOrDefault(username, DEMO_PASSWORD), StandardCharsets.UTF_8);
        Instant asked = Instant.now();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("token request for " + username + " failed: " + response.statusCode());
        }
        Matcher expires = EXPIRES_IN.matcher(response.body());
        long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
        return new Token(token.group(1), asked.plusSeconds(Math.max(10, seconds - 60)), asked.plusSeconds(seconds));
    }
}
