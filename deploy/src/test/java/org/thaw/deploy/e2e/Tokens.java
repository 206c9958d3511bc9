package org.thaw.deploy.e2e;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

/** Real tokens from the local realm's {@code thaw-cli} client (password grant, local realm only). */
public final class Tokens {

    public static final String PASSWORD = "thaw-demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {}

    /** The token response of a password grant: access_token, id_token, ... */
    public static Map<String, Object> grant(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=thaw-cli&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "token request for " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String accessToken(String username) throws IOException, InterruptedException {
        return (String) grant(username).get("access_token");
    }
}
