package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thaw.deploy.e2e.IntakeSteps.answerEveryChoice;
import static org.thaw.deploy.e2e.IntakeSteps.assertSaved;
import static org.thaw.deploy.e2e.IntakeSteps.checked;
import static org.thaw.deploy.e2e.IntakeSteps.click;
import static org.thaw.deploy.e2e.IntakeSteps.pick;
import static org.thaw.deploy.e2e.IntakeSteps.save;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new patient's intake, end to end: erin's incomplete PHQ-9 with a safety answer is refused yet
 * shows the crisis resources and raises an URGENT SAFETY flag (over REST, then on the page, where
 * the crisis panel comes first and the blanks are marked); her corrected PHQ-9 is saved with the
 * crisis resources first. A new answer re-alerts the flag a clinician had acknowledged. She leaves
 * the rest of the intake, and her care team sees the URGENT SAFETY flag and the result on her chart.
 */
class IntakeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void erinsIntakeWithASafetyAnswerShowsCrisisResourcesAndRaisesAnUrgentFlag() throws Exception {
        String erin = Api.patientId(Tokens.accessToken("erin"));

        // over REST: an incomplete PHQ-9 with item 9 answered is refused, and still brings the crisis resources
        HttpResponse<String> incomplete = Api.send(
                "POST",
                "/portal/api/screeners/PHQ-9/responses",
                Tokens.accessToken("erin"),
                "{\"answers\": {\"phq9-1\": 1, \"phq9-9\": 2}}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Map<String, Object> problem = JSONObjectUtils.parse(incomplete.body());
        assertEquals(Boolean.TRUE, problem.get("safetyPositive"), incomplete.body());
        assertTrue(String.valueOf(problem.get("crisisResources")).contains("emergency number"), incomplete.body());
        assertEquals("answers", ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("field"), incomplete.body());
        assertEquals(
                "[]",
                Api.send("GET", "/portal/api/screeners/responses", Tokens.accessToken("erin"), null)
                        .body(),
                "nothing scored or stored as a response");
        Map<String, Object> flagged = flag(erin, "SAFETY", "dr.rivera");
        assertTrue(flagged != null, "the care team has an URGENT SAFETY flag at once");
        assertEquals(List.of("URGENT", "OPEN"), List.of(flagged.get("severity"), flagged.get("status")));
        assertTrue(
                String.valueOf(flagged.get("evidence"))
                        .contains("item 9 answered “More than half the days” on an incomplete PHQ-9"),
                String.valueOf(flagged.get("evidence")));
        assertEquals(
                200,
                Api.send(
                                "POST",
                                "/clinician/api/flags/" + flagged.get("id") + "/acknowledge",
                                Tokens.accessToken("dr.rivera"),
                                null)
                        .statusCode());
        assertEquals("ACKNOWLEDGED", flag(erin, "SAFETY", "dr.rivera").get("status"));

        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("erin");
            WebElement start = browser.wait(WAIT).until(ExpectedConditions.elementToBeClickable(By.id("start-intake")));
            // a new patient is welcomed once, with one main button, and sees where help is
            assertEquals(List.of("Welcome, Erin"), texts(browser, "main h1"));
            assertEquals(List.of("Start"), texts(browser, "main .thaw-button"));
            assertEquals("Not done yet.", browser.text(By.id("today-state")));
            assertTrue(browser.driver().findElement(By.id("home-help")).isDisplayed());
            browser.screenshot("portal-home-new-patient");
            start.click();

            // step 1: the numbness check, labelled as not validated
            assertEquals("Thaw numbness check", browser.text(By.id("instrument-title")));
            assertTrue(browser.text(By.id("screener:disclaimer")).contains("not a validated instrument"));
            assertTrue(
                    browser.text(By.id("progress-text")).startsWith("Step 1 of "),
                    browser.text(By.id("progress-text")));
            answerEveryChoice(browser, 1);
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("portal-intake");
            save(browser);
            assertSaved(browser, "Saved: Numbness check");
            assertTrue(
                    browser.driver().findElements(By.id("screener:crisis")).isEmpty(),
                    "no crisis panel without a safety answer");
            click(browser, By.id("screener:continue"));

            // step 2: PHQ-9; a partial response is refused and keeps the answers given
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBe(
                            By.id("instrument-title"), "PHQ-9 (Patient Health Questionnaire)"));
            assertTrue(
                    browser.text(By.id("screener:notice")).contains("Copyright © Pfizer Inc."),
                    "the copyright notice is shown with PHQ-9");
            pick(browser, "phq9-1", 1);
            save(browser);
            String refused = browser.text(By.id("screener:messages"));
            assertTrue(
                    refused.contains("Please answer every question: 2, 3, 4, 5, 6, 7, 8 and 9 are unanswered"),
                    refused);
            assertTrue(checked(browser, "phq9-1", 1), "the answer given before the refusal is kept");
            assertTrue(
                    browser.driver().findElements(By.id("screener:crisis")).isEmpty(),
                    "no crisis panel without a safety answer");

            // two questions left blank, item 9 "Several days": refused, but the crisis resources come first
            for (int item = 2; item <= 8; item++) {
                if (item != 3 && item != 7) {
                    pick(browser, "phq9-" + item, item % 2);
                }
            }
            pick(browser, "phq9-9", 1); // "Several days"
            save(browser);
            WebElement first =
                    browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("screener:crisis")));
            assertTrue(first.getText().contains("emergency number"), first.getText());
            assertTrue(first.getText().contains("Your care team will see your answer"), first.getText());
            WebElement blanks = browser.driver().findElement(By.id("screener:messages"));
            assertTrue(blanks.getText().contains("3 and 7 are unanswered"), blanks.getText());
            assertTrue(
                    first.getLocation().getY() < blanks.getLocation().getY(),
                    "the crisis panel is the first thing on the page");
            assertEquals(
                    List.of("phq9-3", "phq9-7"),
                    browser.driver().findElements(By.cssSelector(".thaw-missing .thaw-item-text")).stream()
                            .map(e -> e.getAttribute("id").substring(2))
                            .toList(),
                    "the blanks are marked");
            assertTrue(checked(browser, "phq9-9", 1), "the answers given are kept");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("portal-crisis-incomplete");

            pick(browser, "phq9-3", 0);
            pick(browser, "phq9-7", 1);
            save(browser);

            WebElement crisis =
                    browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("screener:crisis")));
            assertTrue(crisis.getText().contains("emergency number"), crisis.getText());
            assertTrue(crisis.getText().contains("not watched in real time"), crisis.getText());
            WebElement saved = browser.driver().findElement(By.id("saved"));
            assertTrue(
                    crisis.getLocation().getY() < saved.getLocation().getY(),
                    "the crisis resources come before anything else");
            assertTrue(saved.getText().contains("Saved: PHQ-9"), saved.getText());
            browser.screenshot("portal-crisis");
            // erin leaves here: GAD-7 stays unanswered
        }

        Map<String, Object> safety = flag(erin, "SAFETY", "dr.rivera");
        assertTrue(safety != null, "an URGENT SAFETY flag is open for erin's care team");
        assertEquals(flagged.get("id"), safety.get("id"), "the same flag, not a second one");
        assertEquals("URGENT", safety.get("severity"));
        assertEquals("OPEN", safety.get("status"), "a new safety answer opens the acknowledged flag again");
        assertEquals(3, ((List<?>) safety.get("evidence")).size(), "REST, the refused page submission, the saved one");

        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.rivera");
            browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:caseload")));
            WebElement badge = browser.wait(WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d
                            .findElements(By.xpath("//tr[.//*[contains(@class,'patient-name') and text()='Erin Walsh']]"
                                    + "//*[@data-type='SAFETY']"))
                            .stream()
                            .findFirst()
                            .orElse(null));
            assertTrue(badge.getText().contains("URGENT"), badge.getText());
            assertTrue(badge.getText().contains("new answer since acknowledged"), badge.getText());
            assertTrue(
                    !badge.getText().contains("· acknowledged"), "shown as unacknowledged again: " + badge.getText());

            browser.open("/clinician/chart.xhtml?patient=" + erin);
            String results = browser.text(By.id("chart:screener-results"));
            assertTrue(results.contains("PHQ-9"), results);
            assertTrue(results.contains("safety answer"), results);
            assertTrue(results.contains("Numbness check"), results);
        }

        List<Object> mine = JSONArrayUtils.parse(
                Api.send("GET", "/portal/api/screeners/responses", Tokens.accessToken("erin"), null)
                        .body());
        assertTrue(
                mine.stream()
                        .map(r -> (Map<?, ?>) r)
                        .anyMatch(r ->
                                "PHQ-9".equals(r.get("instrument")) && Boolean.TRUE.equals(r.get("safetyPositive"))),
                String.valueOf(mine));
        String due = Api.send("GET", "/portal/api/screeners/due", Tokens.accessToken("erin"), null)
                .body();
        assertTrue(due.contains("\"instrument\":\"GAD-7\"") && !due.contains("\"instrument\":\"PHQ-9\""), due);
        assertEquals(
                404,
                Api.send("GET", "/clinician/api/patients/" + erin + "/screeners", Tokens.accessToken("dr.chen"), null)
                        .statusCode(),
                "another care team does not reach erin's results");
    }

    @Test
    void aPatientsHistoryShowsBandsChangesAndResponseOnBothSides() throws Exception {
        String alex = Api.patientId(Tokens.accessToken("alex"));
        String blair = Api.patientId(Tokens.accessToken("blair"));
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + blair);
            browser.signIn("dr.rivera");
            String results = browser.text(By.id("chart:screener-results"));
            assertTrue(
                    results.contains("response (at least 50 % down)"),
                    "blair's PHQ-9 halved from baseline: " + results);
            assertTrue(results.contains("improved"), results);
            browser.open("/clinician/chart.xhtml?patient=" + alex);
            WebElement section =
                    browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("screeners")));
            assertTrue(
                    browser.driver()
                                    .findElements(By.cssSelector("#screeners canvas"))
                                    .size()
                            >= 2,
                    "PHQ-9 and GAD-7 are charted");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", section);
            browser.screenshot("clinician-screeners");
        }
        try (Browser browser = new Browser()) {
            browser.open("/portal/results.xhtml");
            browser.signIn("blair");
            String table = browser.text(By.id("all:results"));
            assertTrue(table.contains("PHQ-9") && table.contains("Mild") && table.contains("Moderate"), table);
            assertTrue(
                    browser.driver().findElements(By.cssSelector("canvas")).size() >= 2, "blair's totals are charted");
            Object axes = browser.wait(Duration.ofSeconds(30)).until(driver -> ((JavascriptExecutor) driver)
                    .executeScript("var types = []; for (var id in PrimeFaces.widgets) {"
                            + " var w = PrimeFaces.widgets[id]; if (w && w.chart) {"
                            + " types.push(w.chart.scales.x.type); } }"
                            + " return types.length ? types.join(',') : null;"));
            assertTrue(String.valueOf(axes).matches("time(,time)*"), "the results stand on a time axis: " + axes);
            List<String> words = browser.driver().findElements(By.cssSelector(".thaw-chart-summary")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(
                    words.stream()
                            .anyMatch(w -> w.matches("In words: PHQ-9 \\d+ → \\d+ since \\d+ [A-Z][a-z]{2} \\d{4}.*")),
                    "each chart is said in words beside it: " + words);
            assertTrue(browser.text(By.cssSelector(".thaw-notice")).contains("Copyright © Pfizer Inc."));
            browser.screenshot("portal-results");
        }
    }

    @Test
    void theApiScoresRefusesAndReportsInTheContractsShape() throws Exception {
        String token = Tokens.accessToken("blair");
        HttpResponse<String> definition = Api.send("GET", "/portal/api/instruments/GAD-7", token, null);
        assertEquals(200, definition.statusCode());
        Map<String, Object> gad7 = JSONObjectUtils.parse(definition.body());
        List<?> items = (List<?>) gad7.get("items");
        assertEquals(8, items.size(), "GAD-7 version 2: seven items and the unscored difficulty question");
        assertEquals("69725-0", ((Map<?, ?>) items.get(0)).get("code"));
        assertEquals("69722-7", ((Map<?, ?>) items.get(7)).get("code"));
        String pcl5 =
                Api.send("GET", "/portal/api/instruments/PCL-5", token, null).body();
        assertTrue(
                pcl5.contains("\"ABOVE_CUTOFF\"") && !pcl5.contains("PTSD —") && !pcl5.contains("clinicianLabel"),
                "the patient's definition carries the neutral band labels only: " + pcl5);

        HttpResponse<String> outOfRange = Api.send(
                "POST",
                "/portal/api/screeners/GAD-7/responses",
                token,
                "{\"answers\": {\"gad7-1\": 4, \"gad7-2\": 0, \"gad7-3\": 0, \"gad7-4\": 0, \"gad7-5\": 0, \"gad7-6\": 0, \"gad7-7\": 0}}");
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        assertTrue(outOfRange.body().contains("\"field\":\"answers.gad7-1\""), outOfRange.body());
        HttpResponse<String> unknownVersion = Api.send(
                "POST", "/portal/api/screeners/GAD-7/responses", token, "{\"version\": \"9\", \"answers\": {}}");
        assertEquals(400, unknownVersion.statusCode());
        assertTrue(unknownVersion.body().contains("\"field\":\"version\""), unknownVersion.body());

        String submission = "{\"idempotencyKey\": \"gad7-" + System.nanoTime() + "\", \"answers\": {\"gad7-1\": 2,"
                + " \"gad7-2\": 2, \"gad7-3\": 1, \"gad7-4\": 1, \"gad7-5\": 0, \"gad7-6\": 1, \"gad7-7\": 3}}";
        int before = JSONArrayUtils.parse(Api.send("GET", "/portal/api/screeners/responses", token, null)
                        .body())
                .size();
        HttpResponse<String> created = Api.send("POST", "/portal/api/screeners/GAD-7/responses", token, submission);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> retried = Api.send("POST", "/portal/api/screeners/GAD-7/responses", token, submission);
        assertEquals(
                JSONObjectUtils.parse(created.body()).get("id"),
                JSONObjectUtils.parse(retried.body()).get("id"),
                "a retried submission with the same key is the same response");
        assertEquals(
                before + 1,
                JSONArrayUtils.parse(Api.send("GET", "/portal/api/screeners/responses", token, null)
                                .body())
                        .size(),
                "stored once");
        Map<String, Object> body = JSONObjectUtils.parse(created.body());
        assertEquals(10L, ((Number) body.get("total")).longValue());
        assertEquals("MODERATE", body.get("band"));
        assertEquals("2", body.get("version"), "patients get the latest version");
        assertEquals(Boolean.FALSE, body.get("safetyPositive"));
        assertTrue(!body.containsKey("crisisResources") || body.get("crisisResources") == null, created.body());

        String blair = Api.patientId(token);
        String clinician = Tokens.accessToken("dr.okafor");
        assertEquals(
                201,
                Api.send(
                                "POST",
                                "/clinician/api/patients/" + blair + "/assignments",
                                clinician,
                                "{\"instrument\": \"WHO-5\"}")
                        .statusCode());
        assertTrue(
                Api.send("GET", "/portal/api/screeners/due", token, null).body().contains("\"instrument\":\"WHO-5\""));
        HttpResponse<String> external = Api.send(
                "POST",
                "/clinician/api/patients/" + blair + "/external-scores",
                clinician,
                "{\"instrument\": \"ODQ\", \"score\": 64, \"date\": \"2026-01-05\"}");
        assertEquals(201, external.statusCode(), external.body());
        HttpResponse<String> who5 = Api.send(
                "POST",
                "/clinician/api/patients/" + blair + "/external-scores",
                clinician,
                "{\"instrument\": \"WHO-5\", \"score\": 51, \"date\": \"2026-01-05\"}");
        assertEquals(201, who5.statusCode(), who5.body());
        assertEquals("ADEQUATE", JSONObjectUtils.parse(who5.body()).get("band"), "a recorded 51 is not poor");
        String teamView = Api.send("GET", "/clinician/api/patients/" + blair + "/screeners", clinician, null)
                .body();
        assertTrue(teamView.contains("\"bandClinicianLabel\":"), teamView);
        String patientView =
                Api.send("GET", "/portal/api/screeners/responses", token, null).body();
        assertTrue(
                patientView.contains("\"bandLabel\":") && !patientView.contains("bandClinicianLabel"),
                "clinician-facing band labels never reach the patient: " + patientView);
        HttpResponse<String> future = Api.send(
                "POST",
                "/clinician/api/patients/" + blair + "/external-scores",
                clinician,
                "{\"instrument\": \"PHQ-9\", \"score\": 12, \"date\": \"2999-01-01\"}");
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("\"field\":\"date\""), future.body());
        HttpResponse<String> schedule = Api.send(
                "PUT",
                "/clinician/api/patients/" + blair + "/schedule",
                clinician,
                "{\"instrument\": \"PHQ-9\", \"everyDays\": 28}");
        assertEquals(200, schedule.statusCode(), schedule.body());
        assertTrue(schedule.body().contains("\"PHQ-9\":28"), schedule.body());
        assertEquals(
                404,
                Api.send(
                                "POST",
                                "/clinician/api/patients/" + blair + "/assignments",
                                Tokens.accessToken("dr.chen"),
                                "{\"instrument\": \"WHO-5\"}")
                        .statusCode());

        HttpResponse<String> portalDoc = Api.get("/portal/openapi/openapi.yaml", null);
        assertEquals(200, portalDoc.statusCode(), "the API documents are public");
        assertTrue(portalDoc.body().contains("/api/screeners/{code}/responses:"), portalDoc.body());
        String clinicianDoc = Api.get("/clinician/openapi/openapi.yaml", null).body();
        assertTrue(clinicianDoc.contains("/api/patients/{id}/external-scores:"), clinicianDoc);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flag(String patientId, String type, String clinician) throws Exception {
        List<Object> flags = JSONArrayUtils.parse(
                Api.send("GET", "/clinician/api/patients/" + patientId + "/flags", Tokens.accessToken(clinician), null)
                        .body());
        return flags.stream()
                .map(f -> (Map<String, Object>) f)
                .filter(f -> type.equals(f.get("type")) && !"RESOLVED".equals(f.get("status")))
                .findFirst()
                .orElse(null);
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
