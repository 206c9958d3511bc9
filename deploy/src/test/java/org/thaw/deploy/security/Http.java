package org.thaw.deploy.security;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The campaign's one HTTP helper: calls the stack on loopback with a bearer token (or none), sends
 * exact bytes, never follows redirects, and waits at most {@value #TIMEOUT_SECONDS} s per call.
 * HTTP/1.1 as browsers speak it over plain http (no h2c upgrade).
 * Tokens come from the local realm's {@code thaw-cli} client and are fetched again before they
 * expire (the realm's access tokens live 5 minutes; the campaign runs longer).
 */
final class Http {

    static final String PASSWORD = "thaw-demo";
    static final int TIMEOUT_SECONDS = 30;
    /** Re-grant a token older than this: well inside the realm's 5-minute access-token lifespan. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;
    private final String issuer;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Instant> granted = new HashMap<>();
    private final AtomicLong calls = new AtomicLong();
    /** The whole campaign's time budget: no call starts after it. */
    private final Instant deadline;

    Http(String baseUrl, String issuer, Instant deadline) {
        this.deadline = deadline;
        if (!isLoopback(baseUrl) || !isLoopback(issuer)) {
            throw new IllegalArgumentException(
                    "the campaign only calls loopback addresses: " + baseUrl + ", " + issuer);
        }
        this.baseUrl = baseUrl;
        this.issuer = issuer;
    }

    static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }

    String baseUrl() {
        return baseUrl;
    }

    long calls() {
        return calls.get();
    }

    /** A valid access token for a demo user, granted again when it gets old. */
    synchronized String token(String username) throws IOException, InterruptedException {
        return token(username, TOKEN_REUSE);
    }

    /** A token granted now: it stays valid for the realm's full lifespan (5 minutes). */
    synchronized String freshToken(String username) throws IOException, InterruptedException {
        return token(username, Duration.ZERO);
    }

    private String token(String username, Duration reuse) throws IOException, InterruptedException {
        Instant at = granted.get(username);
        if (at == null || Duration.between(at, Instant.now()).compareTo(reuse) > 0) {
            String form = "grant_type=password&client_id=thaw-cli&scope=openid"
                    + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + username + " failed: " + response.statusCode());
            }
            tokens.put(username, (String) object(response.body()).get("access_token"));
            granted.put(username, Instant.now());
        }
        return tokens.get(username);
    }

    /** {@code bearer} null: no Authorization header; {@code body} null: no body (and no Content-Type). */
    HttpResponse<String> send(String method, String path, String bearer, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("the campaign ran over its time budget (security.minutes)");
        }
        calls.incrementAndGet();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String bearer, String json)
            throws IOException, InterruptedException {
        return send(method, path, bearer, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** A GET as {@code user} that must answer 200; its body. */
    String read(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, token(user), (byte[]) null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static Map<String, Object> object(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("not a JSON object: " + abbreviate(json), e);
        }
    }

    static List<Object> array(String json) {
        try {
            return JSONArrayUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("not a JSON array: " + abbreviate(json), e);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    /** Quotes text as a JSON string (only what the campaign's own values need escaped). */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
