package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The realm templates: rendered correctly, and the security settings Thaw relies on hold. */
class RealmTemplateTest {

    private static final Map<String, String> VALUES = Map.of(
            "THAW_BASE_URL", "https://thaw.example.org",
            "PORTAL_SECRET", "portal-\"secret\"",
            "CLINICIAN_SECRET", "clinician-secret");

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
    void theProductionRealmHasNoScriptClientNoDemoUsersAndRequiresTls() throws Exception {
        Map<String, Object> realm = realm("production");
        assertEquals(null, client(realm, "thaw-cli"));
        assertFalse(realm.containsKey("users"));
        assertEquals("external", realm.get("sslRequired"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLocalRealmHasEveryDemoAccountWithACompleteProfile() throws Exception {
        List<Map<String, Object>> users =
                (List<Map<String, Object>>) realm("local").get("users");
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
    void aPlaceholderWithoutAValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> RealmTemplate.render("{\"a\":\"${MISSING}\"}", Map.of()));
    }
}
