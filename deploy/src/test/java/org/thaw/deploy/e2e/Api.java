package org.thaw.deploy.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls the running stack's REST APIs as a script would: a bearer token, JSON in, the raw answer out. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api() {}

    /** {@code json} null sends no body. */
    static HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        return sendBytes(method, path, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends exactly these bytes as an {@code application/json} body (null: none). */
    static HttpResponse<String> sendBytes(String method, String path, String token, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
