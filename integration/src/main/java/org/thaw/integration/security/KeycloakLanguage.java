package org.thaw.integration.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps the signed-in person's language on their Keycloak account (the {@code locale} attribute),
 * so that Keycloak's own pages (sign-in security, the account pages) and e-mails follow the
 * language chosen in Thaw's header.
 *
 * <p>Neither app holds rights over other people's accounts for this: the change goes through
 * Keycloak's account API with the person's own access token, which Keycloak gives every account
 * ({@code manage-account}), renewed first with the sign-in's refresh token (Keycloak revokes a
 * refresh token on use, so the renewed one is kept here for the next change in the same session).
 *
 * <p>Best effort: a Keycloak away or refusing leaves its pages in their previous language, never
 * stops the choice in Thaw, and is logged with the status only (nothing of the person).
 */
@SessionScoped
public class KeycloakLanguage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(KeycloakLanguage.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    OidcSettings oidc;

    /** The newest refresh token this session was given, once the sign-in's own has been used. */
    private String renewed;

    /**
     * Sets the account's language to {@code language} ("en", "es"); returns whether Keycloak took
     * it.
     */
    public boolean follow(String language) {
        try {
            Optional<String> token = accessToken();
            if (token.isEmpty()) {
                return false;
            }
            String account = oidc.getIssuer() + "/account/";
            HttpResponse<String> current = HTTP.send(
                    HttpRequest.newBuilder(URI.create(account))
                            .timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + token.get())
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (current.statusCode() != 200) {
                LOG.log(Level.WARNING, "Keycloak answered {0} when asked for the account", current.statusCode());
                return false;
            }
            JsonObject updated = withLocale(parse(current.body()), language);
            HttpResponse<String> saved = HTTP.send(
                    HttpRequest.newBuilder(URI.create(account))
                            .timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + token.get())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(updated.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (saved.statusCode() / 100 != 2) {
                LOG.log(Level.WARNING, "Keycloak answered {0} to the account language", saved.statusCode());
                return false;
            }
            return true;
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Keycloak could not be given the account language: {0}", failed.getClass());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The account as Keycloak gave it, with {@code attributes.locale} set and its profile metadata left out. */
    static JsonObject withLocale(JsonObject account, String language) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        if (account.get("attributes") instanceof JsonObject existing) {
            existing.forEach(attributes::add);
        }
        attributes.add("locale", Json.createArrayBuilder().add(language));
        JsonObjectBuilder result = Json.createObjectBuilder();
        account.forEach((name, value) -> {
            if (!"attributes".equals(name) && !"userProfileMetadata".equals(name)) {
                result.add(name, value);
            }
        });
        return result.add("attributes", attributes).build();
    }

    /**
     * A fresh access token of the signed-in person; empty without a sign-in. Always renewed with
     * the refresh token, so a change of language works the same an hour into a session as a
     * minute in (the sign-in's access token lives five minutes, and nothing else renews it).
     */
    private Optional<String> accessToken() throws IOException, InterruptedException {
        OpenIdContext context;
        AccessToken access;
        try {
            context = openIdContext.get();
            access = context.getAccessToken();
        } catch (RuntimeException noOpenIdSession) {
            return Optional.empty();
        }
        if (access == null) {
            return Optional.empty();
        }
        String refresh = renewed != null
                ? renewed
                : context.getRefreshToken().map(RefreshToken::getToken).orElse(null);
        Object client = access.getJwtClaims().getStringClaim("azp").orElse(null);
        if (refresh == null || client == null) {
            return Optional.empty();
        }
        Map<String, String> form = Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refresh,
                "client_id",
                client.toString(),
                "client_secret",
                oidc.clientSecret(client.toString()));
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(oidc.getIssuer() + "/protocol/openid-connect/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            LOG.log(Level.WARNING, "Keycloak answered {0} to renewing the session's token", answer.statusCode());
            return Optional.empty();
        }
        JsonObject tokens = parse(answer.body());
        if (tokens.get("refresh_token") instanceof jakarta.json.JsonString next) {
            renewed = next.getString();
        }
        JsonValue fresh = tokens.get("access_token");
        return fresh instanceof jakarta.json.JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
