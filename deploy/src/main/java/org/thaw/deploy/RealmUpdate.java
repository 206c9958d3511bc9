package org.thaw.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the running {@code thaw} realm up to a changed template in place, through Keycloak's admin
 * REST API, so the accounts in it (those made by invitations above all) stay with their passwords,
 * roles and sessions:
 *
 * <ol>
 *   <li>what the template has and the realm has not (a role, a client, a group, a user) is created,
 *       as the first import would (a partial import that skips whatever exists);
 *   <li>the realm's own settings (token lifetimes, brute-force protection, password policy, SMTP,
 *       themes, languages...) are set to the template's;
 *   <li>each realm role and each client of the template is updated where it stands (never deleted
 *       and created again: that would take the role from every account that has it, or the service
 *       account from its client), a client's protocol mappers made exactly the template's;
 *   <li>each service account of the template gets exactly the roles the template gives it.
 * </ol>
 *
 * People's accounts that exist are never touched, the demo accounts included; what the template no
 * longer names is left in the realm. A realm that is missing altogether is created from the template.
 */
final class RealmUpdate {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The parts of a realm representation that are not the realm's own settings. */
    private static final List<String> NOT_SETTINGS = List.of(
            "users",
            "clients",
            "roles",
            "groups",
            "defaultRole",
            "clientScopes",
            "scopeMappings",
            "clientScopeMappings",
            "components",
            "identityProviders",
            "identityProviderMappers",
            "authenticationFlows",
            "authenticatorConfig",
            "requiredActions",
            "federatedUsers");

    private final KeycloakAdmin admin;

    private RealmUpdate(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /** Applies the rendered template to the realm it names. */
    static void apply(KeycloakAdmin admin, String realmJson) throws IOException, InterruptedException {
        new RealmUpdate(admin).apply(realmJson);
    }

    /** The realm's own settings from the template: everything but its users, clients, roles and the like. */
    static ObjectNode settings(ObjectNode template) {
        ObjectNode settings = template.deepCopy();
        settings.remove(NOT_SETTINGS);
        return settings;
    }

    private void apply(String realmJson) throws IOException, InterruptedException {
        ObjectNode template = (ObjectNode) JSON.readTree(realmJson);
        if (!admin.realm().equals(template.path("realm").asText())) {
            throw new IllegalArgumentException("the template is for the realm " + template.path("realm"));
        }
        if (admin.call("GET", "", null).statusCode() == 404) {
            admin.createRealm(realmJson);
            return;
        }
        createWhatIsNew(template);
        expect("PUT", "", settings(template), 204, "the realm's settings");
        for (JsonNode role : template.path("roles").path("realm")) {
            expect("PUT", "/roles/" + encode(role.path("name").asText()), role, 204, "a realm role");
        }
        for (JsonNode client : template.path("clients")) {
            updateClient((ObjectNode) client);
        }
        for (JsonNode user : template.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                updateServiceAccountRoles(user);
            }
        }
    }

    private void createWhatIsNew(ObjectNode template) throws IOException, InterruptedException {
        ObjectNode partial = JSON.createObjectNode();
        partial.put("ifResourceExists", "SKIP");
        for (String part : List.of("roles", "clients", "groups", "users")) {
            if (template.has(part)) {
                partial.set(part, template.get(part).deepCopy());
            }
        }
        expect("POST", "/partialImport", partial, 200, "the template's new roles, clients, groups and users");
    }

    private void updateClient(ObjectNode client) throws IOException, InterruptedException {
        String clientId = client.path("clientId").asText();
        String id = clientUuid(clientId);
        ObjectNode rep = client.deepCopy();
        rep.remove("protocolMappers");
        rep.put("id", id);
        expect("PUT", "/clients/" + id, rep, 204, "the client " + clientId);

        String mappersPath = "/clients/" + id + "/protocol-mappers/models";
        Map<String, String> existing = new HashMap<>();
        for (JsonNode mapper : read(mappersPath)) {
            existing.put(mapper.path("name").asText(), mapper.path("id").asText());
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (JsonNode mapper : client.path("protocolMappers")) {
            String name = mapper.path("name").asText();
            wanted.add(name);
            ObjectNode m = mapper.deepCopy();
            if (existing.containsKey(name)) {
                m.put("id", existing.get(name));
                expect("PUT", mappersPath + "/" + existing.get(name), m, 204, "a mapper of " + clientId);
            } else {
                m.remove("id");
                expect("POST", mappersPath, m, 201, "a mapper of " + clientId);
            }
        }
        for (Map.Entry<String, String> e : existing.entrySet()) {
            if (!wanted.contains(e.getKey())) {
                expect("DELETE", mappersPath + "/" + e.getValue(), null, 204, "a mapper of " + clientId);
            }
        }
    }

    /**
     * The service account's realm roles and its roles of the clients the template names, exactly
     * as the template has them (the realm's default roles aside).
     */
    private void updateServiceAccountRoles(JsonNode user) throws IOException, InterruptedException {
        String username = user.path("username").asText();
        JsonNode found = read("/users?exact=true&username=" + encode(username));
        if (found.isEmpty()) {
            throw new IllegalStateException("the service account " + username + " is missing from the realm");
        }
        String userId = found.get(0).path("id").asText();
        String defaultRoles = "default-roles-" + admin.realm();
        syncRoles(
                "/users/" + userId + "/role-mappings/realm",
                names(user.path("realmRoles")),
                name -> "/roles/" + encode(name),
                name -> name.equals(defaultRoles),
                username);
        var clientRoles = user.path("clientRoles").fields();
        while (clientRoles.hasNext()) {
            var entry = clientRoles.next();
            String clientUuid = clientUuid(entry.getKey());
            syncRoles(
                    "/users/" + userId + "/role-mappings/clients/" + clientUuid,
                    names(entry.getValue()),
                    name -> "/clients/" + clientUuid + "/roles/" + encode(name),
                    name -> false,
                    username);
        }
    }

    private interface RolePath {
        String of(String name);
    }

    private interface Keep {
        boolean test(String name);
    }

    private void syncRoles(String mappingPath, Set<String> wanted, RolePath rolePath, Keep keep, String username)
            throws IOException, InterruptedException {
        ArrayNode extra = JSON.createArrayNode();
        Set<String> missing = new LinkedHashSet<>(wanted);
        for (JsonNode role : read(mappingPath)) {
            String name = role.path("name").asText();
            if (!missing.remove(name) && !keep.test(name)) {
                extra.add(role);
            }
        }
        if (!extra.isEmpty()) {
            expect("DELETE", mappingPath, extra, 204, "roles the template no longer gives " + username);
        }
        if (!missing.isEmpty()) {
            ArrayNode add = JSON.createArrayNode();
            for (String name : missing) {
                add.add(read(rolePath.of(name)));
            }
            expect("POST", mappingPath, add, 204, "the roles the template gives " + username);
        }
    }

    private String clientUuid(String clientId) throws IOException, InterruptedException {
        JsonNode found = read("/clients?clientId=" + encode(clientId));
        if (found.isEmpty()) {
            throw new IllegalStateException("the client " + clientId + " is missing from the realm");
        }
        return found.get(0).path("id").asText();
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private JsonNode read(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = admin.call("GET", path, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    /** Sends the call; any other answer than {@code status} stops the update, naming what it was for. */
    private void expect(String method, String path, JsonNode body, int status, String what)
            throws IOException, InterruptedException {
        HttpResponse<String> r = admin.call(method, path, body == null ? null : JSON.writeValueAsString(body));
        if (r.statusCode() != status) {
            // the body of the answer is Keycloak's error message; what was sent may hold secrets and is not shown
            throw new IllegalStateException("updating the realm (" + what + "): " + method + " " + path + " answered "
                    + r.statusCode() + ": " + r.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
