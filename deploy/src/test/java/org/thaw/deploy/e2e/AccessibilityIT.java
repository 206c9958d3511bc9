package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of both apps, and Keycloak's sign-in page, as a patient, a clinician and the practice
 * admin see them, on a laptop (1366×900) and a phone (390×844): axe-core finds no critical or
 * serious WCAG 2.2 A/AA violation. The failure lists every violation with the page, the width and
 * the first elements concerned.
 */
class AccessibilityIT {

    private static final List<Dimension> WIDTHS = List.of(new Dimension(1366, 900), new Dimension(390, 844));

    private static String alexId;
    private static String patientThread;

    @BeforeAll
    static void stack() throws Exception {
        TestStack.get();
        String alex = Tokens.accessToken("alex");
        alexId = Api.patientId(alex);
        Map<String, Object> sent = Api.object(Api.post(
                "/portal/api/threads",
                alex,
                "{\"subject\":\"Accessibility sweep\",\"body\":\"Is the evening check-in fine?\","
                        + "\"idempotencyKey\":\"a11y-sweep-1\"}"));
        patientThread = (String) sent.get("threadId");
    }

    @Test
    void thePatientsPagesAndTheSignInPageHaveNoSeriousViolations() {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.open("/portal/help.xhtml");
            found.addAll(sweep(browser, "portal help, signed out"));
            browser.open("/portal/signed-out.xhtml");
            found.addAll(sweep(browser, "portal signed out"));
            browser.open("/portal/");
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            found.addAll(sweep(browser, "Keycloak sign-in"));
            browser.signIn("alex");
            for (String page : List.of(
                    "/portal/",
                    "/portal/journal.xhtml",
                    "/portal/screeners.xhtml",
                    "/portal/results.xhtml",
                    "/portal/medications.xhtml",
                    "/portal/plan.xhtml",
                    "/portal/messages.xhtml",
                    "/portal/thread.xhtml?id=" + patientThread,
                    "/portal/help.xhtml")) {
                browser.open(page);
                found.addAll(sweep(browser, page));
            }
        }
        // casey (demo) takes sertraline: courses, past reports and the check-in's medication question
        try (Browser browser = new Browser()) {
            browser.open("/portal/medications.xhtml");
            browser.signIn("casey");
            for (String page : List.of("/portal/medications.xhtml", "/portal/journal.xhtml")) {
                browser.open(page);
                found.addAll(sweep(browser, "casey " + page));
            }
        }
        assertEquals(List.of(), found, "critical or serious axe violations:\n" + String.join("\n", found));
    }

    @Test
    void theClinicianAndAdminPagesHaveNoSeriousViolations() throws Exception {
        String clinicianThread = firstClinicianThread();
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.rivera");
            for (String page : List.of(
                    "/clinician/",
                    "/clinician/chart.xhtml?patient=" + alexId,
                    "/clinician/plan.xhtml?patient=" + alexId,
                    "/clinician/plan-history.xhtml?patient=" + alexId,
                    "/clinician/plan-review.xhtml?patient=" + alexId,
                    "/clinician/inbox.xhtml",
                    "/clinician/thread.xhtml?id=" + clinicianThread,
                    "/clinician/invite.xhtml")) {
                browser.open(page);
                found.addAll(sweep(browser, page));
                if (page.startsWith("/clinician/chart.xhtml")) {
                    List<String> severities =
                            browser
                                    .driver()
                                    .findElements(By.cssSelector("[id='chart:flags'] .thaw-flag-severity"))
                                    .stream()
                                    .map(e -> e.getText().trim())
                                    .toList();
                    assertEquals(
                            "URGENT", severities.get(0), "the chart lists the most urgent flag first: " + severities);
                }
            }
        }
        // casey's chart (dr.chen's team) has a course with a dose change, a note and a side-effect report
        try (Browser browser = new Browser()) {
            String caseyChart = "/clinician/chart.xhtml?patient=" + Api.patientId(Tokens.accessToken("casey"));
            browser.open(caseyChart);
            browser.signIn("dr.chen");
            browser.open(caseyChart);
            found.addAll(sweep(browser, "dr.chen " + caseyChart));
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/settings.xhtml");
            browser.signIn("admin.kim");
            for (String page : List.of(
                    "/clinician/settings.xhtml",
                    "/clinician/care-teams.xhtml",
                    "/clinician/audit.xhtml",
                    "/clinician/clinicians.xhtml",
                    "/clinician/invite.xhtml",
                    "/clinician/")) {
                browser.open(page);
                found.addAll(sweep(browser, "admin " + page));
            }
            // the invite page with every refusal beside its field
            browser.open("/clinician/invite.xhtml");
            browser.driver().findElement(By.id("invite:send")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:email-message")));
            found.addAll(Axe.violations(browser.driver(), "admin /clinician/invite.xhtml, refused"));
            // after a save: the page with its message shown, as a screen reader meets it
            browser.open("/clinician/settings.xhtml");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("settings:messages"), "Settings saved."));
            found.addAll(sweep(browser, "admin settings after a save"));
        }
        assertEquals(List.of(), found, "critical or serious axe violations:\n" + String.join("\n", found));
    }

    @Test
    void aPatientChecksInByKeyboardAlone() throws Exception {
        String token = Tokens.accessToken("devon");
        LocalDate yesterday = Api.today(token).minusDays(1);
        try (Browser browser = new Browser()) {
            browser.open("/portal/journal.xhtml");
            browser.signIn("devon");
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("journal:numbness")));
            WebDriver driver = browser.driver();
            // the day: Tab reaches the chosen "Today", the right arrow moves to "Yesterday"
            tabUntil(driver, "journal:day:0");
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            browser.wait(Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("journal:day:1")).isSelected());
            // the scale is one tab stop; arrows move along it (nothing chosen yet: Tab lands on 0)
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("journal:numbness:0")));
            tabUntil(driver, "journal:numbness:0");
            WebElement zero = driver.switchTo().activeElement();
            zero.sendKeys(Keys.SPACE);
            for (int i = 0; i < 6; i++) {
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            }
            assertEquals("journal:numbness:6", driver.switchTo().activeElement().getAttribute("id"));
            assertEquals(true, driver.findElement(By.id("journal:numbness:6")).isSelected(), "the arrows chose 6");
            // on to Save, by Tab alone, and Enter saves
            tabUntil(driver, "journal:save");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("journal:messages"), "Saved your entry for yesterday"));
        }
        List<Object> entries =
                JSONArrayUtils.parse(Api.get("/portal/api/journal?from=" + yesterday + "&to=" + yesterday, token)
                        .body());
        assertEquals(1, entries.size(), "yesterday's entry is stored");
        assertEquals(6L, ((Number) ((Map<?, ?>) entries.get(0)).get("numbness")).longValue());
    }

    @Test
    void onAPhoneTheNavigationIsBehindAMenuButtonThatWorksByKeyboard() {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 844));
            browser.open("/portal/");
            // the sign-in page (Thaw's theme) offers help before anyone signs in
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("thaw-help")));
            assertEquals(
                    "Need help now?",
                    driver.findElement(By.id("thaw-help-title")).getText());
            List<String> links = driver.findElements(By.cssSelector("#thaw-help a")).stream()
                    .map(a -> a.getAttribute("href"))
                    .toList();
            assertTrue(links.containsAll(List.of("tel:112", "tel:911", "tel:988", "sms:988")), links.toString());
            browser.signIn("alex");
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-button")));
            WebElement menu = driver.findElement(By.id("menu-button"));
            assertEquals("menu", menu.getAttribute("aria-controls"));
            assertEquals("false", menu.getAttribute("aria-expanded"));
            assertFalse(driver.findElement(By.id("nav-journal")).isDisplayed(), "the navigation is folded away");
            assertTrue(driver.findElement(By.id("need-help")).isDisplayed(), "crisis help stays on the header line");
            tabUntil(driver, "menu-button");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertTrue(driver.findElement(By.id("nav-journal")).isDisplayed(), "Enter opens the menu");
            assertEquals(
                    "page",
                    driver.findElement(By.id("nav-home")).getAttribute("aria-current"),
                    "the page shown is marked");
            tabUntil(driver, "nav-journal");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            assertEquals("false", menu.getAttribute("aria-expanded"));
            assertFalse(driver.findElement(By.id("nav-journal")).isDisplayed(), "Escape closes the menu");
            assertEquals("menu-button", driver.switchTo().activeElement().getAttribute("id"), "the focus returns");
            driver.manage().window().setSize(new Dimension(1366, 900));
            browser.wait(Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.id("menu-button")).isDisplayed());
            assertTrue(driver.findElement(By.id("nav-journal")).isDisplayed(), "on a laptop the navigation is shown");
        }
    }

    @Test
    void aFormSaysEachProblemOnceBesideItsField() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/messages.xhtml");
            browser.signIn("erin");
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("compose:send")))
                    .click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-message"), "Subject"));
            String form = browser.text(By.id("new-message"));
            assertEquals(1, occurrences(form, "Subject is required"), "said once, beside the field: " + form);
            assertFalse(form.contains("Your text is kept"), "nothing was typed, so nothing is kept: " + form);
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Presses Tab until the element with this id has the focus (at most 80 times). */
    private static void tabUntil(WebDriver driver, String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + id + "; the focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML"));
    }

    /** The page at both widths (the page is loaded again at the phone width, as a phone would). */
    private static List<String> sweep(Browser browser, String where) {
        List<String> found = new ArrayList<>();
        String url = browser.driver().getCurrentUrl();
        for (Dimension size : WIDTHS) {
            browser.driver().manage().window().setSize(size);
            browser.driver().navigate().to(url);
            browser.wait(Duration.ofSeconds(30)).until(d -> "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            found.addAll(Axe.violations(browser.driver(), where + " @" + size.getWidth() + "px"));
            if (size.getWidth() < 500) {
                found.addAll(phoneLayout(browser, where + " @" + size.getWidth() + "px"));
            }
            browser.screenshot("a11y-" + where.replaceAll("[^A-Za-z0-9]+", "-") + "-" + size.getWidth());
        }
        return found;
    }

    /**
     * On a phone: nothing wider than the screen (no sideways scrolling), and Thaw's header one line
     * (at most 80 px) with the navigation behind the menu button.
     */
    private static List<String> phoneLayout(Browser browser, String where) {
        List<String> found = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        // the width inside any scroll bar: stricter than window.innerWidth, which counts the bar
        long width = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        if (scrollWidth > width) {
            found.add(where + ": the page is " + scrollWidth + " px wide on a " + width + " px screen: "
                    + js.executeScript("return Array.from(document.querySelectorAll('body *'))"
                            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                            + ".slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');"));
        }
        Object header = js.executeScript(
                "var h = document.querySelector('header.thaw-header'); return h ? h.offsetHeight : null;");
        if (header != null && ((Number) header).longValue() > 80) {
            found.add(where + ": the header is " + header + " px tall (at most 80 on a phone)");
        }
        return found;
    }

    private static String firstClinicianThread() throws Exception {
        Map<String, Object> page =
                JSONObjectUtils.parse(Api.get("/clinician/api/threads?size=100", Tokens.accessToken("dr.rivera"))
                        .body());
        return ((List<?>) page.get("items"))
                .stream()
                        .map(i -> (String) ((Map<?, ?>) i).get("id"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("dr.rivera has a thread: " + page));
    }
}
