package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The first slice: a journal entry travels from the patient portal to the clinician's dashboard. */
class JournalIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Demo patients have no zone of their own: the practice's, UTC. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void anEntryWrittenInThePortalReachesTheCareTeamsDashboardOnly() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/journal.xhtml");
            browser.signIn("alex");
            browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("journal:numbness")));
            browser.driver().findElements(By.cssSelector("[id='journal:numbness'] .ui-button")).stream()
                    .filter(b -> b.getText().trim().equals("7"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.driver().findElement(By.id("journal:note")).sendKeys("Flat all day <b>really</b>");
            browser.driver().findElement(By.id("journal:save")).click();
            browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("journal:messages"), "Saved your entry for today."));
            browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("recent"), "Flat all day <b>really</b>"));
            browser.screenshot("portal-journal");
        }
        String today = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(TODAY);
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.rivera");
            WebElement alex = row(browser, "Alex Moreau").orElseThrow(() -> new AssertionError("dr.rivera's dashboard lists Alex"));
            assertEquals(today, alex.findElement(By.cssSelector(".last-entry-date")).getText());
            assertEquals("7", alex.findElement(By.cssSelector(".last-numbness")).getText());
            browser.screenshot("clinician-dashboard");
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.chen");
            assertTrue(row(browser, "Casey Brooks").isPresent(), "dr.chen's own patients are listed");
            assertFalse(row(browser, "Alex Moreau").isPresent(), "another team's patient is not");
        }
    }

    @Test
    void theSamePutTwiceLeavesOneEntry() throws Exception {
        String token = Tokens.accessToken("devon");
        HttpResponse<String> first = put("/portal/api/journal/" + TODAY, token, "{\"numbness\": 3, \"note\": \"first\"}");
        HttpResponse<String> second = put("/portal/api/journal/" + TODAY, token, "{\"numbness\": 4, \"note\": \"second\"}");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(JSONObjectUtils.parse(first.body()).get("id"), JSONObjectUtils.parse(second.body()).get("id"));
        List<Object> today = com.nimbusds.jose.util.JSONArrayUtils.parse(get("/portal/api/journal?from=" + TODAY + "&to=" + TODAY, token).body());
        assertEquals(1, today.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) today.get(0);
        assertEquals(4L, ((Number) entry.get("numbness")).longValue());
        assertEquals("second", entry.get("note"));
    }

    @Test
    void numbnessOutOfRangeIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = put("/portal/api/journal/" + TODAY, Tokens.accessToken("blair"), "{\"numbness\": 11}");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"field\":\"numbness\""), response.body());
        assertTrue(response.body().contains("between 0 and 10"), response.body());
    }

    @Test
    void aDayOtherThanTodayOrYesterdayIsRefusedNamingTheDate() throws Exception {
        HttpResponse<String> response = put("/portal/api/journal/" + TODAY.minusDays(2), Tokens.accessToken("blair"), "{\"numbness\": 2}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"date\""), response.body());
    }

    @Test
    void anotherTeamsClinicianReadingAPatientsJournalGets404() throws Exception {
        String alexId = (String) JSONObjectUtils.parse(get("/portal/api/me", Tokens.accessToken("alex")).body()).get("id");
        assertEquals(200, get("/clinician/api/patients/" + alexId + "/journal", Tokens.accessToken("dr.rivera")).statusCode());
        HttpResponse<String> chen = get("/clinician/api/patients/" + alexId + "/journal", Tokens.accessToken("dr.chen"));
        assertEquals(404, chen.statusCode());
        assertFalse(chen.body().contains("Moreau"), chen.body());
    }

    @Test
    void aPatientsTokenOnTheCaseloadIs403() throws Exception {
        assertEquals(403, get("/clinician/api/caseload", Tokens.accessToken("alex")).statusCode());
    }

    @Test
    void theCaseloadIsPagedAndHoldsOnlyTheCallersTeam() throws Exception {
        Map<String, Object> page = JSONObjectUtils.parse(
                get("/clinician/api/caseload?page=0&size=2", Tokens.accessToken("dr.okafor")).body());
        assertEquals(3L, ((Number) page.get("total")).longValue());
        assertEquals(2L, ((Number) page.get("size")).longValue());
        assertEquals(2, ((List<?>) page.get("items")).size());
        String all = get("/clinician/api/caseload?size=100", Tokens.accessToken("dr.okafor")).body();
        assertTrue(all.contains("Lindqvist") && all.contains("Moreau") && all.contains("Walsh"), all);
        assertFalse(all.contains("Brooks") || all.contains("Patel"), all);
        assertEquals(400, get("/clinician/api/caseload?size=101", Tokens.accessToken("dr.okafor")).statusCode());
    }

    private static Optional<WebElement> row(Browser browser, String name) {
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:caseload")));
        return browser.driver().findElements(By.cssSelector("[id='dashboard:caseload'] tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".patient-name")).isEmpty())
                .filter(r -> r.findElement(By.cssSelector(".patient-name")).getText().equals(name))
                .findFirst();
    }

    private static HttpResponse<String> put(String path, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return PortalApiIT.get(path, token);
    }
}
