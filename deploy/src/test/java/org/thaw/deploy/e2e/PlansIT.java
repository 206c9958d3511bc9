package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A treatment plan from the clinician's editor to the patient's portal and back: dr.rivera writes
 * erin's plan (a PHQ-9 goal, an intervention, a homework item, a private note and a goal comment
 * that only clinicians may read); erin reads it in plain words without either clinician-only text
 * and checks the homework off; the chart shows the check-off's day and the goal's progress. Then two
 * clinicians edit at once: the second save from a stale page is refused with who saved and when,
 * and nothing of it is stored.
 */
class PlansIT {

    private static final String NOTE_CANARY = "canary-plan-note-41d2: formulation, clinician-only";
    private static final String COMMENT_CANARY = "canary-goal-comment-9b7e: clinician-only";
    private static final DateTimeFormatter CHART_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aClinicianWritesAPlanThePatientChecksOffHomeworkAndAStaleEditIsRefused() throws Exception {
        String token = Tokens.accessToken("erin");
        String erin = Api.patientId(token);
        LocalDate today = Api.today(token);
        String editor = "/clinician/plan.xhtml?patient=" + erin;
        String chart = "/clinician/chart.xhtml?patient=" + erin;

        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.open(chart);
            browser.signIn("dr.rivera");
            assertTrue(browser.text(By.id("chart:no-plan")).contains("No treatment plan yet"), "erin has no plan");
            browser.driver().findElement(By.id("chart:plan-edit")).click();

            // refused: no review date; the message sits by the field and the problem typed stays
            type(browser, "plan:problem", "Feels flat and cut off from friends since the spring.");
            click(browser, "plan:save");
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("plan"), "Review date: is required"));
            assertEquals(
                    "Feels flat and cut off from friends since the spring.",
                    browser.driver().findElement(By.id("plan:problem")).getAttribute("value"),
                    "the refused form keeps what was typed");

            type(browser, "plan:goals:0:scoreTarget", "10");
            type(browser, "plan:goals:0:clinicianComment", COMMENT_CANARY);
            click(browser, "plan:add-intervention");
            choose(browser, "plan:interventions:0:code", "cbt");
            type(browser, "plan:interventions:0:frequency", "weekly");
            click(browser, "plan:add-homework");
            type(browser, "plan:homework:0:text", "Walk outside for 20 minutes");
            setDay(browser, "plan:reviewOn", today.plusDays(28));
            type(browser, "plan:privateNote", NOTE_CANARY);
            browser.screenshot("clinician-plan-editor");
            click(browser, "plan:save");

            arrive(browser, "plan-goals");
            String plan = browser.text(By.id("chart:plan-card"));
            assertTrue(plan.contains("PHQ-9 below 10"), plan);
            assertTrue(plan.contains("Walk outside for 20 minutes"), plan);
            assertTrue(plan.contains("Not checked off yet"), plan);
            assertTrue(plan.contains("Private note (clinicians only)") && plan.contains(NOTE_CANARY), plan);
            assertTrue(plan.contains(COMMENT_CANARY), plan);
        }

        try (Browser browser = new Browser()) {
            browser.open("/portal/plan.xhtml");
            browser.signIn("erin");
            String goals = browser.text(By.id("plan-goals"));
            assertTrue(goals.contains("PHQ-9 below 10"), goals);
            assertTrue(goals.contains("goal: below 10"), "the goal's progress in plain words: " + goals);
            assertTrue(
                    browser.text(By.id("plan-interventions")).contains("Talking therapy"),
                    "the intervention in plain words");
            String source = browser.driver().getPageSource();
            assertFalse(source.contains("canary-plan-note-41d2"), "no private note in the portal");
            assertFalse(source.contains("canary-goal-comment-9b7e"), "no clinician comment in the portal");

            browser.driver().findElement(By.cssSelector(".homework-done")).click();
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-homework"), "✓ Done today"));
            browser.screenshot("portal-plan");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/portal/plan.xhtml");
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-goals")));
            assertEquals(Boolean.TRUE, fitsWidth(browser), "no horizontal scrolling at 390 px");
            browser.screenshot("portal-plan-phone");
        }

        // the stale page: dr.rivera opens the editor; dr.okafor (covering) saves first
        try (Browser stale = new Browser();
                Browser colleague = new Browser()) {
            stale.driver().manage().window().setSize(new Dimension(1366, 900));
            stale.open(chart);
            stale.signIn("dr.rivera");
            String progress = stale.text(By.cssSelector("#plan-goals .goal-progress"));
            assertTrue(progress.startsWith("PHQ-9: ") && progress.contains("goal: below 10"), progress);
            String done = stale.text(By.id("plan-homework"));
            assertTrue(done.contains("Done by the patient on " + CHART_DAY.format(today)), done);
            WebElement card = stale.driver().findElement(By.id("chart:plan-card"));
            ((JavascriptExecutor) stale.driver()).executeScript("arguments[0].scrollIntoView()", card);
            stale.screenshot("clinician-plan");

            stale.open(editor);
            type(stale, "plan:problem", "Rivera's wording, typed on a stale page.");

            colleague.open(editor);
            colleague.signIn("dr.okafor");
            type(colleague, "plan:homework:0:text", "Walk outside for 30 minutes");
            click(colleague, "plan:save");
            arrive(colleague, "plan-homework");
            assertTrue(
                    colleague.text(By.id("plan-homework")).contains("Walk outside for 30 minutes"),
                    colleague.text(By.id("plan-homework")));

            click(stale, "plan:save");
            String conflict = stale.text(By.id("conflict-text"));
            assertTrue(
                    conflict.matches(
                            "Not saved\\. dr\\.okafor saved this plan at \\d\\d:\\d\\d while you were editing\\."
                                    + " Reload to see their version; your changes are not saved\\."),
                    conflict);
            click(stale, "plan:reload");
            stale.wait(Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "Walk outside for 30 minutes"
                            .equals(d.findElement(By.id("plan:homework:0:text")).getAttribute("value")));
            assertEquals(
                    "Feels flat and cut off from friends since the spring.",
                    stale.driver().findElement(By.id("plan:problem")).getAttribute("value"),
                    "the stale save stored nothing");

            stale.open("/clinician/plan-history.xhtml?patient=" + erin);
            String history = stale.text(By.id("history:revisions"));
            assertTrue(history.contains("dr.okafor") && history.contains("dr.rivera"), history);
            String diff = stale.text(By.id("history:diff"));
            assertTrue(
                    diff.contains("Walk outside for 20 minutes") && diff.contains("Walk outside for 30 minutes"), diff);
            assertTrue(diff.contains("Changed"), "the difference is said in words: " + diff);

            stale.driver().manage().window().setSize(new Dimension(390, 844));
            for (String page : List.of(editor, "/clinician/plan-history.xhtml?patient=" + erin, chart)) {
                stale.open(page);
                stale.wait(Duration.ofSeconds(30))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
                assertEquals(Boolean.TRUE, fitsWidth(stale), "no horizontal scrolling at 390 px on " + page);
            }
        }
    }

    /**
     * Waits for a save to land on the chart (a redirect, slow on a loaded machine); when it does
     * not, fails with what the page says instead, and keeps a screenshot.
     */
    private static void arrive(Browser browser, String id) {
        try {
            browser.wait(Duration.ofSeconds(90))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (TimeoutException stayed) {
            browser.screenshot("plans-it-failure");
            throw new AssertionError(
                    "expected " + id + " at " + browser.driver().getCurrentUrl() + ", the page says:\n"
                            + browser.driver().findElement(By.tagName("body")).getText(),
                    stayed);
        }
    }

    private static Object fitsWidth(Browser browser) {
        return ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private static void click(Browser browser, String id) {
        browser.wait(Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.wait(Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static void choose(Browser browser, String id, String value) {
        new Select(browser.wait(Duration.ofSeconds(30))
                        .ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(By.id(id))))
                .selectByValue(value);
    }

    /** A native date input takes its value as yyyy-mm-dd whatever the browser's locale shows. */
    private static void setDay(Browser browser, String id, LocalDate day) {
        WebElement field = browser.wait(Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        day.toString());
    }
}
