package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Pages and sign-in as an attacker would try them: a page a role is not for, or a record that is
 * not there, gets its page (never "something went wrong"); the session cookie is SameSite; another
 * site cannot sign anyone out; the realm's admin-cli takes no passwords.
 */
class PageSecurityIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void thePracticeAdminOnAChartGetsTheForbiddenPageAndNoHealthData() throws Exception {
        String alex = (String) JSONObjectUtils.parse(Api.send("GET", "/portal/api/me", Tokens.accessToken("alex"), null)
                        .body())
                .get("id");
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + alex);
            browser.signIn("admin.kim");
            String page = browser.text(By.id("forbidden"));
            assertTrue(page.contains("not for your account"), page);
            assertFalse(browser.driver().getPageSource().contains("Something went wrong"));
            assertFalse(browser.driver().getPageSource().contains("Moreau"), "no patient data on the refusal page");
        }
    }

    @Test
    void aClinicianOnAnotherTeamsChartGetsNotFound() throws Exception {
        String casey =
                (String) JSONObjectUtils.parse(Api.send("GET", "/portal/api/me", Tokens.accessToken("casey"), null)
                                .body())
                        .get("id");
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.rivera");
            String source = browser.driver().getPageSource();
            assertFalse(source.contains("Something went wrong"), "a refusal is not a failure");
            assertFalse(source.contains("Brooks"), "nothing of casey's chart");
            assertTrue(
                    browser.driver().getTitle().toLowerCase().contains("not found"),
                    browser.driver().getTitle());
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("blair");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(session != null, "signed in with a session cookie");
            assertEquals("Lax", session.getSameSite());
            assertTrue(session.isHttpOnly());
        }
    }

    @Test
    void anotherSitesFormCannotSignAnyoneOut() throws Exception {
        HttpResponse<String> foreign = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + "/portal/logout"))
                        .header("Origin", "https://attacker.example")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> own = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + "/portal/logout"))
                        .header("Origin", TestStack.baseUrl())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(
                own.statusCode() == 302 || own.statusCode() == 303,
                "the app's own form signs out: " + own.statusCode());
    }

    @Test
    void theRealmsAdminCliRefusesThePasswordGrant() throws Exception {
        HttpResponse<String> grant = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin.kim&password="
                                        + Tokens.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(grant.statusCode() == 400 || grant.statusCode() == 401, grant.statusCode() + " " + grant.body());
        assertTrue(grant.body().contains("unauthorized_client"), grant.body());
        assertFalse(grant.body().contains("access_token"));
    }

    @Test
    void everyKindOfAnswerCarriesAPolicyAndNoServerBanner() throws Exception {
        for (String path : new String[] {
            "/portal/",
            "/clinician/chart.xhtml",
            "/portal/api/me",
            "/portal/help.xhtml",
            "/clinician/api/caseload",
            "/portal/logout"
        }) {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = String.join(" ; ", answer.headers().allValues("Content-Security-Policy"));
            assertTrue(
                    csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"),
                    path + " " + answer.statusCode() + ": " + csp);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
            assertFalse(
                    answer.headers().firstValue("Server").orElse("").contains("Payara"), path + ": no server banner");
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), path);
            if (answer.statusCode() == 302 || answer.statusCode() == 401) {
                assertEquals(
                        "no-store", answer.headers().firstValue("Cache-Control").orElse(""), path);
            }
        }
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + "/portal/help.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = String.join(" ; ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(
                policy.contains("default-src 'self'") && policy.contains("'nonce-"),
                "a page's scripts run by nonce: " + policy);
        assertFalse(policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), policy);
    }
}
