package org.thaw.deploy.e2e;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Calls the running stack as a script would: a bearer token (or none), JSON in, the raw answer out,
 * redirects not followed. The one HTTP helper of the end-to-end tests.
 */
final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api() {}

    /** {@code token} null sends no Authorization header; {@code json} null sends no body. */
    static HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        return sendBytes(method, path, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends exactly these bytes as an {@code application/json} body (null: none). */
    static HttpResponse<String> sendBytes(String method, String path, String token, byte[] body)
            throws IOException, InterruptedException {
        return sendIn(null, method, path, token, body);
    }

    /** As {@link #sendBytes}, with {@code Accept-Language: languages} (null: no such header). */
    static HttpResponse<String> sendIn(String languages, String method, String path, String token, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    /** A GET whose answer is read as bytes (a PDF): with a bearer {@code token}, or a browser's {@code cookies}. */
    static HttpResponse<byte[]> download(String path, String token, String cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return send("POST", path, token, json);
    }

    static HttpResponse<String> put(String path, String token, String json) throws IOException, InterruptedException {
        return send("PUT", path, token, json);
    }

    /** The answer's body as a JSON object. */
    static Map<String, Object> object(HttpResponse<String> response) throws ParseException {
        return JSONObjectUtils.parse(response.body());
    }

    /** The calling patient's own {@code GET /portal/api/me}: id, displayName, timeZone. */
    static Map<String, Object> me(String patientToken) throws IOException, InterruptedException, ParseException {
        HttpResponse<String> me = get("/portal/api/me", patientToken);
        if (me.statusCode() != 200) {
            throw new AssertionError("GET /portal/api/me: " + me.statusCode() + " " + me.body());
        }
        return object(me);
    }

    /** The patient's record id, as the clinician API names patients. */
    static String patientId(String patientToken) throws IOException, InterruptedException, ParseException {
        return (String) me(patientToken).get("id");
    }

    /** Today as the app counts it for this patient: in the patient's own time zone, from {@code /me}. */
    static LocalDate today(String patientToken) throws IOException, InterruptedException, ParseException {
        return LocalDate.now(ZoneId.of((String) me(patientToken).get("timeZone")));
    }

    /** A 400 problem whose first refusal names {@code field}; nothing coerced, nothing guessed. */
    static void assertRefused(HttpResponse<String> response, String field) throws ParseException {
        if (response.statusCode() != 400) {
            throw new AssertionError(
                    "expected 400 naming " + field + ", got " + response.statusCode() + ": " + response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            throw new AssertionError("not a problem: " + type);
        }
        List<?> errors = (List<?>) object(response).get("errors");
        if (errors == null || errors.isEmpty() || !field.equals(((Map<?, ?>) errors.get(0)).get("field"))) {
            throw new AssertionError("the problem does not name " + field + ": " + response.body());
        }
    }

    /** A flat JSON object of strings, escaped. */
    static String json(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{");
        fields.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                .append('"'));
        return sb.append('}').toString();
    }
}
