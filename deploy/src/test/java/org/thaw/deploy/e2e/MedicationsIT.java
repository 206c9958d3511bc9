package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Medications from the clinician's chart to the patient's portal and back: dr.rivera records a
 * sertraline course for erin (the demo leaves her without one) and a clinician-only note, the
 * timeline draws its bar; erin sees the course without the note and reports blunting 7; the chart
 * lists the report and marks it on the timeline. The demo's medication-onset case (casey, dr.chen's
 * team) shows its flag and its dose steps.
 */
class MedicationsIT {

    private static final String CANARY = "canary-note-7f3c: discussed blunting, clinician-only";

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aClinicianRecordsACourseThePatientSeesItAndReportsBluntingTheChartShowsTheReport() throws Exception {
        String token = Tokens.accessToken("erin");
        String erin = Api.patientId(token);
        LocalDate started = Api.today(token).minusDays(21);
        String chart = "/clinician/chart.xhtml?patient=" + erin;

        try (Browser browser = new Browser()) {
            browser.open(chart);
            browser.signIn("dr.rivera");
            assertTrue(
                    browser.text(By.id("chart:no-courses")).contains("No medications recorded"), "erin has no course");

            // refused: no dose; the message sits by the field and the chosen drug stays chosen
            choose(browser, "chart:course-drug", "sertraline");
            type(browser, "chart:course-prescriber", "Dr. Lee");
            setDay(browser, "widget_chart_course_startedOn", "chart:course-startedOn_input", started);
            browser.driver().findElement(By.id("chart:course-save")).click();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("chart:course-form"), "Dose: is required"));
            assertEquals(
                    "sertraline",
                    new Select(browser.driver().findElement(By.id("chart:course-drug")))
                            .getFirstSelectedOption()
                            .getAttribute("value"),
                    "the refused form keeps the drug");
            assertEquals(
                    "Dr. Lee",
                    browser.driver()
                            .findElement(By.id("chart:course-prescriber"))
                            .getAttribute("value"),
                    "and the prescriber");
            assertTrue(browser.driver().findElements(By.id("chart:no-courses")).size() == 1, "nothing was stored");

            type(browser, "chart:course-dose_input", "50");
            browser.driver().findElement(By.id("chart:course-save")).click();
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector(".thaw-course[data-course='sertraline']"))
                            .isEmpty());
            String course = browser.text(By.cssSelector(".thaw-course[data-course='sertraline']"));
            assertTrue(course.contains("50 mg once a day"), course);
            assertTrue(course.contains("SSRI"), course);
            assertTrue(course.contains("prescribed by Dr. Lee"), course);
            assertTrue(
                    browser.text(By.id("med-timeline-summary")).contains("sertraline started"),
                    browser.text(By.id("med-timeline-summary")));
            List<String> bars = timelineLabels(browser);
            assertTrue(
                    bars.stream().anyMatch(l -> l.startsWith("sertraline 50 mg once a day, started")),
                    "the timeline draws the course's bar: " + bars);

            // a clinician-only note, through the course's dialog
            browser.driver().findElement(By.cssSelector(".course-add-note")).click();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("med-action:text")));
            browser.driver().findElement(By.id("med-action:text")).sendKeys(CANARY);
            browser.driver().findElement(By.id("med-action:confirm")).click();
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart:meds-card"), CANARY));
        }

        try (Browser browser = new Browser()) {
            browser.open("/portal/medications.xhtml");
            browser.signIn("erin");
            String current = browser.text(By.id("current-courses"));
            assertTrue(current.contains("sertraline") && current.contains("50 mg once a day"), current);
            assertFalse(
                    browser.driver().getPageSource().contains("canary-note-7f3c"), "no clinician note in the portal");

            pick(browser, "Which medication?", "sertraline");
            browser.driver().findElement(By.id("report:send")).click();
            browser.wait(Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("report"), "How flat you feel is required"));
            assertTrue(checked(browser, "Which medication?", "sertraline"), "the refused form keeps the medication");

            pick(browser, "How emotionally flat", "7");
            pick(browser, "Any other effects?", "Drowsiness");
            browser.driver().findElement(By.id("report:note")).sendKeys("Films do nothing for me lately.");
            browser.driver().findElement(By.id("report:send")).click();
            browser.wait(Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "Drowsiness"));
            String reports = browser.text(By.id("reports"));
            assertTrue(reports.contains("sertraline") && reports.contains("7"), reports);
            browser.screenshot("patient-medications");
        }

        try (Browser browser = new Browser()) {
            browser.open(chart);
            browser.signIn("dr.rivera");
            String reports = browser.text(By.id("chart:med-reports"));
            assertTrue(reports.contains("sertraline"), reports);
            assertTrue(reports.contains("Drowsiness"), reports);
            assertTrue(reports.contains("Films do nothing for me lately."), reports);
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector("[id='chart:med-reports'] .report-blunting"))
                            .getText()
                            .equals("7"),
                    reports);
            assertTrue(
                    timelineLabels(browser).contains("Side-effect report (blunting 0–10)"),
                    "the report is a marker on the timeline");
        }
    }

    @Test
    void theDemoOnsetCaseShowsItsFlagDoseStepsAndReport() throws Exception {
        String casey = Api.patientId(Tokens.accessToken("casey"));
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.chen");
            // Other tests write Casey's journal, and each write adds newer evidence; the patient's
            // report may then sit under "and N more", which a clinician opens to read it.
            for (WebElement more :
                    browser.driver().findElements(By.cssSelector("[id='chart:flags'] details.thaw-more > summary"))) {
                more.click();
            }
            String flags = browser.text(By.id("chart:flags"));
            assertTrue(flags.contains("Possible medication-related blunting"), flags);
            assertTrue(flags.contains("about sertraline"), flags);
            List<String> bars = timelineLabels(browser);
            assertTrue(bars.stream().anyMatch(l -> l.startsWith("sertraline 50 mg once a day, started")), "" + bars);
            assertTrue(bars.stream().anyMatch(l -> l.startsWith("sertraline 100 mg once a day, from")), "" + bars);
            String summary = browser.text(By.id("med-timeline-summary"));
            assertTrue(summary.contains("dose raised"), summary);
            assertTrue(summary.contains("numbness mean"), summary);
            WebElement timeline = browser.driver().findElement(By.id("chart:med-timeline"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", timeline);
            browser.screenshot("clinician-medications");
        }
    }

    /** The labels of the timeline's datasets, once Chart.js has drawn it. */
    @SuppressWarnings("unchecked")
    private static List<String> timelineLabels(Browser browser) {
        return (List<String>)
                browser.wait(Duration.ofSeconds(30))
                        .until(
                                driver -> ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "var w = window.PrimeFaces && PrimeFaces.widgets['widget_chart_med_timeline'];"
                                                        + " return w && w.chart ? w.chart.data.datasets.map(function (d) { return d.label; }) : null;"));
    }

    private static void choose(Browser browser, String id, String value) {
        new Select(browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.id(id))))
                .selectByValue(value);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.wait(Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    /**
     * Sets a date picker's day through its widget (PrimeFaces' setDate), as choosing it in the
     * calendar does: typed text is dropped when the calendar closes by a click, and Tab moves the
     * focus into the open calendar.
     */
    private static void setDay(Browser browser, String widget, String inputId, LocalDate day) {
        browser.wait(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets[arguments[0]].setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                        widget,
                        day.getYear(),
                        day.getMonthValue(),
                        day.getDayOfMonth());
        browser.wait(Duration.ofSeconds(10))
                .until(d -> day.toString().equals(d.findElement(By.id(inputId)).getAttribute("value")));
    }

    private static By option(String legend, String label) {
        return By.xpath("//fieldset[legend[contains(., '" + legend + "')]]//li[label[normalize-space(.)='" + label
                + "']]/input");
    }

    /** Chooses an answer of a native radio or checkbox question by its label (its input lies, transparent, over the label). */
    private static void pick(Browser browser, String legend, String label) {
        browser.wait(Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(option(legend, label)))
                .click();
    }

    private static boolean checked(Browser browser, String legend, String label) {
        return browser.driver().findElement(option(legend, label)).isSelected();
    }
}
