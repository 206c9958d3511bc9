package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The first slice: a journal entry travels from the patient portal to the clinician's dashboard. */
class JournalIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void anEntryWrittenInThePortalReachesTheCareTeamsDashboardOnly() throws Exception {
        LocalDate today = Api.today(Tokens.accessToken("blair"));
        try (Browser browser = new Browser()) {
            browser.open("/portal/journal.xhtml");
            browser.signIn("blair");
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("journal:numbness")));
            assertEquals(3L, chartDatasets(browser), "blair's last 30 days are charted before the check-in");
            assertEquals("20 days in a row. Check in today to keep it going.", browser.text(By.id("streak")));
            choose(browser, "positiveIntensity", "2");
            choose(browser, "emotions", "Sad");
            choose(browser, "emotions", "Empty");
            browser.driver().findElement(By.id("journal:sleepHours_input")).sendKeys("6.5");
            browser.driver()
                    .findElement(By.xpath("//*[@id='journal:copingTried']//label[text()='Time in nature']"))
                    .click();
            choose(browser, "hopeless", "Yes");
            choose(browser, "functioningImpact", "Very much");
            browser.driver().findElement(By.id("journal:note")).sendKeys("Flat all day <b>really</b>");
            browser.driver().findElement(By.id("journal:save")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.xpath(
                                    "//*[@id='journal:numbness']/following-sibling::*[contains(@class, 'ui-message')]"),
                            "Numbness is required"));
            assertEquals(
                    List.of("2", "Sad", "Empty", "Yes", "Very much"), chosen(browser), "a refused save loses nothing");
            assertEquals(
                    "6.5",
                    browser.driver()
                            .findElement(By.id("journal:sleepHours_input"))
                            .getAttribute("value"));
            assertEquals(
                    "Flat all day <b>really</b>",
                    browser.driver().findElement(By.id("journal:note")).getAttribute("value"));

            choose(browser, "numbness", "7");
            assertTrue(
                    browser
                            .driver()
                            .findElements(By.xpath(
                                    "//*[@id='journal:numbness']/following-sibling::*[contains(@class, 'ui-message')]"))
                            .stream()
                            .noneMatch(WebElement::isDisplayed),
                    "the refusal beside numbness goes once a value is picked");
            browser.screenshot("portal-journal-check-in");
            browser.driver().findElement(By.id("journal:save")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("journal:messages"), "Saved your entry for today."));
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("recent"), "Flat all day <b>really</b>"));
            assertEquals("21 days in a row. Well done.", browser.text(By.id("streak")));
            assertEquals(3L, chartDatasets(browser), "the chart is drawn again after the save");
            assertTrue(
                    browser.driver()
                                    .findElement(By.id("trend_canvas"))
                                    .getSize()
                                    .getHeight()
                            > 100,
                    "the chart has room on the page");
            browser.screenshot("portal-journal");
            browser.driver().manage().window().setSize(new Dimension(390, 844)); // a phone
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("portal-journal-phone");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('overview').scrollIntoView()");
            browser.screenshot("portal-journal-phone-overview");
        }
        Map<String, Object> saved =
                onlyEntry(Api.get("/portal/api/journal?from=" + today + "&to=" + today, Tokens.accessToken("blair"))
                        .body());
        assertEquals(List.of("sad", "empty"), saved.get("emotions"), "stored in catalogue order");
        assertEquals(List.of("nature"), saved.get("copingTried"));
        assertEquals(2L, ((Number) saved.get("positiveIntensity")).longValue());
        assertEquals(6.5, ((Number) saved.get("sleepHours")).doubleValue());
        assertEquals(true, saved.get("hopeless"));
        assertEquals("VERY", saved.get("functioningImpact"));
        assertFalse(saved.containsKey("negativeIntensity"), "not answered");
        String shown = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(today);
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.rivera");
            WebElement blair = row(browser, "Blair Lindqvist")
                    .orElseThrow(() -> new AssertionError("dr.rivera's dashboard lists Blair"));
            assertEquals(
                    shown, blair.findElement(By.cssSelector(".last-entry-date")).getText());
            assertEquals(
                    "7", blair.findElement(By.cssSelector(".last-numbness")).getText());
            browser.screenshot("clinician-dashboard");
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.chen");
            assertTrue(row(browser, "Casey Brooks").isPresent(), "dr.chen's own patients are listed");
            assertFalse(row(browser, "Blair Lindqvist").isPresent(), "another team's patient is not");
        }
    }

    @Test
    void theSamePutTwiceLeavesOneEntry() throws Exception {
        String token = Tokens.accessToken("devon");
        LocalDate today = Api.today(token);
        // another test on the same stack may have written devon's day already: then the first PUT replaces it
        boolean writtenBefore = !com.nimbusds.jose.util.JSONArrayUtils.parse(
                        Api.get("/portal/api/journal?from=" + today + "&to=" + today, token)
                                .body())
                .isEmpty();
        HttpResponse<String> first =
                Api.put("/portal/api/journal/" + today, token, "{\"numbness\": 3, \"note\": \"first\"}");
        HttpResponse<String> second =
                Api.put("/portal/api/journal/" + today, token, "{\"numbness\": 4, \"note\": \"second\"}");
        assertEquals(writtenBefore ? 200 : 201, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(
                JSONObjectUtils.parse(first.body()).get("id"),
                JSONObjectUtils.parse(second.body()).get("id"));
        List<Object> entries = com.nimbusds.jose.util.JSONArrayUtils.parse(
                Api.get("/portal/api/journal?from=" + today + "&to=" + today, token)
                        .body());
        assertEquals(1, entries.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) entries.get(0);
        assertEquals(4L, ((Number) entry.get("numbness")).longValue());
        assertEquals("second", entry.get("note"));
    }

    @Test
    void aPutWithEveryFieldIsReadBackWithEveryField() throws Exception {
        String token = Tokens.accessToken("erin");
        LocalDate today = Api.today(token);
        String body = "{\"numbness\": 4, \"positiveIntensity\": 6, \"negativeIntensity\": 3,"
                + " \"emotions\": [\"hopeful\", \"calm\"], \"sleepHours\": 7.5, \"activityMinutes\": 45,"
                + " \"meaningfulContact\": true, \"copingTried\": [\"exercise\", \"reaching_out\"],"
                + " \"hopeless\": false, \"functioningImpact\": \"SOMEWHAT\","
                + " \"note\": \"Walked with \\\"J\\\" <3\"}";

        HttpResponse<String> put = Api.put("/portal/api/journal/" + today, token, body);

        assertEquals(201, put.statusCode(), put.body());
        Map<String, Object> written = JSONObjectUtils.parse(put.body());
        Map<String, Object> read = onlyEntry(Api.get("/portal/api/journal?from=" + today + "&to=" + today, token)
                .body());
        for (Map<String, Object> entry : List.of(written, read)) {
            assertEquals(today.toString(), entry.get("date"));
            assertEquals(4L, ((Number) entry.get("numbness")).longValue());
            assertEquals(6L, ((Number) entry.get("positiveIntensity")).longValue());
            assertEquals(3L, ((Number) entry.get("negativeIntensity")).longValue());
            assertEquals(List.of("calm", "hopeful"), entry.get("emotions"));
            assertEquals(7.5, ((Number) entry.get("sleepHours")).doubleValue());
            assertEquals(45L, ((Number) entry.get("activityMinutes")).longValue());
            assertEquals(true, entry.get("meaningfulContact"));
            assertEquals(List.of("exercise", "reaching_out"), entry.get("copingTried"));
            assertEquals(false, entry.get("hopeless"));
            assertEquals("SOMEWHAT", entry.get("functioningImpact"));
            assertEquals("Walked with \"J\" <3", entry.get("note"));
        }

        assertRefused(
                Api.put(
                        "/portal/api/journal/" + today,
                        token,
                        "{\"numbness\": 4, \"functioningImpact\": \"VERY_MUCH\"}"),
                "functioningImpact",
                "NOT_AT_ALL, SOMEWHAT, VERY, EXTREMELY");
        assertRefused(
                Api.put("/portal/api/journal/" + today, token, "{\"numbness\": 4, \"emotions\": [\"happy\"]}"),
                "emotions",
                "joyful");
        assertRefused(
                Api.put("/portal/api/journal/" + today, token, "{\"numbness\": 4, \"copingTried\": [\"yoga\"]}"),
                "copingTried",
                "mindfulness");
        assertRefused(
                Api.put("/portal/api/journal/" + today, token, "{\"numbness\": 4, \"sleepHours\": 25}"),
                "sleepHours",
                "between 0 and 24");
        assertRefused(
                Api.put("/portal/api/journal/" + today, token, "{\"numbness\": 4, \"activityMinutes\": 1441}"),
                "activityMinutes",
                "1,440");
        assertEquals(
                read,
                onlyEntry(Api.get("/portal/api/journal?from=" + today + "&to=" + today, token)
                        .body()),
                "a refused PUT changes nothing");
    }

    @Test
    void numbnessOutOfRangeIsRefusedNamingTheField() throws Exception {
        String token = Tokens.accessToken("blair");
        HttpResponse<String> response = Api.put("/portal/api/journal/" + Api.today(token), token, "{\"numbness\": 11}");
        assertEquals(400, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"field\":\"numbness\""), response.body());
        assertTrue(response.body().contains("between 0 and 10"), response.body());
    }

    @Test
    void aDayOtherThanTodayOrYesterdayIsRefusedNamingTheDate() throws Exception {
        String token = Tokens.accessToken("blair");
        HttpResponse<String> response =
                Api.put("/portal/api/journal/" + Api.today(token).minusDays(2), token, "{\"numbness\": 2}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"date\""), response.body());
    }

    @Test
    void anotherTeamsClinicianReadingAPatientsJournalGets404() throws Exception {
        String alexId = Api.patientId(Tokens.accessToken("alex"));
        assertEquals(
                200,
                Api.get("/clinician/api/patients/" + alexId + "/journal", Tokens.accessToken("dr.rivera"))
                        .statusCode());
        HttpResponse<String> chen =
                Api.get("/clinician/api/patients/" + alexId + "/journal", Tokens.accessToken("dr.chen"));
        assertEquals(404, chen.statusCode());
        assertFalse(chen.body().contains("Moreau"), chen.body());
    }

    @Test
    void aPatientsTokenOnTheCaseloadIs403() throws Exception {
        assertEquals(
                403,
                Api.get("/clinician/api/caseload", Tokens.accessToken("alex")).statusCode());
    }

    @Test
    void theCaseloadIsPagedAndHoldsOnlyTheCallersTeam() throws Exception {
        Map<String, Object> page =
                JSONObjectUtils.parse(Api.get("/clinician/api/caseload?page=0&size=2", Tokens.accessToken("dr.okafor"))
                        .body());
        assertEquals(3L, ((Number) page.get("total")).longValue());
        assertEquals(2L, ((Number) page.get("size")).longValue());
        assertEquals(2, ((List<?>) page.get("items")).size());
        String all = Api.get("/clinician/api/caseload?size=100", Tokens.accessToken("dr.okafor"))
                .body();
        assertTrue(all.contains("Lindqvist") && all.contains("Moreau") && all.contains("Walsh"), all);
        assertFalse(all.contains("Brooks") || all.contains("Patel"), all);
        assertEquals(
                400,
                Api.get("/clinician/api/caseload?size=101", Tokens.accessToken("dr.okafor"))
                        .statusCode());
    }

    /** Taps the answer labelled {@code label} of a one-answer question of the check-in form. */
    private static void choose(Browser browser, String field, String label) {
        browser.driver().findElements(By.cssSelector("[id='journal:" + field + "'] li")).stream()
                .filter(option ->
                        option.findElement(By.tagName("label")).getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no answer '" + label + "' for " + field))
                .findElement(By.tagName("input"))
                .click();
    }

    /** The labels of the chosen answers of the check-in form's button-like questions, top to bottom (not the day). */
    private static List<String> chosen(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='journal'] ul.thaw-options input:checked")).stream()
                .filter(input -> !input.getAttribute("id").startsWith("journal:day"))
                .map(input -> browser.driver()
                        .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                        .getText()
                        .trim())
                .toList();
    }

    /** How many lines the journal's chart has drawn; 0 while Chart.js has not drawn it. */
    private static long chartDatasets(Browser browser) {
        return (Long) browser.wait(Duration.ofSeconds(30)).until(driver -> {
            Object drawn = ((JavascriptExecutor) driver)
                    .executeScript("var w = window.PrimeFaces && PrimeFaces.widgets['widget_trend'];"
                            + " return w && w.chart ? w.chart.data.datasets.length : null;");
            return drawn == null ? null : ((Number) drawn).longValue();
        });
    }

    private static Map<String, Object> onlyEntry(String json) throws Exception {
        List<Object> entries = com.nimbusds.jose.util.JSONArrayUtils.parse(json);
        assertEquals(1, entries.size(), json);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) entries.get(0);
        return entry;
    }

    private static void assertRefused(HttpResponse<String> response, String field, String allowed) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        assertTrue(response.body().contains(allowed), response.body());
    }

    private static Optional<WebElement> row(Browser browser, String name) {
        browser.wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:caseload")));
        return browser.driver().findElements(By.cssSelector("[id='dashboard:caseload'] tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".patient-name")).isEmpty())
                .filter(r ->
                        r.findElement(By.cssSelector(".patient-name")).getText().equals(name))
                .findFirst();
    }
}
