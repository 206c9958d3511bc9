package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real Keycloak, started by the launcher's own code on a data folder of its own (the test
 * Keycloak port + 2): an account made after the first import survives a changed realm template
 * (another base URL, another secret for Thaw's service account, a shorter token lifetime, a new
 * role), which the next start applies in place; the account still signs in with its password and
 * keeps its role, and Thaw's service account still manages users with its new secret only.
 */
class RealmUpdateIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final int keycloakPort = Integer.getInteger("thaw.test.keycloak.port", 18180) + 2;
    private final String keycloakUrl = "http://localhost:" + keycloakPort;

    @Test
    void aChangedTemplateUpdatesTheRealmAndKeepsItsAccounts() throws Exception {
        // a data folder of its own in target/, emptied but for the unpacked Keycloak (its one-off build
        // step is paid once); Keycloak's own database goes, so the first start below imports
        Path data = Path.of(System.getProperty("thaw.runtime")).resolveSibling("realm-update-it");
        Files.createDirectories(data);
        Settings settings = Settings.fromEnvironment().withPortsAndData(18999, keycloakPort, 18998, data);
        KeycloakServer.deleteTree(KeycloakServer.unpacked(settings).resolve("data"));
        String adminPassword = Secrets.generate(24);

        String first = realm("http://localhost:18999", "first-admin-secret");
        String userId;
        try (KeycloakServer keycloak = KeycloakServer.start(settings, first, adminPassword)) {
            KeycloakAdmin admin = new KeycloakAdmin(keycloakUrl, "thaw", adminPassword);
            userId = admin.createUser("invited.ida", "Ida", "Invited", "ida@example.org", "ida-password-1", "patient");
            assertEquals(200, passwordGrant("invited.ida", "ida-password-1"), "the new account signs in");
            assertEquals(200, serviceAccountToken("first-admin-secret").statusCode());
        }

        String second = realm("https://thaw.example.org", "second-admin-secret")
                .replace("\"accessTokenLifespan\": 300", "\"accessTokenLifespan\": 240")
                .replace(
                        "\"roles\": {\n    \"realm\": [",
                        "\"roles\": {\n    \"realm\": [\n      {\"name\": \"auditor\"},");
        assertFalse(second.equals(first));
        try (KeycloakServer keycloak = KeycloakServer.start(settings, second, adminPassword)) {
            KeycloakAdmin admin = new KeycloakAdmin(keycloakUrl, "thaw", adminPassword);

            // the accounts: the invited one and a demo one, with their passwords and roles
            JsonNode ida = JSON.readTree(admin.usersByEmail("ida@example.org"));
            assertEquals(1, ida.size(), "the invited account is still there");
            assertEquals(userId, ida.get(0).path("id").asText(), "the same account, not a new one");
            assertTrue(names(JSON.readTree(admin.realmRoles(userId))).contains("patient"), "it keeps its role");
            assertEquals(200, passwordGrant("invited.ida", "ida-password-1"), "it still signs in");
            assertEquals(200, passwordGrant("alex", "thaw-demo"), "a demo account is kept as it was");

            // the changes: realm settings, a client's redirect, a new role
            JsonNode realm = JSON.readTree(admin.call("GET", "", null).body());
            assertEquals(240, realm.path("accessTokenLifespan").asInt());
            assertEquals(Boolean.TRUE, realm.path("bruteForceProtected").asBoolean(), "the rest as before");
            JsonNode portal = JSON.readTree(admin.call("GET", "/clients?clientId=thaw-portal", null)
                            .body())
                    .get(0);
            assertEquals(
                    List.of("https://thaw.example.org/portal/callback"),
                    strings(portal.path("redirectUris")),
                    "the client follows the new base URL");
            assertEquals(
                    List.of("realm roles as groups"),
                    names(portal.path("protocolMappers")),
                    "its mappers are the template's, not doubled");
            assertEquals(200, admin.call("GET", "/roles/auditor", null).statusCode(), "the new role is there");

            // Thaw's service account: the new secret only, and still exactly its three user roles
            assertEquals(401, serviceAccountToken("first-admin-secret").statusCode(), "the old secret is refused");
            HttpResponse<String> token = serviceAccountToken("second-admin-secret");
            assertEquals(200, token.statusCode());
            String accessToken =
                    JSON.readTree(token.body()).path("access_token").asText();
            HttpResponse<String> users = HTTP.send(
                    HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/thaw/users?max=1"))
                            .header("Authorization", "Bearer " + accessToken)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, users.statusCode(), "the service account still reads users");
            String serviceAccount = JSON.readTree(
                            admin.call("GET", "/users?exact=true&username=service-account-thaw-admin", null)
                                    .body())
                    .get(0)
                    .path("id")
                    .asText();
            String realmManagement = JSON.readTree(admin.call("GET", "/clients?clientId=realm-management", null)
                            .body())
                    .get(0)
                    .path("id")
                    .asText();
            List<String> roles = names(JSON.readTree(
                    admin.call("GET", "/users/" + serviceAccount + "/role-mappings/clients/" + realmManagement, null)
                            .body()));
            assertEquals(
                    List.of("manage-users", "query-users", "view-users"),
                    roles.stream().sorted().toList());
        }
    }

    private static String realm(String baseUrl, String adminSecret) {
        Map<String, String> values =
                new LinkedHashMap<>(Settings.fromEnvironment().withEnv(Map.of()).realmSmtp());
        values.put("THAW_BASE_URL", baseUrl);
        values.put("PORTAL_SECRET", "portal-secret");
        values.put("CLINICIAN_SECRET", "clinician-secret");
        values.put("ADMIN_SECRET", adminSecret);
        values.put("FHIR_READER_SECRET", "fhir-reader-secret");
        return RealmTemplate.local(values);
    }

    /** The password grant through the local realm's script client: 200 when the account signs in. */
    private int passwordGrant(String username, String password) throws Exception {
        return token("grant_type=password&client_id=thaw-cli&username=" + enc(username) + "&password=" + enc(password))
                .statusCode();
    }

    private HttpResponse<String> serviceAccountToken(String secret) throws Exception {
        return token("grant_type=client_credentials&client_id=thaw-admin&client_secret=" + enc(secret));
    }

    private HttpResponse<String> token(String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/thaw/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
