package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Flags from the journal to the triage dashboard, worked by the care team. */
class FlagsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    /** Casey has been numb for two weeks; today's numb check-in is the fact that fires the rule. */
    private static String caseyWritesANumbDay() throws Exception {
        String token = Tokens.accessToken("casey");
        HttpResponse<String> put = send("PUT", "/portal/api/journal/" + TODAY, token, "{\"numbness\": 8}");
        assertTrue(put.statusCode() == 201 || put.statusCode() == 200, put.body());
        return (String) JSONObjectUtils.parse(send("GET", "/portal/api/me", token, null).body()).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> activeFlag(String patientId, String type, String clinician) throws Exception {
        List<Object> flags = JSONArrayUtils.parse(send("GET", "/clinician/api/patients/" + patientId + "/flags",
                Tokens.accessToken(clinician), null).body());
        return flags.stream().map(f -> (Map<String, Object>) f)
                .filter(f -> type.equals(f.get("type")) && !"RESOLVED".equals(f.get("status")))
                .findFirst().orElse(null);
    }

    @Test
    void twoNumbWeeksRaiseAPersistentNumbnessFlagTheClinicianResolvesWithANote() throws Exception {
        String casey = caseyWritesANumbDay();
        Map<String, Object> flag = activeFlag(casey, "PERSISTENT_NUMBNESS", "dr.chen");
        assertTrue(flag != null, "casey has an open PERSISTENT_NUMBNESS flag");
        String evidence = String.valueOf(flag.get("evidence"));
        assertTrue(evidence.contains("numbness ≥ 6 on"), evidence);

        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.chen");
            assertTrue(badge(browser, "Casey Brooks", "PERSISTENT_NUMBNESS").isPresent(), "the dashboard shows casey's flag");
            browser.screenshot("clinician-flags");
            By resolveLink = By.xpath("//tr[.//*[contains(@class,'patient-name') and text()='Casey Brooks']]"
                    + "//*[@data-type='PERSISTENT_NUMBNESS']//a[contains(@class,'flag-resolve')]");
            browser.wait(Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.elementToBeClickable(resolveLink)).click();
            browser.wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve:note")));
            browser.driver().findElement(By.id("resolve:confirm")).click();
            browser.wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("resolveDialog"), "required to resolve"));
            browser.driver().findElement(By.id("resolve:note")).sendKeys("Reviewed in session; sleep plan agreed.");
            browser.driver().findElement(By.id("resolve:confirm")).click();
            browser.wait(Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> badge(browser, "Casey Brooks", "PERSISTENT_NUMBNESS").isEmpty());
        }

        assertEquals(null, activeFlag(casey, "PERSISTENT_NUMBNESS", "dr.chen"), "no longer open");
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.chen");
            assertEquals("Casey Brooks", browser.text(By.id("patient-name")));
            String flags = browser.text(By.id("chart:flags"));
            assertTrue(flags.contains("Reviewed in session; sleep plan agreed."), "the chart keeps the flag history: " + flags);
            assertTrue(flags.contains("numbness ≥ 6 on"), "with its evidence: " + flags);
            assertTrue(browser.driver().findElements(By.cssSelector("#chart\\:trend canvas, canvas")).size() > 0, "the journal is charted");
            browser.screenshot("clinician-chart");
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.rivera");
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(page.contains("We could not find that page"), page);
            assertTrue(!page.contains("Casey"), "another team's clinician sees nothing of the patient");
        }
        String history = send("GET", "/clinician/api/patients/" + casey + "/flags", Tokens.accessToken("dr.chen"), null).body();
        assertTrue(history.contains("Reviewed in session; sleep plan agreed."), history);
        assertTrue(history.contains("\"resolvedBy\":\"dr.chen\""), history);

        String resolved = send("GET", "/clinician/api/caseload?flagType=PERSISTENT_NUMBNESS&status=RESOLVED",
                Tokens.accessToken("dr.chen"), null).body();
        assertTrue(resolved.contains("Casey Brooks"), resolved);
        assertTrue(send("GET", "/clinician/api/caseload?flagType=PERSISTENT_NUMBNESS&status=OPEN",
                Tokens.accessToken("dr.chen"), null).body().contains("\"total\":0"));
    }

    @Test
    void resolvingNeedsANoteAndAnotherTeamGets404() throws Exception {
        String alexToken = Tokens.accessToken("alex");
        assertTrue(send("PUT", "/portal/api/journal/" + TODAY, alexToken, "{\"numbness\": 8}").statusCode() < 300);
        String alex = (String) JSONObjectUtils.parse(send("GET", "/portal/api/me", alexToken, null).body()).get("id");
        Map<String, Object> flag = activeFlag(alex, "PERSISTENT_NUMBNESS", "dr.rivera");
        assertTrue(flag != null, "alex, numb for three weeks, has an active PERSISTENT_NUMBNESS flag");
        String id = (String) flag.get("id");

        HttpResponse<String> noNote = send("POST", "/clinician/api/flags/" + id + "/resolve", Tokens.accessToken("dr.rivera"), "{}");
        assertEquals(400, noNote.statusCode(), noNote.body());
        assertTrue(noNote.body().contains("\"field\":\"note\""), noNote.body());
        assertEquals(404, send("POST", "/clinician/api/flags/" + id + "/acknowledge", Tokens.accessToken("dr.chen"), null).statusCode());
        assertEquals(404, send("GET", "/clinician/api/patients/" + alex + "/flags", Tokens.accessToken("dr.chen"), null).statusCode());
        HttpResponse<String> ack = send("POST", "/clinician/api/flags/" + id + "/acknowledge", Tokens.accessToken("dr.okafor"), null);
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals("ACKNOWLEDGED", JSONObjectUtils.parse(ack.body()).get("status"));
        assertEquals("dr.okafor", JSONObjectUtils.parse(ack.body()).get("acknowledgedBy"));
    }

    private static Optional<WebElement> badge(Browser browser, String patient, String type) {
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:caseload")));
        return browser.driver().findElements(By.cssSelector("[id='dashboard:caseload'] tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".patient-name")).isEmpty())
                .filter(r -> r.findElement(By.cssSelector(".patient-name")).getText().equals(patient))
                .flatMap(r -> r.findElements(By.cssSelector(".thaw-flag[data-type='" + type + "']")).stream())
                .findFirst();
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
