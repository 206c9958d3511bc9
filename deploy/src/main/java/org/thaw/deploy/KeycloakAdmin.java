package org.thaw.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local Keycloak's admin REST API, as the bootstrap administrator of the {@code master} realm:
 * creates sign-in accounts in the {@code thaw} realm with a realm role, the way a practice's
 * accounts are made (the username is what binds an account to its patient or clinician row). Used
 * by the benchmark to give generated patients accounts, by the end-to-end tests to look at the
 * accounts Thaw made, and by the launcher to bring the realm up to a changed template
 * ({@link RealmUpdate}); the local stack only (the administrator's password is in the data folder's
 * secrets). Thaw itself never signs in as this administrator: it uses the realm's own
 * {@code thaw-admin} service account.
 */
public final class KeycloakAdmin {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String keycloakUrl;
    private final String realm;
    private final String adminPassword;
    private String token;
    private Instant renewAfter = Instant.MIN;
    private String patientRole;

    KeycloakAdmin(String keycloakUrl, String realm, String adminPassword) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.adminPassword = adminPassword;
    }

    /**
     * Creates an enabled account with a permanent password, no required actions and the realm role
     * {@code role} ({@code patient}, {@code clinician} or {@code admin}); returns its Keycloak id.
     * An existing username is refused by Keycloak (409), and so here.
     */
    public String createUser(
            String username, String firstName, String lastName, String email, String password, String role)
            throws IOException, InterruptedException {
        String body = "{\"username\":\"" + RealmTemplate.jsonEscape(username) + "\",\"enabled\":true,"
                + "\"firstName\":\"" + RealmTemplate.jsonEscape(firstName) + "\","
                + "\"lastName\":\"" + RealmTemplate.jsonEscape(lastName) + "\","
                + "\"email\":\"" + RealmTemplate.jsonEscape(email) + "\",\"emailVerified\":true,"
                + "\"requiredActions\":[],"
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + RealmTemplate.jsonEscape(password)
                + "\",\"temporary\":false}]}";
        HttpResponse<String> created = http.send(
                admin("/users")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "creating the account " + username + " answered " + created.statusCode() + ": " + created.body());
        }
        String location = created.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak named no location for " + username));
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> mapped = http.send(
                admin("/users/" + id + "/role-mappings/realm")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + role(role) + "]"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("giving " + username + " the role " + role + " answered "
                    + mapped.statusCode() + ": " + mapped.body());
        }
        return id;
    }

    /**
     * The accounts with exactly this e-mail address, as Keycloak's admin API lists them (a JSON
     * array of user representations: id, username, enabled, requiredActions...).
     */
    public String usersByEmail(String email) throws IOException, InterruptedException {
        return read("/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    /** The account's realm roles (a JSON array of role representations). */
    public String realmRoles(String userId) throws IOException, InterruptedException {
        return read("/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/role-mappings/realm");
    }

    /**
     * Changes the account's e-mail address (marked verified, as a confirmed change is) and sets a
     * permanent password with nothing left to do first: an account as its owner has it after
     * accepting the invitation and changing the address on Keycloak's account page.
     */
    public void changeEmailAndPassword(String userId, String email, String password)
            throws IOException, InterruptedException {
        String path = "/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8);
        HttpResponse<String> updated = call(
                "PUT",
                path,
                "{\"email\":\"" + RealmTemplate.jsonEscape(email)
                        + "\",\"emailVerified\":true,\"requiredActions\":[]}");
        HttpResponse<String> reset = call(
                "PUT",
                path + "/reset-password",
                "{\"type\":\"password\",\"temporary\":false,\"value\":\"" + RealmTemplate.jsonEscape(password) + "\"}");
        if (updated.statusCode() != 204 || reset.statusCode() != 204) {
            throw new IllegalStateException(
                    "changing the account answered " + updated.statusCode() + " and " + reset.statusCode());
        }
    }

    /**
     * One call of the realm's admin API: {@code path} is under {@code /admin/realms/<realm>} (empty
     * for the realm itself), {@code body} a JSON document or null.
     */
    HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = admin(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Creates the realm from its full representation (as an import would). */
    void createRealm(String realmJson) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(realmJson, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("creating the realm " + realm + " answered " + r.statusCode());
        }
    }

    String realm() {
        return realm;
    }

    private String read(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(admin(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The realm role's representation, as the role-mapping call takes it. */
    private String role(String name) throws IOException, InterruptedException {
        if ("patient".equals(name) && patientRole != null) {
            return patientRole;
        }
        HttpResponse<String> r = http.send(
                admin("/roles/" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the realm role " + name + " answered " + r.statusCode());
        }
        if ("patient".equals(name)) {
            patientRole = r.body();
        }
        return r.body();
    }

    private HttpRequest.Builder admin(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token());
    }

    /** The administrator's token (password grant on the master realm's {@code admin-cli}), renewed early. */
    private String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(renewAfter)) {
            return token;
        }
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        Instant asked = Instant.now();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("the Keycloak administrator's sign-in answered " + r.statusCode());
        }
        Matcher expires = EXPIRES_IN.matcher(r.body());
        long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 60;
        token = m.group(1);
        renewAfter = asked.plusSeconds(Math.max(5, seconds - 15));
        return token;
    }
}
