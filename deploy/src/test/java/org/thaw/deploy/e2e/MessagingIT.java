package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Secure messaging in the browser: a patient's message with markup in it reaches the care team as
 * literal text, no script runs, the clinician's unread count falls from 1 to 0 on reading, and
 * the reply reaches the patient.
 */
class MessagingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    /** More of the usual payloads: breaking out of an attribute, an SVG handler, a script URL. */
    private static final String SVG = "\"><svg/onload=alert(2)>";

    private static final String SCRIPT_URL = "javascript:alert(3)";

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void markupInAMessageIsShownAsTextAndTheReplyReachesThePatient() throws Exception {
        String subject = "Evening thoughts <b>" + System.nanoTime() + "</b>";
        String body = "I tried " + SCRIPT + " and " + IMAGE + " today.\nSecond line: https://example.org/help " + SVG
                + " " + SCRIPT_URL;

        try (Browser browser = new Browser()) {
            browser.open("/portal/messages.xhtml");
            browser.signIn("alex");
            assertTrue(
                    browser.text(By.id("not-watched")).contains("not watched in real time"),
                    "the notice on a new thread");
            browser.driver().findElement(By.id("compose:subject")).sendKeys(subject);
            WebElement text = browser.driver().findElement(By.id("compose:message-body"));
            text.sendKeys(body);
            assertTrue(browser.text(By.id("compose:message-body-counter")).contains("characters left"));
            click(browser, By.id("compose:send"));
            browser.wait(WAIT).until(ExpectedConditions.textToBe(By.id("thread-subject"), subject));
            browser.screenshot("portal-messages");
        }
        String thread = threadId("alex", subject);

        try (Browser browser = new Browser()) {
            hookAlerts(browser);
            browser.open("/clinician/inbox.xhtml");
            browser.signIn("dr.rivera");
            assertEquals("1", unread(browser, subject), "the new message is unread for dr.rivera");
            browser.screenshot("clinician-inbox");

            browser.open("/clinician/thread.xhtml?id=" + thread);
            hookAlerts(browser);
            WebElement message = browser.wait(WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".thaw-message-PATIENT .thaw-message-text")));
            String shown = message.getText();
            assertTrue(shown.contains(SCRIPT), "the script tag is shown as text: " + shown);
            assertTrue(shown.contains(IMAGE), "the image tag is shown as text: " + shown);
            assertTrue(shown.contains(SVG) && shown.contains(SCRIPT_URL), "the other payloads too: " + shown);
            assertEquals(subject, browser.text(By.id("thread-subject")), "the subject is shown as text");
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector(".thaw-message img, .thaw-message script, .thaw-message svg,"
                                    + " #thread-subject b"))
                            .isEmpty(),
                    "no element was made from the message");
            assertEquals(
                    List.of("https://example.org/help"),
                    message.findElements(By.cssSelector("a.thaw-message-link")).stream()
                            .map(WebElement::getText)
                            .toList(),
                    "only the https address is a link, shown in full");
            assertEquals(
                    2L,
                    ((Number)
                                    ((JavascriptExecutor) browser.driver())
                                            .executeScript(
                                                    "return document.querySelectorAll('.thaw-message-PATIENT .thaw-message-text br').length + 1;"))
                            .longValue(),
                    "the line break is kept");
            assertNoAlert(browser);

            browser.driver()
                    .findElement(By.id("reply:message-body"))
                    .sendKeys("Thank you, Alex. Let us talk on Thursday.");
            click(browser, By.id("reply:send"));
            browser.wait(WAIT)
                    .until(d -> d.findElements(By.cssSelector(".thaw-message-CLINICIAN"))
                                    .size()
                            >= 1);
            browser.screenshot("clinician-thread");
            assertNoAlert(browser);

            browser.open("/clinician/inbox.xhtml");
            assertEquals("0", unread(browser, subject), "reading the thread marks it read for dr.rivera");
        }

        assertEquals(
                2L,
                threadUnread("dr.okafor", subject),
                "still unread for dr.okafor (alex's message and dr.rivera's answer): reading is per reader");

        try (Browser browser = new Browser()) {
            browser.open("/portal/thread.xhtml?id=" + thread);
            browser.signIn("alex");
            String page = browser.text(By.id("thread-messages"));
            assertTrue(page.contains("Thank you, Alex. Let us talk on Thursday."), page);
            assertTrue(page.contains("Sam Rivera"), "the thread shows who answered: " + page);
        }
    }

    /** Records any alert() instead of showing it, from before the page's own scripts run. */
    private static void hookAlerts(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"));
    }

    private static void assertNoAlert(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert was opened");
        } catch (NoAlertPresentException expected) {
            // no dialog
        }
        Object alerts = ((JavascriptExecutor) browser.driver()).executeScript("return (window.__alerts || []).length;");
        assertEquals(0L, ((Number) alerts).longValue(), "no script from the message ran");
    }

    /** The unread cell of the inbox row with this subject: "1", or "0" when the dash is shown. */
    private static String unread(Browser browser, String subject) {
        browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-list")));
        WebElement row = browser.wait(WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d
                        .findElements(
                                By.xpath("//tr[.//*[contains(@class,'thread-subject') and text()='" + subject + "']]"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        List<WebElement> count = row.findElements(By.cssSelector(".thread-unread"));
        return count.isEmpty() ? "0" : count.get(0).getText();
    }

    private static String threadId(String patient, String subject) throws Exception {
        Map<String, Object> page = JSONObjectUtils.parse(
                Api.get("/portal/api/threads", Tokens.accessToken(patient)).body());
        return ((List<?>) page.get("items"))
                .stream()
                        .map(i -> (Map<?, ?>) i)
                        .filter(i -> subject.equals(i.get("subject")))
                        .map(i -> (String) i.get("id"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the thread was sent: " + page));
    }

    private static long threadUnread(String clinician, String subject) throws Exception {
        Map<String, Object> page =
                JSONObjectUtils.parse(Api.get("/clinician/api/threads?size=100", Tokens.accessToken(clinician))
                        .body());
        return ((List<?>) page.get("items"))
                .stream()
                        .map(i -> (Map<?, ?>) i)
                        .filter(i -> subject.equals(i.get("subject")))
                        .map(i -> ((Number) i.get("unreadCount")).longValue())
                        .findFirst()
                        .orElseThrow();
    }

    private static void click(Browser browser, By by) {
        WebElement element = browser.wait(WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
