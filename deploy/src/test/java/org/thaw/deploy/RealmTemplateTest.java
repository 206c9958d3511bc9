package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The realm templates: rendered correctly, and the security settings Thaw relies on hold. */
class RealmTemplateTest {

    private static final Map<String, String> VALUES = values();

    private static Map<String, String> values() {
        Map<String, String> values = new HashMap<>(Settings.fromEnvironment()
                .withEnv(Map.of("THAW_SMTP_HOST", "mail.example.org", "THAW_SMTP_PORT", "587"))
                .realmSmtp());
        values.put("THAW_BASE_URL", "https://thaw.example.org");
        values.put("PORTAL_SECRET", "portal-\"secret\"");
        values.put("CLINICIAN_SECRET", "clinician-secret");
        values.put("ADMIN_SECRET", "admin-secret");
        values.put("FHIR_READER_SECRET", "fhir-reader-secret");
        return values;
    }

    static Stream<String> realms() {
        return Stream.of("local", "production");
    }

    static Map<String, Object> realm(String which) throws Exception {
        String json = which.equals("local") ? RealmTemplate.local(VALUES) : RealmTemplate.production(VALUES);
        return JSONObjectUtils.parse(json);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return ((List<Map<String, Object>>) realm.get("clients"))
                .stream()
                        .filter(c -> clientId.equals(c.get("clientId")))
                        .findFirst()
                        .orElse(null);
    }

    @ParameterizedTest
    @MethodSource("realms")
    void bruteForceProtectionIsOnWithAtMostTenFailures(String which) throws Exception {
        Map<String, Object> realm = realm(which);
        assertEquals(Boolean.TRUE, realm.get("bruteForceProtected"));
        assertTrue(((Number) realm.get("failureFactor")).intValue() <= 10);
    }

    @ParameterizedTest
    @MethodSource("realms")
    void sessionsIdleOutWithinThirtyMinutesAndRefreshTokensAreRevoked(String which) throws Exception {
        Map<String, Object> realm = realm(which);
        assertTrue(((Number) realm.get("ssoSessionIdleTimeout")).intValue() <= 1800);
        assertTrue(((Number) realm.get("accessTokenLifespan")).intValue() <= 300);
        assertEquals(Boolean.TRUE, realm.get("revokeRefreshToken"));
    }

    @ParameterizedTest
    @MethodSource("realms")
    void theRealmsAdminCliTakesNoPasswords(String which) throws Exception {
        Map<String, Object> adminCli = client(realm(which), "admin-cli");
        assertEquals(
                Boolean.FALSE,
                adminCli.get("directAccessGrantsEnabled"),
                "the thaw realm's admin-cli allows no password grant (server code uses its own service account)");
        assertEquals(Boolean.FALSE, adminCli.get("implicitFlowEnabled"));
    }

    @ParameterizedTest
    @MethodSource("realms")
    void signInSpeaksEnglishAndSpanishLikeThePages(String which) throws Exception {
        Map<String, Object> realm = realm(which);
        assertEquals(Boolean.TRUE, realm.get("internationalizationEnabled"));
        assertEquals(List.of("en", "es"), realm.get("supportedLocales"));
        assertEquals("en", realm.get("defaultLocale"));
    }

    @ParameterizedTest
    @MethodSource("realms")
    void signInUsesThawsThemeAndSignOutLandsOnTheAppsSignedOutPage(String which) throws Exception {
        Map<String, Object> realm = realm(which);
        assertEquals("thaw", realm.get("loginTheme"), "the sign-in page carries Thaw's look and the crisis numbers");
        assertEquals("thaw", realm.get("accountTheme"), "the account pages (sign-in security) carry Thaw's look");
        for (String app : List.of("portal", "clinician")) {
            Map<?, ?> attributes = (Map<?, ?>) client(realm, "thaw-" + app).get("attributes");
            assertEquals(
                    "https://thaw.example.org/" + app + "/signed-out.xhtml",
                    attributes.get("post.logout.redirect.uris"),
                    app);
        }
    }

    @ParameterizedTest
    @MethodSource("realms")
    void webClientsUseOnlyTheCodeFlowWithExactRedirects(String which) throws Exception {
        Map<String, Object> realm = realm(which);
        for (String app : List.of("portal", "clinician")) {
            Map<String, Object> client = client(realm, "thaw-" + app);
            assertEquals(Boolean.FALSE, client.get("publicClient"), app);
            assertEquals(Boolean.TRUE, client.get("standardFlowEnabled"), app);
            assertEquals(Boolean.FALSE, client.get("implicitFlowEnabled"), app);
            assertEquals(Boolean.FALSE, client.get("directAccessGrantsEnabled"), app);
            assertEquals(List.of("https://thaw.example.org/" + app + "/callback"), client.get("redirectUris"), app);
            assertFalse(String.valueOf(client.get("redirectUris")).contains("*"), app);
        }
    }

    @Test
    void secretsAreWrittenAsValidJsonStrings() throws Exception {
        assertEquals("portal-\"secret\"", client(realm("local"), "thaw-portal").get("secret"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProductionRealmHasNoScriptClientNoDemoUsersAndRequiresTls() throws Exception {
        Map<String, Object> realm = realm("production");
        assertEquals(null, client(realm, "thaw-cli"));
        assertEquals(null, client(realm, "thaw-fhir-reader"), "production registers its own FHIR clients");
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
        assertEquals(
                List.of("service-account-thaw-admin"),
                users.stream().map(u -> u.get("username")).toList(),
                "no person's account, only Thaw's own service account");
        assertEquals("external", realm.get("sslRequired"));
    }

    @ParameterizedTest
    @MethodSource("realms")
    void thawsAdminClientIsAConfidentialServiceAccountAndNothingElse(String which) throws Exception {
        Map<String, Object> admin = client(realm(which), "thaw-admin");
        assertEquals(Boolean.FALSE, admin.get("publicClient"));
        assertEquals("client-secret", admin.get("clientAuthenticatorType"));
        assertEquals("admin-secret", admin.get("secret"));
        assertEquals(Boolean.TRUE, admin.get("serviceAccountsEnabled"));
        assertEquals(Boolean.FALSE, admin.get("standardFlowEnabled"), "no person signs in through it");
        assertEquals(Boolean.FALSE, admin.get("implicitFlowEnabled"));
        assertEquals(Boolean.FALSE, admin.get("directAccessGrantsEnabled"));
        assertEquals(List.of(), admin.get("redirectUris"));
    }

    @ParameterizedTest
    @MethodSource("realms")
    @SuppressWarnings("unchecked")
    void thawsServiceAccountManagesUsersOnlyAndNoOtherClientHasOne(String which) throws Exception {
        Map<String, Object> realm = realm(which);
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
        // the local realm also has the FHIR reader's service account (role fhir-reader, no client roles)
        List<String> withServiceAccounts =
                "local".equals(which) ? List.of("thaw-fhir-reader", "thaw-admin") : List.of("thaw-admin");
        assertEquals(
                withServiceAccounts,
                users.stream()
                        .filter(u -> u.containsKey("serviceAccountClientId"))
                        .map(u -> u.get("serviceAccountClientId"))
                        .toList());
        Map<String, Object> account = users.stream()
                .filter(u -> "thaw-admin".equals(u.get("serviceAccountClientId")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Map.of("realm-management", List.of("manage-users", "view-users", "query-users")),
                account.get("clientRoles"),
                "manage-users, view-users and query-users of this realm, nothing more");
        assertTrue(((List<?>) account.getOrDefault("realmRoles", List.of())).isEmpty());
        for (Map<String, Object> user : users) {
            if ("thaw-fhir-reader".equals(user.get("serviceAccountClientId"))) {
                assertEquals(List.of("fhir-reader"), user.get("realmRoles"));
                assertFalse(user.containsKey("clientRoles"), "the FHIR reader manages nobody");
            }
        }
        for (Map<String, Object> client : (List<Map<String, Object>>) realm.get("clients")) {
            if (!withServiceAccounts.contains(client.get("clientId"))) {
                assertEquals(
                        Boolean.FALSE, client.get("serviceAccountsEnabled"), String.valueOf(client.get("clientId")));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("realms")
    @SuppressWarnings("unchecked")
    void keycloakSendsItsMailThroughTheConfiguredServer(String which) throws Exception {
        Map<String, Object> smtp = (Map<String, Object>) realm(which).get("smtpServer");
        assertEquals("mail.example.org", smtp.get("host"));
        assertEquals("587", smtp.get("port"));
        assertEquals("false", smtp.get("auth"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLocalRealmHasEveryDemoAccountWithACompleteProfile() throws Exception {
        List<Map<String, Object>> users = ((List<Map<String, Object>>)
                        realm("local").get("users"))
                .stream().filter(u -> !u.containsKey("serviceAccountClientId")).toList();
        assertEquals(
                List.of("dr.rivera", "dr.okafor", "dr.chen", "admin.kim", "alex", "blair", "erin", "casey", "devon"),
                users.stream().map(u -> u.get("username")).toList());
        for (Map<String, Object> user : users) {
            for (String field : List.of("firstName", "lastName", "email")) {
                assertFalse(String.valueOf(user.get(field)).isBlank(), user.get("username") + " " + field);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheLocalScriptClientMayUseThePasswordGrantAndItsTokensAreForTheApi() throws Exception {
        Map<String, Object> cli = client(realm("local"), "thaw-cli");
        assertEquals(Boolean.TRUE, cli.get("directAccessGrantsEnabled"));
        List<Map<String, Object>> mappers = (List<Map<String, Object>>) cli.get("protocolMappers");
        assertTrue(mappers.stream()
                .anyMatch(m -> "oidc-audience-mapper".equals(m.get("protocolMapper"))
                        && "thaw-api".equals(((Map<String, Object>) m.get("config")).get("included.custom.audience"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLocalFhirReaderIsAConfidentialServiceAccountWithTheFhirReaderRoleOnly() throws Exception {
        Map<String, Object> realm = realm("local");
        Map<String, Object> reader = client(realm, "thaw-fhir-reader");
        assertEquals(Boolean.FALSE, reader.get("publicClient"));
        assertEquals("fhir-reader-secret", reader.get("secret"));
        assertEquals(Boolean.TRUE, reader.get("serviceAccountsEnabled"));
        assertEquals(Boolean.FALSE, reader.get("standardFlowEnabled"), "client credentials only: no browser sign-in");
        assertEquals(Boolean.FALSE, reader.get("implicitFlowEnabled"));
        assertEquals(Boolean.FALSE, reader.get("directAccessGrantsEnabled"), "no passwords");
        assertEquals(List.of(), reader.get("redirectUris"));
        List<Map<String, Object>> mappers = (List<Map<String, Object>>) reader.get("protocolMappers");
        assertTrue(mappers.stream()
                .anyMatch(m -> "oidc-audience-mapper".equals(m.get("protocolMapper"))
                        && "thaw-api".equals(((Map<String, Object>) m.get("config")).get("included.custom.audience"))));
        Map<String, Object> account = ((List<Map<String, Object>>) realm.get("users"))
                .stream()
                        .filter(u -> "thaw-fhir-reader".equals(u.get("serviceAccountClientId")))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                List.of("fhir-reader"), account.get("realmRoles"), "it reads; it is no clinician, admin or patient");
        assertFalse(account.containsKey("credentials"));
    }

    @ParameterizedTest
    @MethodSource("realms")
    @SuppressWarnings("unchecked")
    void bothRealmsKnowTheFhirReaderRole(String which) throws Exception {
        Map<String, Object> roles = (Map<String, Object>) realm(which).get("roles");
        assertTrue(((List<Map<String, Object>>) roles.get("realm"))
                .stream().anyMatch(r -> "fhir-reader".equals(r.get("name"))));
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> RealmTemplate.render("{\"a\":\"${MISSING}\"}", Map.of()));
    }
}
