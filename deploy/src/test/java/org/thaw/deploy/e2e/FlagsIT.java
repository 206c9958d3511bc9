package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Flags from the journal to the triage dashboard, worked by the care team. */
class FlagsIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    /** Casey has been numb for two weeks; today's numb check-in is the fact that fires the rule. */
    private static String caseyWritesANumbDay() throws Exception {
        String token = Tokens.accessToken("casey");
        HttpResponse<String> put = Api.put("/portal/api/journal/" + Api.today(token), token, "{\"numbness\": 8}");
        assertTrue(put.statusCode() == 201 || put.statusCode() == 200, put.body());
        return Api.patientId(token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> activeFlag(String patientId, String type, String clinician) throws Exception {
        List<Object> flags = JSONArrayUtils.parse(
                Api.send("GET", "/clinician/api/patients/" + patientId + "/flags", Tokens.accessToken(clinician), null)
                        .body());
        return flags.stream()
                .map(f -> (Map<String, Object>) f)
                .filter(f -> type.equals(f.get("type")) && !"RESOLVED".equals(f.get("status")))
                .findFirst()
                .orElse(null);
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
            assertTrue(
                    badge(browser, "Casey Brooks", "PERSISTENT_NUMBNESS").isPresent(),
                    "the dashboard shows casey's flag");
            browser.screenshot("clinician-flags");
            By resolveLink = By.xpath("//tr[.//*[contains(@class,'patient-name') and text()='Casey Brooks']]"
                    + "//*[@data-type='PERSISTENT_NUMBNESS']//a[contains(@class,'flag-resolve')]");
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.elementToBeClickable(resolveLink))
                    .click();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve:note")));
            // Escape closes the dialog without resolving; the link opens it again
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("resolve:note")));
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.elementToBeClickable(resolveLink))
                    .click();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve:note")));
            browser.driver().findElement(By.id("resolve:confirm")).click();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("resolveDialog"), "required to resolve"));
            browser.driver().findElement(By.id("resolve:note")).sendKeys("Reviewed in session; sleep plan agreed.");
            browser.driver().findElement(By.id("resolve:confirm")).click();
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> badge(browser, "Casey Brooks", "PERSISTENT_NUMBNESS")
                            .isEmpty());
        }

        assertEquals(null, activeFlag(casey, "PERSISTENT_NUMBNESS", "dr.chen"), "no longer open");
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.chen");
            assertEquals("Casey Brooks", browser.text(By.id("patient-name")));
            String flags = browser.text(By.id("chart:flags"));
            assertTrue(
                    flags.contains("Reviewed in session; sleep plan agreed."),
                    "the chart keeps the flag history: " + flags);
            assertTrue(flags.contains("numbness ≥ 6 on"), "with its evidence: " + flags);
            assertTrue(
                    flags.contains("Resolved by Li Chen, "),
                    "who resolved it by name, with the time, not by username: " + flags);
            WebElement trend = browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("chart:trend")));
            assertTrue(
                    trend.getAttribute("class").contains("thaw-chart"),
                    "the chart's container: " + trend.getAttribute("class"));
            WebElement canvas = trend.findElement(By.tagName("canvas"));
            assertEquals("chart:trend_canvas", canvas.getAttribute("id"), "the journal chart's own canvas");
            assertTrue(canvas.getSize().getHeight() > 100, "the journal chart has room on the page");
            assertTrue(journalDatasets(browser) >= 1, "Chart.js drew the journal's lines");
            browser.screenshot("clinician-chart");
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.rivera");
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(page.contains("We could not find that page"), page);
            assertTrue(!page.contains("Casey"), "another team's clinician sees nothing of the patient");
        }
        String history = Api.send(
                        "GET", "/clinician/api/patients/" + casey + "/flags", Tokens.accessToken("dr.chen"), null)
                .body();
        assertTrue(history.contains("Reviewed in session; sleep plan agreed."), history);
        assertTrue(history.contains("\"resolvedBy\":\"dr.chen\""), history);
        assertTrue(history.contains("\"resolvedByName\":\"Li Chen\""), history);

        String resolved = Api.send(
                        "GET",
                        "/clinician/api/caseload?flagType=PERSISTENT_NUMBNESS&status=RESOLVED",
                        Tokens.accessToken("dr.chen"),
                        null)
                .body();
        assertTrue(resolved.contains("Casey Brooks"), resolved);
        assertTrue(Api.send(
                        "GET",
                        "/clinician/api/caseload?flagType=PERSISTENT_NUMBNESS&status=OPEN",
                        Tokens.accessToken("dr.chen"),
                        null)
                .body()
                .contains("\"total\":0"));
    }

    @Test
    void resolvingNeedsANoteAndAnotherTeamGets404() throws Exception {
        String alexToken = Tokens.accessToken("alex");
        assertTrue(Api.put("/portal/api/journal/" + Api.today(alexToken), alexToken, "{\"numbness\": 8}")
                        .statusCode()
                < 300);
        String alex = Api.patientId(alexToken);
        Map<String, Object> flag = activeFlag(alex, "PERSISTENT_NUMBNESS", "dr.rivera");
        assertTrue(flag != null, "alex, numb for three weeks, has an active PERSISTENT_NUMBNESS flag");
        String id = (String) flag.get("id");

        HttpResponse<String> noNote =
                Api.send("POST", "/clinician/api/flags/" + id + "/resolve", Tokens.accessToken("dr.rivera"), "{}");
        assertEquals(400, noNote.statusCode(), noNote.body());
        assertTrue(noNote.body().contains("\"field\":\"note\""), noNote.body());
        assertEquals(
                404,
                Api.send("POST", "/clinician/api/flags/" + id + "/acknowledge", Tokens.accessToken("dr.chen"), null)
                        .statusCode());
        assertEquals(
                404,
                Api.send("GET", "/clinician/api/patients/" + alex + "/flags", Tokens.accessToken("dr.chen"), null)
                        .statusCode());
        HttpResponse<String> ack =
                Api.send("POST", "/clinician/api/flags/" + id + "/acknowledge", Tokens.accessToken("dr.okafor"), null);
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals("ACKNOWLEDGED", JSONObjectUtils.parse(ack.body()).get("status"));
        assertEquals("dr.okafor", JSONObjectUtils.parse(ack.body()).get("acknowledgedBy"));
    }

    /** How many lines Chart.js drew in the chart's journal chart (its widget: PrimeFaces' default name for chart:trend). */
    private static long journalDatasets(Browser browser) {
        return (Long) browser.wait(Duration.ofSeconds(30)).until(driver -> {
            Object drawn = ((JavascriptExecutor) driver)
                    .executeScript("var w = window.PrimeFaces && PrimeFaces.widgets['widget_chart_trend'];"
                            + " return w && w.chart ? w.chart.data.datasets.length : null;");
            return drawn == null ? null : ((Number) drawn).longValue();
        });
    }

    private static Optional<WebElement> badge(Browser browser, String patient, String type) {
        browser.wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:caseload")));
        return browser.driver().findElements(By.cssSelector("[id='dashboard:caseload'] tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".patient-name")).isEmpty())
                .filter(r ->
                        r.findElement(By.cssSelector(".patient-name")).getText().equals(patient))
                .flatMap(r -> r.findElements(By.cssSelector(".thaw-flag[data-type='" + type + "']")).stream())
                .findFirst();
    }
}
